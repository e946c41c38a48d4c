import { browser } from 'wxt/browser';
import { COACH_SCRIPT } from '@/lib/permissions/site-origin';
import { coachedPatterns, tabsToReinject } from '@/lib/permissions/reinject';
import { syncSiteScripts } from './site-scripts';

type Scripting = { executeScript(o: { target: { tabId: number; allFrames: boolean }; files: string[] }): Promise<unknown> };

/**
 * After an update or a reload the coach comes back in the tabs already open, without a page reload. The
 * orphaned script of the old version stops itself when the new one starts (WXT's content-script context).
 */
export async function reinjectCoach(): Promise<number> {
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  if (!scripting) return 0;
  const granted = await syncSiteScripts();
  const tabs = await browser.tabs.query({ url: coachedPatterns(granted) });
  const targets = tabsToReinject(tabs, granted);
  const results = await Promise.allSettled(
    targets.map((t) => scripting.executeScript({ target: { tabId: t.tabId, allFrames: t.allFrames }, files: [COACH_SCRIPT] })),
  );
  // A tab closing or navigating meanwhile is no fault: its next page load gets the coach from the manifest.
  return results.filter((r) => r.status === 'fulfilled').length;
}

/** On install and update (an extension reload counts as an update), start the coach in the open tabs. */
export function watchInstalled(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void reinjectCoach().catch((err) => console.debug('[Tact] reinject', err));
  });
}
