import { withDerived } from '../db/derive';
import type { Contact, ContactHandle } from '../db/types';
import { isTombstone, type SyncContact, type SyncEntry } from './entry';

// Between the notebook and the synced relationship map. Only contacts the user added or edited by hand
// (`handEditedAt`) travel, and only their name, network handles, relationship and circles: notes, history,
// e-mails and bulk imports stay on this computer (the backup file carries everything).

const networkKeys = (c: Contact) => c.handleKeys.filter((k) => !k.startsWith('url:') && !k.startsWith('mail:'));

export function toSyncEntries(contacts: readonly Contact[]): SyncContact[] {
  return contacts
    .filter((c) => c.handEditedAt)
    .map((c) => ({ id: c.id, n: c.name, h: networkKeys(c), r: c.relationship, t: c.tags, u: c.handEditedAt! }))
    .sort((a, b) => b.u - a.u);
}

export interface NotebookChanges {
  put: Contact[];
  remove: string[];
  /** Deleted on another computer but kept here, because here it holds notes or history. */
  kept: { id: string; name: string }[];
  /** Ids this computer now shares with the map: the baseline for spotting its own deletions next time. */
  known: string[];
}

const toHandle = (key: string): ContactHandle => {
  const at = key.indexOf(':');
  return { network: key.slice(0, at), handle: key.slice(at + 1) };
};

function applyEntry(local: Contact | undefined, e: SyncContact, now: number): Contact {
  const base: Contact =
    local ??
    withDerived({
      id: e.id,
      name: e.n,
      handles: [],
      relationship: e.r,
      tags: [],
      howWeMet: '',
      notes: '',
      keepInTouchDays: null,
      lastInteraction: null,
      createdAt: now,
      updatedAt: now,
    });
  const have = new Set(networkKeys(base));
  const handles = [...base.handles, ...e.h.filter((k) => !have.has(k)).map(toHandle)];
  // Notes, history, e-mails and dates are never touched: a sync conflict cannot drop what was written here.
  return withDerived({ ...base, name: e.n, relationship: e.r, tags: e.t, handles, updatedAt: now, handEditedAt: e.u });
}

/**
 * What the notebook must change so it agrees with the merged map. `known` is the set of ids this computer
 * had in common with the map last time; `hasHistory` tells which contacts have coaching history.
 */
export function planNotebookChanges(
  contacts: readonly Contact[],
  merged: readonly SyncEntry[],
  hasHistory: ReadonlySet<string>,
  now: number,
): NotebookChanges {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const out: NotebookChanges = { put: [], remove: [], kept: [], known: [] };
  for (const e of merged) {
    const local = byId.get(e.id);
    if (isTombstone(e)) {
      if (!local || (local.handEditedAt ?? 0) > e.u) continue;
      if (hasLocalOnly(local) || hasHistory.has(local.id)) out.kept.push({ id: local.id, name: local.name });
      else out.remove.push(local.id);
      continue;
    }
    out.known.push(e.id);
    if (local && (local.handEditedAt ?? 0) >= e.u) continue;
    out.put.push(applyEntry(local, e, now));
  }
  return out;
}

/** Contacts this computer shared with the map last time and no longer has: deleted here, so tombstones. */
export function localTombstones(known: readonly string[], contacts: readonly Contact[], now: number): SyncEntry[] {
  const have = new Set(contacts.map((c) => c.id));
  return known.filter((id) => !have.has(id)).map((id) => ({ id, u: now, x: 1 as const }));
}

/**
 * Fields that never sync: a deletion made on another computer, which never saw them, must not take
 * them with it (the contact is kept and the popup says so).
 */
function hasLocalOnly(c: Contact): boolean {
  return !!(
    c.notes.trim() ||
    c.howWeMet.trim() ||
    c.emails?.length ||
    c.phones?.length ||
    c.org ||
    c.title ||
    c.keepInTouchDays ||
    c.lastInteraction
  );
}
