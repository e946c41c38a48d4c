import { browser } from 'wxt/browser';
import type { ImportJournal } from '@/lib/import-export/import-journal';
import type { ImportJournalStore } from '@/lib/messaging/import-handlers';

const KEY = 'tact:lastImport';

/** The last import's journal, in storage.local: outside the notebook, so it survives whatever the import's transaction does. */
export const importJournalStorage: ImportJournalStore = {
  read: async () => ((await browser.storage.local.get(KEY))[KEY] as ImportJournal | undefined) ?? null,
  write: (j) => browser.storage.local.set({ [KEY]: j }),
};
