import { liveQuery, type Subscription } from 'dexie';
import { browser } from 'wxt/browser';
import { countDue, type TactDb } from '@/lib/db';
import { dueBadge } from '@/lib/toolbar/due-badge';
import { i18n } from './i18n';

// MV3 names the toolbar button `action`, MV2 (Firefox) `browserAction`; both have the same badge calls.
const toolbarButton = () => browser.action ?? browser.browserAction;

async function show(due: number): Promise<void> {
  const { text, due: count } = dueBadge(due);
  const title = i18n.t('toolbar.title', count);
  const button = toolbarButton();
  await Promise.all([button.setBadgeText({ text }), button.setTitle({ title }), button.setBadgeBackgroundColor({ color: '#24265c' })]);
}

/**
 * Keeps the toolbar badge at the number of people due for a reconnect. liveQuery re-counts after
 * every write to the notebook, wherever it happens (popup, import, a coached send). A contact also
 * falls due just by time passing, with no write: switching tabs re-counts, which costs one index count.
 */
export function watchDueBadge(db: TactDb): () => void {
  const count = (): Subscription =>
    liveQuery(() => countDue(db)).subscribe({
      next: (due) => void show(due).catch((e) => console.warn('[tact] badge not updated', e)),
      error: (e) => console.warn('[tact] due count failed', e),
    });
  let subscription = count();
  const recount = () => {
    subscription.unsubscribe();
    subscription = count();
  };
  browser.tabs.onActivated.addListener(recount);
  return () => {
    subscription.unsubscribe();
    browser.tabs.onActivated.removeListener(recount);
  };
}
