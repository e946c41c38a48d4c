// Merging two contacts in the notebook: one transaction writes the merged entry, moves the other's coaching
// history onto it and removes the other, so a fault leaves both entries exactly as they were.
import { withDerived } from './derive';
import { mergeContacts } from './merge';
import type { TactDb } from './schema';
import type { Contact } from './types';

/** What a merge replaced, so the popup can undo it. */
export interface MergedContacts {
  merged: Contact;
  before: { keep: Contact; other: Contact; movedEventIds: number[] };
}

export async function mergeInDb(db: TactDb, keepId: string, otherId: string, now = Date.now()): Promise<MergedContacts> {
  if (keepId === otherId) throw new Error('A contact cannot be merged with itself.');
  return db.transaction('rw', db.contactPacks, db.coaching, async () => {
    const [keep, other] = await db.contacts.bulkGet([keepId, otherId]);
    if (!keep || !other) throw new Error('One of these contacts no longer exists; nothing was merged.');
    const merged = withDerived({
      ...keep,
      ...mergeContacts(keep, other),
      createdAt: Math.min(keep.createdAt, other.createdAt),
      updatedAt: now,
    });
    const moved = await db.coaching.where('contactId').equals(otherId).primaryKeys();
    await db.coaching.where('contactId').equals(otherId).modify({ contactId: keepId });
    await db.contacts.put(merged);
    await db.contacts.delete(otherId);
    return { merged, before: { keep, other, movedEventIds: moved as number[] } };
  });
}

/**
 * Put both entries and the moved history back as they were before the merge. The entry that comes
 * back counts as edited by hand now: a sync round may already have sent its deletion, and an older
 * edit time would let that tombstone delete it again (lib/sync/notebook-map.ts).
 */
export async function undoMerge(db: TactDb, m: MergedContacts, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.contactPacks, db.coaching, async () => {
    await db.contacts.bulkPut([m.before.keep, { ...m.before.other, handEditedAt: now }]);
    if (m.before.movedEventIds.length) {
      await db.coaching.where('id').anyOf(m.before.movedEventIds).modify({ contactId: m.before.other.id });
    }
  });
}
