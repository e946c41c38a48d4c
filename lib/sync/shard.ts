import { packJson, unpackJson } from './compress';
import { isSyncEntry, type SyncEntry } from './entry';
import { itemBytes, SYNC_QUOTA } from './quota';

export const SHARD_PREFIX = 'tact:sync:map:';
export const META_KEY = 'tact:sync:meta';

export interface SyncMeta {
  v: 1;
  /** Shards 0 … shards-1 are current; any higher key is a leftover and is ignored. */
  shards: number;
  entries: number;
  /** Entries that did not fit the quota (the least recently edited). */
  omitted: number;
  at: number;
}

export interface Budget {
  bytes: number;
  items: number;
}

export interface Sharded {
  items: Record<string, string>;
  meta: SyncMeta;
  bytes: number;
  omitted: SyncEntry[];
}

const shardKey = (i: number) => `${SHARD_PREFIX}${i}`;

/**
 * Packs `entries` (most important first) into compressed shards that each fit one sync item, until the
 * byte or item budget runs out; what does not fit is returned as `omitted`, never silently lost.
 */
export async function shardEntries(entries: readonly SyncEntry[], budget: Budget, now: number): Promise<Sharded> {
  const items: Record<string, string> = {};
  const omitted: SyncEntry[] = [];
  let bytes = 0;
  let start = 0;
  let guess = 64;
  // One item is kept for the meta record.
  while (start < entries.length && Object.keys(items).length < budget.items - 1) {
    const key = shardKey(Object.keys(items).length);
    const room = Math.min(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM, budget.bytes - bytes - metaBytes(entries.length));
    const fit = await largestFit(entries, start, key, room, guess);
    if (!fit) {
      if (room < SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) break; // out of total quota
      omitted.push(entries[start++]); // one entry alone exceeds an item (huge tags): skip it
      continue;
    }
    items[key] = fit.packed;
    bytes += itemBytes(key, fit.packed);
    start += fit.count;
    guess = fit.count;
  }
  omitted.push(...entries.slice(start));
  const meta: SyncMeta = {
    v: 1,
    shards: Object.keys(items).length,
    entries: entries.length - omitted.length,
    omitted: omitted.length,
    at: now,
  };
  return { items, meta, bytes: bytes + itemBytes(META_KEY, meta), omitted };
}

/** A generous upper bound for the meta record's size (its numbers grow with the notebook). */
const metaBytes = (n: number) => itemBytes(META_KEY, { v: 1, shards: 511, entries: n, omitted: n, at: 1e13 });

/**
 * The most entries from `start` whose packed shard fits `room` bytes: gallops up from `guess` (the last
 * shard's count), then bisects, so a shard costs a handful of compressions rather than one per entry.
 */
async function largestFit(entries: readonly SyncEntry[], start: number, key: string, room: number, guess: number) {
  const left = entries.length - start;
  const attempt = async (count: number) => {
    const packed = await packJson(entries.slice(start, start + count));
    return itemBytes(key, packed) <= room ? { count, packed } : null;
  };
  let best: { count: number; packed: string } | null = null;
  let lo = 0;
  let hi = left;
  for (let n = Math.max(1, Math.min(guess, left)); ; n = Math.min(left, n * 2)) {
    const got = await attempt(n);
    if (!got) {
      hi = n - 1;
      break;
    }
    best = got;
    lo = n;
    if (n === left) return best;
  }
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const got = await attempt(mid);
    if (got) {
      best = got;
      lo = mid;
    } else hi = mid - 1;
  }
  return best;
}

export interface Unsharded {
  entries: SyncEntry[];
  /** Shards that could not be read: ignored, and shown to the user; nothing local is touched for them. */
  corrupt: { key: string; reason: string }[];
}

/** Reads whatever the sync area holds; a damaged shard costs its own entries, never the others'. */
export async function unshardEntries(area: Record<string, unknown>): Promise<Unsharded> {
  const meta = area[META_KEY] as SyncMeta | undefined;
  const corrupt: Unsharded['corrupt'] = [];
  if (!meta) return { entries: [], corrupt };
  if (typeof meta !== 'object' || meta.v !== 1 || !Number.isInteger(meta.shards)) {
    return { entries: [], corrupt: [{ key: META_KEY, reason: 'not a Tact sync record of a version this Tact reads' }] };
  }
  const entries: SyncEntry[] = [];
  for (let i = 0; i < meta.shards; i++) {
    const key = shardKey(i);
    const value = area[key];
    try {
      if (typeof value !== 'string') throw new Error('missing');
      const list = await unpackJson(value);
      if (!Array.isArray(list)) throw new Error('not a list');
      const good = list.filter(isSyncEntry);
      if (good.length < list.length) corrupt.push({ key, reason: `${list.length - good.length} unreadable entries skipped` });
      entries.push(...good);
    } catch (err) {
      corrupt.push({ key, reason: err instanceof Error && err.message ? err.message : 'unreadable' });
    }
  }
  return { entries, corrupt };
}
