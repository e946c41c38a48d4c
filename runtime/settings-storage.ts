import { browser } from 'wxt/browser';
import { defaultSettings, normalizeSettings, SETTINGS_KEY, type Settings } from '@/lib/settings/schema';

// Settings live in storage.local; runtime/notebook-sync.ts copies them to and from storage.sync (the user's
// browser account, no server of ours).

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

async function save(settings: Settings): Promise<Settings> {
  const clean = normalizeSettings(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/**
 * Read-modify-write. Several pages (popup, options, background, tabs) may write; each write starts
 * from the stored value, not a stale copy, so one page does not undo another's change.
 */
export async function updateSettings(change: (s: Settings) => Settings | void): Promise<Settings> {
  const current = await loadSettings();
  const next = change(current) ?? current;
  return save(next);
}

/**
 * Back to defaults, except the allowed sites: they mirror the browser's host grants, which only
 * the user can revoke (a reset must not leave the coach running on a site the settings say is off).
 */
export async function resetSettings(): Promise<Settings> {
  const { allowedSites } = await loadSettings();
  return save({ ...defaultSettings(), allowedSites });
}

/** Calls back with the new settings whenever any page changes them; returns the unsubscribe. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(normalizeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const toggle = (list: string[], item: string, on: boolean) => (on ? [...new Set([...list, item])] : list.filter((x) => x !== item));

export const muteRule = (ruleId: string, muted = true) =>
  updateSettings((s) => ({ ...s, mutedRules: toggle(s.mutedRules, ruleId, muted) }));

export const pauseSite = (origin: string, paused = true) =>
  updateSettings((s) => ({ ...s, pausedSites: toggle(s.pausedSites, origin, paused) }));

export const setNetworkEnabled = (id: string, on: boolean) => updateSettings((s) => ({ ...s, networks: { ...s.networks, [id]: on } }));
export const setPauseOnNetwork = (id: string, on: boolean) =>
  updateSettings((s) => ({ ...s, pauseNetworks: { ...s.pauseNetworks, [id]: on } }));
