import type { Norm } from '../classifier/types';

/**
 * One contact in the synced relationship map, in short keys: the quota counts every byte of JSON.
 * `id` is the contact's notebook id (the same on every computer that restored one backup); `h` its
 * `network:handle` keys, so another computer finds the person it already knows under another id.
 */
export interface SyncContact {
  id: string;
  /** Name: needed to create the contact where it does not exist yet. */
  n: string;
  h: string[];
  r: Norm;
  t: string[];
  /** Last edit by hand (epoch ms): the merge keeps the latest per contact. */
  u: number;
}

/** A contact deleted by hand; travels so other computers delete it too (unless they hold a note). */
export interface Tombstone {
  id: string;
  u: number;
  x: 1;
}

export type SyncEntry = SyncContact | Tombstone;

export const isTombstone = (e: SyncEntry): e is Tombstone => 'x' in e && e.x === 1;

const norms: readonly string[] = ['social', 'market', 'hybrid'];
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Is this decoded value an entry? Anything else in a shard (hand-edited, truncated) is dropped. */
export function isSyncEntry(v: unknown): v is SyncEntry {
  if (!v || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  if (typeof e.id !== 'string' || !e.id || typeof e.u !== 'number' || !Number.isFinite(e.u)) return false;
  if (e.x === 1) return true;
  return typeof e.n === 'string' && strings(e.h) && strings(e.t) && typeof e.r === 'string' && norms.includes(e.r);
}
