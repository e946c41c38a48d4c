import { counted, phrase, type Phrase, type Words } from '../i18n/phrase';
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
  /** Why it failed: a phrase the popup says in its language (older journals hold English text). */
  error?: Words;
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

/** "3 new", "1 updated", "2 skipped": each its own plural, for the preview, the result and the journal. */
export const importCounts = (s: { created: number; updated: number; skipped: number }): Phrase[] => [
  counted('importer.count.new', s.created),
  counted('importer.count.updated', s.updated),
  counted('importer.count.skipped', s.skipped),
];

/** What the popup says about the last import, or null when there is nothing new to say. */
export function importJournalMessage(j: ImportJournal | null): Phrase | null {
  if (!j || j.seen) return null;
  const file = j.fileName || phrase('importer.journal.yourFile');
  switch (j.state) {
    case 'running':
      return phrase('importer.journal.running', file);
    case 'done':
      return phrase('importer.journal.done', file, ...importCounts({ created: 0, updated: 0, skipped: 0, ...j.summary }));
    case 'failed':
      return phrase('importer.journal.failed', file, j.error ?? phrase('importer.journal.unknownError'));
    case 'interrupted':
      return phrase('importer.journal.interrupted', file);
  }
}
