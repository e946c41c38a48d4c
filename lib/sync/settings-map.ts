import type { Settings } from '../settings/schema';
import { canonicalJson } from './canonical';

/** Settings as synced: all of them but the opt-in sites, which travel apart (a site needs its grant on each computer). */
export interface SyncedSettings {
  s: Omit<Settings, 'allowedSites'>;
  sites: string[];
}

export const SETTINGS_SYNC_KEY = 'tact:sync:settings';

export function toSyncedSettings({ allowedSites, ...rest }: Settings): SyncedSettings {
  return { s: rest, sites: allowedSites };
}

/**
 * Which way settings go: this computer's changed since the last sync → push; otherwise the other's
 * changed → pull (keeping this computer's own opt-in sites, which mirror its grants); else nothing.
 */
export function settingsDirection(local: SyncedSettings, remote: unknown, lastSynced: string | undefined): 'push' | 'pull' | 'none' {
  const mine = canonicalJson(local);
  const theirs = remote === undefined ? undefined : canonicalJson(remote);
  if (mine !== lastSynced) return theirs === mine ? 'none' : 'push';
  if (theirs !== undefined && theirs !== mine) return 'pull';
  return 'none';
}
