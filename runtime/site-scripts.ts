import { browser } from 'wxt/browser';
import { loadSettings, updateSettings } from './settings-storage';
import { COACH_SCRIPT, originPattern, scriptIdFor, siteOriginsFromGrants, SITE_SCRIPT_PREFIX } from '@/lib/permissions/site-origin';

// Granted host permissions are the source of truth; registered scripts and settings.allowedSites
// follow them. Syncing from the grants (rather than trusting each caller) also repairs a state left
// half-done by a popup that closed during the permission prompt.

type Scripting = {
  registerContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
};

const scripting = () => (browser as unknown as { scripting?: Scripting }).scripting;

async function register(s: Scripting, origins: string[]): Promise<void> {
  const scripts = origins.map((origin) => ({
    id: scriptIdFor(origin),
    matches: [originPattern(origin)],
    js: [COACH_SCRIPT],
    runAt: 'document_idle',
    // Disqus comments live in a disqus.com iframe inside the blog's page.
    allFrames: true,
    persistAcrossSessions: true,
  }));
  try {
    await s.registerContentScripts(scripts);
  } catch {
    // Firefox before 123 rejects persistAcrossSessions; we re-sync at every start there anyway.
    await s.registerContentScripts(scripts.map(({ persistAcrossSessions: _, ...rest }) => rest));
  }
}

let running: Promise<string[]> | null = null;

/** Make registrations and settings match the granted sites. Serialised: overlapping syncs would double-register. */
export function syncSiteScripts(): Promise<string[]> {
  const next = (running ?? Promise.resolve([])).catch(() => []).then(doSync);
  running = next;
  return next;
}

async function doSync(): Promise<string[]> {
  const granted = siteOriginsFromGrants((await browser.permissions.getAll()).origins ?? []);
  const s = scripting();
  if (s) {
    const registered = (await s.getRegisteredContentScripts()).map((r) => r.id).filter((id) => id.startsWith(SITE_SCRIPT_PREFIX));
    const wanted = new Set(granted.map(scriptIdFor));
    const stale = registered.filter((id) => !wanted.has(id));
    if (stale.length) await s.unregisterContentScripts({ ids: stale });
    const missing = granted.filter((o) => !registered.includes(scriptIdFor(o)));
    if (missing.length) await register(s, missing);
  }
  // Write only on a change: every write wakes the coach in every open tab (storage.onChanged).
  const current = await loadSettings();
  if (current.allowedSites.join(' ') !== granted.join(' ')) await updateSettings((st) => ({ ...st, allowedSites: granted }));
  return granted;
}

/** Start the coach in an already open tab right after the grant, so the user need not reload. */
export async function injectCoach(tabId: number): Promise<void> {
  const s = (browser as unknown as { scripting?: { executeScript(o: object): Promise<unknown> } }).scripting;
  await s?.executeScript({ target: { tabId }, files: [COACH_SCRIPT] });
}
