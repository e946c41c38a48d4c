import { browser } from 'wxt/browser';
import { classify } from '@/lib/classifier';
import { MODEL_DATA } from '@/lib/classifier/model/model.generated';
import { getDb } from '@/lib/db/schema';
import { notebookGate } from '@/lib/db/notebook-health';
import { gated } from '@/lib/messaging/gated';
import { notebookHandlers } from '@/lib/messaging/handlers';
import { sendHandlers } from '@/lib/messaging/send-handlers';
import { importHandlers } from '@/lib/messaging/import-handlers';
import { importJournalStorage } from './import-journal-storage';
import { listen } from './messaging';
import { say } from './say';
import { loadSettings } from './settings-storage';

/**
 * Everything the background answers, in one listener: the notebook (its database lives on the
 * extension's origin), `coach.classify`, which runs long drafts off the page's main thread, and
 * `coach.model`, the learned model's weights for content scripts (kept out of their bundle).
 */
export function registerBackgroundHandlers(): () => void {
  const ready = notebookGate(getDb());
  const { 'notebook.openContact': openContact, ...notebook } = notebookHandlers({
    db: getDb(),
    openNotebook: async (hash) => {
      await browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)('/popup.html') + hash });
    },
    keepDraftText: async () => (await loadSettings()).keepDraftText === true,
  });
  return listen({
    // Opening the popup needs no notebook (the popup explains one that will not open); everything else waits for it.
    'notebook.openContact': openContact,
    ...gated(notebook, ready),
    ...gated(sendHandlers({ db: getDb() }), ready),
    ...gated(importHandlers({ db: getDb(), journal: importJournalStorage, say }), ready),
    // classify() checks its own input (network id, norms) and throws a readable error.
    'coach.classify': ({ input, options }) => classify(input, options),
    'coach.model': () => MODEL_DATA,
  });
}
