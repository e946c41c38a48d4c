// The import runs in the background, not in the popup: closing the popup no longer cuts it short, and the
// journal tells the reopened popup what happened.
import type { TactDb } from '../db/schema';
import { storageErrorWords } from '../db/storage-errors';
import type { Say } from '../i18n/phrase';
import { settleJournal, type ImportJournal } from '../import-export/import-journal';
import { applyImport, readImportText, type ImportSummary } from '../import-export/run-import';
import { importMark, withImportMark } from '../db/import-marks';
import type { Handlers } from './protocol';

export interface ImportJournalStore {
  read(): Promise<ImportJournal | null>;
  write(j: ImportJournal): Promise<void>;
}

export type ImportType = 'notebook.import' | 'notebook.importStatus';

const counts = (s: ImportSummary) => ({ created: s.created, updated: s.updated, skipped: s.skipped.length });

/**
 * A journal left "running" with no import running in this worker: the worker stopped mid-import. The import's
 * mark, written in its own transaction, says whether that transaction committed before the stop (done, though
 * the journal never heard) or not (interrupted, nothing written).
 */
async function settle(db: TactDb, j: ImportJournal | null): Promise<ImportJournal | null> {
  if (j?.state !== 'running') return j;
  const mark = await importMark(db, j.startedAt);
  if (!mark) return settleJournal(j, false);
  return { ...j, state: 'done', summary: { created: mark.created, updated: mark.updated, skipped: mark.skipped } };
}

export function importHandlers({
  db,
  journal,
  say,
  now = Date.now,
}: {
  db: TactDb;
  journal: ImportJournalStore;
  /** Says a refusal in the UI language: the popup gets the error as text (runtime/say.ts). */
  say: Say;
  now?: () => number;
}): Handlers<ImportType> {
  let running = 0;
  return {
    'notebook.import': async ({ fileName, text, merges }) => {
      const started: ImportJournal = { fileName, startedAt: now(), state: 'running' };
      await journal.write(started);
      running++;
      let summary: ImportSummary;
      try {
        const parsed = readImportText(fileName, text);
        summary = await withImportMark(
          db,
          () => applyImport(db, parsed, now(), merges),
          (s) => ({ startedAt: started.startedAt, fileName, ...counts(s) }),
        );
      } catch (err) {
        // The journal keeps the phrase, said when the popup shows it; the reply carries it said.
        const error = storageErrorWords(err);
        await journal.write({ ...started, state: 'failed', error }).catch(() => undefined);
        throw new Error(say(error));
      } finally {
        running--;
      }
      // Written: should this journal entry be lost, the import's mark still says so (settle).
      await journal.write({ ...started, state: 'done', summary: counts(summary) }).catch(() => undefined);
      return summary;
    },
    'notebook.importStatus': async ({ markSeen }) => {
      const read = await journal.read();
      const j = running > 0 ? read : await settle(db, read);
      if (j && (markSeen || j.state !== read?.state) && j.state !== 'running') await journal.write({ ...j, seen: j.seen || !!markSeen });
      return j;
    },
  };
}
