import { browser } from 'wxt/browser';
import { PROFILE_READ, type PageProfile } from '@/lib/messaging/protocol';

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

const isProfile = (r: unknown): r is PageProfile => {
  const p = r as Record<string, unknown>;
  return !!p && ['network', 'handle', 'name', 'profileUrl'].every((k) => typeof p[k] === 'string') && (p.headline === undefined || typeof p.headline === 'string');
};

/** Ask the coach content script in the tab's top frame (lib/profile/listen-profile-read.ts). */
export async function readActiveTabProfile(): Promise<PageProfile | null> {
  const id = await targetTabId();
  if (id === undefined) return null;
  try {
    // A page whose content script never answers must not leave the button hanging.
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000));
    const reply = await Promise.race([browser.tabs.sendMessage(id, { type: PROFILE_READ }, { frameId: 0 }), timeout]);
    return isProfile(reply) ? reply : null;
  } catch {
    return null; // no Tact content script on that page (unsupported site, or not reloaded since install)
  }
}
