import { browser } from 'wxt/browser';
import { siteOriginOf } from '@/lib/permissions/site-origin';

/** The active tab's https origin (null where Tact cannot run) and id; readable in the popup thanks to activeTab. */
export async function activeTab(): Promise<{ origin: string | null; tabId?: number }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { origin: siteOriginOf(tab?.url), tabId: tab?.id };
}
