import { isTombstone, type SyncEntry } from './entry';

/**
 * Per contact, the latest edit wins. Ties go to the tombstone, then to the larger encoding, so the
 * result does not depend on which side is "local": merge(a, b) and merge(b, a) hold the same entries.
 */
function newer(a: SyncEntry, b: SyncEntry): SyncEntry {
  if (a.u !== b.u) return a.u > b.u ? a : b;
  if (isTombstone(a) !== isTombstone(b)) return isTombstone(a) ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

export function mergeEntries(...sides: readonly (readonly SyncEntry[])[]): SyncEntry[] {
  const byId = new Map<string, SyncEntry>();
  for (const side of sides) {
    for (const e of side) {
      const had = byId.get(e.id);
      byId.set(e.id, had ? newer(had, e) : e);
    }
  }
  return [...byId.values()].sort((a, b) => b.u - a.u || (a.id < b.id ? -1 : 1));
}

/** Tombstones older than this are forgotten: every computer that syncs has seen them by then. */
export const TOMBSTONE_TTL_MS = 90 * 86_400_000;

export const dropOldTombstones = (entries: readonly SyncEntry[], now: number): SyncEntry[] =>
  entries.filter((e) => !isTombstone(e) || now - e.u < TOMBSTONE_TTL_MS);
