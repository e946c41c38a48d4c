// The import runs in the background, not in the popup: closing the popup no longer cuts it short, and the
// journal tells the reopened popup what happened.
import type { TactDb } from '../db/schema';
import { storageErrorMessage } from '../db/storage-errors';
import type { Translate } from '../i18n/translate';
import { settleJournal, type ImportJournal } from '../import-export/import-journal';
import { applyImport, readImportText } from '../import-export/run-import';
import type { Handlers } from './protocol';

export interface ImportJournalStore {
  read(): Promise<ImportJournal | null>;
  write(j: ImportJournal): Promise<void>;
}

export type ImportType = 'notebook.import' | 'notebook.importStatus';

export function importHandlers({
  db,
  journal,
  now = Date.now,
  t,
}: {
  db: TactDb;
  journal: ImportJournalStore;
  now?: () => number;
  /** The browser's translator: a full disk is said in the user's language. */
  t: Translate;
}): Handlers<ImportType> {
  let running = 0;
  return {
    'notebook.import': async ({ fileName, text, merges }) => {
      const started: ImportJournal = { fileName, startedAt: now(), state: 'running' };
      await journal.write(started);
      running++;
      try {
        const summary = await applyImport(db, readImportText(fileName, text), now(), merges);
        await journal.write({
          ...started,
          state: 'done',
          summary: { created: summary.created, updated: summary.updated, skipped: summary.skipped.length },
        });
        return summary;
      } catch (err) {
        const error = storageErrorMessage(err, t);
        await journal.write({ ...started, state: 'failed', error }).catch(() => undefined);
        throw new Error(error);
      } finally {
        running--;
      }
    },
    'notebook.importStatus': async ({ markSeen }) => {
      const j = settleJournal(await journal.read(), running > 0);
      if (j && (markSeen || j.state === 'interrupted') && j.state !== 'running') await journal.write({ ...j, seen: j.seen || !!markSeen });
      return j;
    },
  };
}
