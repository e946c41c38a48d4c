// The import runs in the background, not in the popup: closing the popup no longer cuts it short, and the
// journal tells the reopened popup what happened.
import type { TactDb } from '../db/schema';
import { storageErrorWords } from '../db/storage-errors';
import type { Say } from '../i18n/phrase';
import { settleJournal, type ImportJournal } from '../import-export/import-journal';
import type { ParsedFile } from '../import-export/record';
import {
  applyImport,
  parseAndPlan,
  readImportText,
  readNotebook,
  type NotebookRead,
  type ImportSummary,
  type PlannedImport,
} from '../import-export/run-import';
import { importMark, withImportMark } from '../db/import-marks';
import { PREVIEW_GONE, type Handlers, type Req } from './protocol';
import { stepDone, timed, timedAsync } from '../perf/step-timing';

export interface ImportJournalStore {
  read(): Promise<ImportJournal | null>;
  write(j: ImportJournal): Promise<void>;
}

export type ImportType = 'notebook.prepareImport' | 'notebook.previewImport' | 'notebook.import' | 'notebook.importStatus';

/** How long a notebook read ahead of a preview is kept: a tab left open holds no copy of the notebook for long. */
const AHEAD_KEPT_MS = 60_000;

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
  let last: Previewed | null = null;
  // The notebook read when the Import tab opened, for the next preview; dropped once used or after a minute.
  let ahead: { read: Promise<NotebookRead>; drop: ReturnType<typeof setTimeout> } | null = null;
  const takeAhead = () => {
    const taken = ahead;
    if (taken) clearTimeout(taken.drop);
    ahead = null;
    return taken?.read;
  };
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
    'notebook.prepareImport': async () => {
      takeAhead();
      const read = readNotebook(db);
      read.catch(() => undefined); // a failed read ahead just leaves the preview to read for itself
      ahead = { read, drop: setTimeout(takeAhead, AHEAD_KEPT_MS) };
      return null;
    },
    'notebook.previewImport': async ({ fileName, text, merges }) => {
      const start = performance.now();
      let parsed: ParsedFile;
      let planned: PlannedImport;
      try {
        ({ parsed, planned } = await timedAsync('preview:plan-tx', () => parseAndPlan(db, fileName, text, merges, now(), takeAhead())));
      } catch (err) {
        // The popup gets the refusal as text, so it is said here, in the UI language.
        throw new Error(say(storageErrorWords(err)));
      }
      last = { planId: crypto.randomUUID(), fileName, text, merges: mergesKey(merges), parsed, planned };
      stepDone('preview:handler', start);
      return { summary: planned.summary, planId: last.planId };
    },
    'notebook.import': async (req) => {
      const { fileName, text, merges } = req;
      const start = performance.now();
      const previewed = previewFor(req);
      // A worker stopped since the preview forgot its plan: the popup sends the file again (ImportPanel).
      if (!previewed && text === undefined) throw new Error(PREVIEW_GONE);
      last = null;
      const started: ImportJournal = { fileName, startedAt: now(), state: 'running' };
      await timedAsync('import:journal-running', () => journal.write(started));
      running++;
      let summary: ImportSummary;
      try {
        const parsed = previewed?.parsed ?? readImportText(fileName, text!);
        summary = await timedAsync('import:tx', () =>
          withImportMark(
            db,
            () => applyImport(db, parsed, now(), merges, previewed?.planned),
            (s) => ({ startedAt: started.startedAt, fileName, ...counts(s) }),
          ),
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
      await timedAsync('import:journal-done', () =>
        journal.write({ ...started, state: 'done', summary: counts(summary) }).catch(() => undefined),
      );
      stepDone('import:handler', start);
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
