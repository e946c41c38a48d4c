import { browser } from 'wxt/browser';
import type { PageProfile } from '@/lib/messaging/protocol';
import { validatePageProfile } from '@/lib/messaging/validate';
import { sendToTab } from '@/runtime/messaging';

/**
 * The tab "Add from this page" reads: the active tab, or, when the notebook itself is open in a tab
 * (openContact, tests), the most recently used other tab. Only ids and lastAccessed are used, which need
 * neither the `tabs` nor the `activeTab` permission.
 */
async function targetTabId(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const active = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const other = active.find((t) => t.id !== undefined && t.id !== self?.id);
  if (other) return other.id;
  const all = await browser.tabs.query({});
  return all.filter((t) => t.id !== undefined && t.id !== self?.id).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]?.id;
}

/** Ask the coach content script in the tab's top frame (entrypoints/coach.content/listen-profile-read.ts). */
export async function readActiveTabProfile(): Promise<PageProfile | null> {
  const id = await targetTabId();
  if (id === undefined) return null;
  try {
    // A page whose content script never answers must not leave the button hanging.
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000));
    const reply = await Promise.race([sendToTab(id, 'profile.read', {}), timeout]);
    return reply && validatePageProfile(reply, 'profile.read');
  } catch {
    // No Tact content script on that page (unsupported site, or not reloaded since install), or an answer
    // that is not a profile.
    return null;
  }
}
