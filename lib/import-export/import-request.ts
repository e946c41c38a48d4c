import type { ImportJournalStore } from '../messaging/import-handlers';

/**
 * Sends an import once the journal says it was asked for. The background's first act is to write the journal,
 * but a worker stopped before the request reached it (issue 12: a stop 150 ms after the click, under load) left
 * the journal as the previous import had it, and the reopened popup said nothing. Written here, an import that
 * never began reads as interrupted, nothing written (import-handlers.ts settles a journal left running), and one
 * that began replaces it with its own. A journal that cannot be written does not stop the import.
 */
export async function requestImport<T>(journal: ImportJournalStore, fileName: string, now: number, send: () => Promise<T>): Promise<T> {
  await journal.write({ fileName, startedAt: now, state: 'running' }).catch(() => undefined);
  return send();
}
