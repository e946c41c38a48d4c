// The import runs in the background, not in the popup: closing the popup no longer cuts it short, and the
// journal tells the reopened popup what happened.
import type { TactDb } from '../db/schema';
import { storageErrorMessage } from '../db/storage-errors';
import { settleJournal, type ImportJournal } from '../import-export/import-journal';
import type { ParsedFile } from '../import-export/record';
import { applyImport, planPreview, readImportText, type PlannedImport } from '../import-export/run-import';
import { PREVIEW_GONE, type Handlers, type Req } from './protocol';

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
  // Only the preview of this file with the same merges may reuse its plan (the text, when sent, must be the
  // previewed one); anything else parses and plans inside the write transaction.
  const previewFor = ({ planId, fileName, text, merges }: Req<'notebook.import'>): Previewed | null =>
    last &&
    planId === last.planId &&
    fileName === last.fileName &&
    (text === undefined || text === last.text) &&
    mergesKey(merges) === last.merges
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
      // A worker stopped since the preview forgot its plan: the popup sends the file again (ImportPanel).
      if (!previewed && text === undefined) throw new Error(PREVIEW_GONE);
      last = null;
      const started: ImportJournal = { fileName, startedAt: now(), state: 'running' };
      await journal.write(started);
      running++;
      try {
        const parsed = previewed?.parsed ?? readImportText(fileName, text!);
        const summary = await applyImport(db, parsed, now(), merges, previewed?.planned);
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
