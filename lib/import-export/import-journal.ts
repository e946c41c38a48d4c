import type { ImportSummary } from './run-import';

/**
 * What became of the last import, kept outside the notebook (the background writes it before and after the
 * one transaction), so a popup closed or a worker stopped mid-import is explained on reopening.
 */
export interface ImportJournal {
  fileName: string;
  startedAt: number;
  state: 'running' | 'done' | 'failed' | 'interrupted';
  summary?: Pick<ImportSummary, 'created' | 'updated'> & { skipped: number };
  error?: string;
  /** Set once the popup has shown a finished state, so it is told once. */
  seen?: boolean;
}

/**
 * A journal still "running" when no import runs in this worker means the worker was stopped mid-import: the
 * transaction never committed, so nothing was written (IndexedDB aborts an unfinished transaction).
 */
export function settleJournal(j: ImportJournal | null, runningHere: boolean): ImportJournal | null {
  if (j?.state === 'running' && !runningHere) return { ...j, state: 'interrupted' };
  return j;
}

/** The sentence the popup shows about the last import, or null when there is nothing new to say. */
export function importJournalMessage(j: ImportJournal | null): string | null {
  if (!j || j.seen) return null;
  const file = j.fileName || 'your file';
  switch (j.state) {
    case 'running':
      return `Importing ${file}… You can close this window: the import goes on, and it is written all at once or not at all.`;
    case 'done':
      return `Imported ${file}: ${j.summary?.created ?? 0} new, ${j.summary?.updated ?? 0} updated, ${j.summary?.skipped ?? 0} skipped.`;
    case 'failed':
      return `The import of ${file} failed and nothing was changed: ${j.error ?? 'unknown error'}`;
    case 'interrupted':
      return `The import of ${file} was interrupted before it finished (the browser stopped Tact's background). Nothing from it was written; import the file again.`;
  }
}
