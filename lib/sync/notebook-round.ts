import { isContactRecord } from '../db/record-shape';
import type { TactDb } from '../db/schema';
import type { Contact } from '../db/types';
import type { SyncEntry } from './entry';
import { dropOldTombstones, mergeEntries } from './merge';
import { localTombstones, planNotebookChanges, toSyncEntries, type NotebookChanges } from './notebook-map';

export interface NotebookRound {
  /** The notebook as the round read it, before its changes. */
  contacts: Contact[];
  /** The merged map: what this computer now writes to the sync area. */
  merged: SyncEntry[];
  changes: NotebookChanges;
}

/**
 * The notebook's side of a sync round: read, merge with the sync area's entries, plan and write, all in
 * one transaction. A plan made from an earlier read would put back the copy it read: a hand edit, a
 * coaching record's date or a deletion made meanwhile would be undone. Inside the transaction no other
 * write can come between; one that arrives meanwhile waits and lands on top.
 */
export function mergeIntoNotebook(db: TactDb, known: readonly string[], remote: readonly SyncEntry[], now: number): Promise<NotebookRound> {
  return db.transaction('rw', db.contactPacks, db.coaching, async () => {
    const all = await db.contacts.toArray();
    const contacts = all.filter(isContactRecord);
    // A damaged record (lib/db/record-shape.ts) is not synced, not taken for deleted, and not written over.
    const damaged = new Set(all.filter((c) => !isContactRecord(c)).map((c) => (c as { id?: unknown } | null)?.id));
    const withHistory = new Set((await db.coaching.orderBy('contactId').uniqueKeys()) as string[]);
    const mine = [...toSyncEntries(contacts), ...localTombstones(known, all, now)];
    const merged = dropOldTombstones(mergeEntries(mine, remote), now);
    const changes = planNotebookChanges(
      contacts,
      merged.filter((e) => !damaged.has(e.id)),
      withHistory,
      now,
    );
    if (changes.put.length) await db.contacts.bulkPut(changes.put);
    if (changes.remove.length) await db.contacts.bulkDelete(changes.remove);
    return { contacts, merged, changes };
  });
}
