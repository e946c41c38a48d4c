import { browser } from 'wxt/browser';
import { isContactRecord } from '@/lib/db/record-shape';
import type { TactDb } from '@/lib/db/schema';
import { canonicalJson } from '@/lib/sync/canonical';
import { dropOldTombstones, mergeEntries } from '@/lib/sync/merge';
import { localTombstones, planNotebookChanges, toSyncEntries, type NotebookChanges } from '@/lib/sync/notebook-map';
import { itemBytes, MIN_WRITE_INTERVAL_MS, SYNC_QUOTA } from '@/lib/sync/quota';
import { settingsDirection, SETTINGS_SYNC_KEY, toSyncedSettings, type SyncedSettings } from '@/lib/sync/settings-map';
import { META_KEY, SHARD_PREFIX, shardEntries, unshardEntries, type Sharded } from '@/lib/sync/shard';
import { loadSettings, updateSettings } from './settings-storage';

// The browser's own sync (storage.sync: the user's browser account, no server of ours) carries settings,
// muted rules, opt-in sites and the relationship map. Everything else stays in this computer's IndexedDB.

const KNOWN_KEY = 'tact:sync:known';
const LAST_WRITE_KEY = 'tact:sync:lastWrite';
const SETTINGS_SYNCED_KEY = 'tact:sync:settingsSynced';

export interface SyncStatus {
  /** Contacts carried by the map, of those the user added or edited by hand. */
  synced: number;
  handEdited: number;
  /** Hand-edited contacts left out by the quota (the least recently edited). */
  omitted: number;
  total: number;
  bytes: number;
  corrupt: { key: string; reason: string }[];
  kept: { id: string; name: string }[];
  /** A write was due but the write-rate limit asked to wait: retry after this many ms. */
  retryInMs: number;
  at: number;
}

export const SYNC_STATUS_KEY = 'tact:sync:status';

async function applyToNotebook(db: TactDb, changes: NotebookChanges): Promise<void> {
  if (!changes.put.length && !changes.remove.length) return;
  await db.transaction('rw', db.contacts, async () => {
    await db.contacts.bulkPut(changes.put);
    await db.contacts.bulkDelete(changes.remove);
  });
}

async function syncSettings(remote: unknown, lastSynced: string | undefined): Promise<SyncedSettings> {
  const local = toSyncedSettings(await loadSettings());
  const way = settingsDirection(local, remote, lastSynced);
  if (way !== 'pull') return local;
  const theirs = remote as SyncedSettings;
  const next = await updateSettings((s) => ({ ...s, ...theirs.s, allowedSites: s.allowedSites }));
  return toSyncedSettings(next);
}

const sameShards = (area: Record<string, unknown>, s: Sharded) =>
  Object.entries(s.items).every(([k, v]) => area[k] === v) && (area[META_KEY] as { shards?: number } | undefined)?.shards === s.meta.shards;

/** One round: read the sync area, merge both ways, write back what changed (at most every 30 s). */
export async function syncNow(db: TactDb, now = Date.now()): Promise<SyncStatus> {
  const area = await browser.storage.sync.get(null);
  const local = await browser.storage.local.get([KNOWN_KEY, LAST_WRITE_KEY, SETTINGS_SYNCED_KEY]);
  const remote = await unshardEntries(area);
  const settings = await syncSettings(area[SETTINGS_SYNC_KEY], local[SETTINGS_SYNCED_KEY] as string | undefined);

  const all = await db.contacts.toArray();
  const contacts = all.filter(isContactRecord);
  // A damaged record (lib/db/record-shape.ts) is not synced, not taken for deleted, and not written over.
  const damaged = new Set(all.filter((c) => !isContactRecord(c)).map((c) => (c as { id?: unknown } | null)?.id));
  const withHistory = new Set((await db.coaching.orderBy('contactId').uniqueKeys()) as string[]);
  const mine = [...toSyncEntries(contacts), ...localTombstones((local[KNOWN_KEY] as string[]) ?? [], all, now)];
  const merged = dropOldTombstones(mergeEntries(mine, remote.entries), now);
  const changes = planNotebookChanges(
    contacts,
    merged.filter((e) => !damaged.has(e.id)),
    withHistory,
    now,
  );
  await applyToNotebook(db, changes);

  const budget = { bytes: SYNC_QUOTA.QUOTA_BYTES - itemBytes(SETTINGS_SYNC_KEY, settings), items: SYNC_QUOTA.MAX_ITEMS - 1 };
  const sharded = await shardEntries(merged, budget, now);
  const settingsChanged = canonicalJson(area[SETTINGS_SYNC_KEY]) !== canonicalJson(settings);
  let retryInMs = 0;
  if (settingsChanged || !sameShards(area, sharded)) {
    const wait = ((local[LAST_WRITE_KEY] as number) ?? 0) + MIN_WRITE_INTERVAL_MS - now;
    if (wait > 0) retryInMs = wait;
    else await writeArea(area, sharded, settings, now);
  }
  // While a write waits, a local deletion exists only as this round's tombstone: keep its id "known" so the
  // next round makes the tombstone again instead of recreating the contact from the unchanged sync area.
  const known = retryInMs ? [...new Set([...((local[KNOWN_KEY] as string[]) ?? []), ...changes.known])] : changes.known;
  await browser.storage.local.set({ [KNOWN_KEY]: known, [SETTINGS_SYNCED_KEY]: canonicalJson(settings) });
  const live = merged.filter((e) => !('x' in e)).length;
  const omitted = sharded.omitted.filter((e) => !('x' in e)).length;
  const created = changes.put.filter((c) => !contacts.some((o) => o.id === c.id)).length;
  const status: SyncStatus = {
    synced: live - omitted,
    handEdited: live,
    omitted,
    total: contacts.length + created - changes.remove.length,
    bytes: sharded.bytes + itemBytes(SETTINGS_SYNC_KEY, settings),
    corrupt: remote.corrupt,
    kept: changes.kept,
    retryInMs,
    at: now,
  };
  await browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
  return status;
}

/** One `set` (one write operation for the rate limit), then the shards that are no longer current go. */
async function writeArea(area: Record<string, unknown>, sharded: Sharded, settings: SyncedSettings, now: number): Promise<void> {
  await browser.storage.sync.set({ ...sharded.items, [META_KEY]: sharded.meta, [SETTINGS_SYNC_KEY]: settings });
  const stale = Object.keys(area).filter((k) => k.startsWith(SHARD_PREFIX) && !(k in sharded.items));
  if (stale.length) await browser.storage.sync.remove(stale);
  await browser.storage.local.set({ [LAST_WRITE_KEY]: now });
}
