// The import runs in the background, not in the popup: closing the popup no longer cuts it short, and the
// journal tells the reopened popup what happened.
import type { TactDb } from '../db/schema';
import { storageErrorMessage } from '../db/storage-errors';
import { settleJournal, type ImportJournal } from '../import-export/import-journal';
import type { ParsedFile } from '../import-export/record';
import { applyImport, planPreview, readImportText, type PlannedImport } from '../import-export/run-import';
import type { Handlers, Req } from './protocol';

export interface ImportJournalStore {
  read(): Promise<ImportJournal | null>;
  write(j: ImportJournal): Promise<void>;
}

export type ImportType = 'notebook.previewImport' | 'notebook.import' | 'notebook.importStatus';

/** The last preview: its file, merges and plan, so the import that follows it does not parse and plan again. */
interface Previewed {
  planId: string;
  fileName: string;
  text: string;
  merges: string;
  parsed: ParsedFile;
  planned: PlannedImport;
}

const mergesKey = (m: Record<string, string>) => JSON.stringify(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function importHandlers({
  db,
  journal,
  now = Date.now,
}: {
  db: TactDb;
  journal: ImportJournalStore;
  now?: () => number;
}): Handlers<ImportType> {
  let running = 0;
  let last: Previewed | null = null;
  // Only the same file with the same merges may reuse a plan; anything else (or a worker restarted since the
  // preview, which forgot it) parses and plans inside the write transaction.
  const previewFor = (req: Req<'notebook.import'>): Previewed | null =>
    last && req.planId === last.planId && req.fileName === last.fileName && req.text === last.text && mergesKey(req.merges) === last.merges
      ? last
      : null;
  return {
    'notebook.previewImport': async ({ fileName, text, merges }) => {
      const parsed = readImportText(fileName, text);
      const planned = await planPreview(db, parsed, merges, now());
      last = { planId: crypto.randomUUID(), fileName, text, merges: mergesKey(merges), parsed, planned };
      return { summary: planned.summary, planId: last.planId };
    },
    'notebook.import': async (req) => {
      const { fileName, text, merges } = req;
      const previewed = previewFor(req);
      last = null;
      const started: ImportJournal = { fileName, startedAt: now(), state: 'running' };
      await journal.write(started);
      running++;
      try {
        const summary = await applyImport(db, previewed?.parsed ?? readImportText(fileName, text), now(), merges, previewed?.planned);
        await journal.write({
          ...started,
          state: 'done',
          summary: { created: summary.created, updated: summary.updated, skipped: summary.skipped.length },
        });
        return summary;
      } catch (err) {
        const error = storageErrorMessage(err);
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
