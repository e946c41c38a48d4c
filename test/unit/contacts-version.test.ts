import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  addContact,
  createDb,
  deleteContact,
  emptyContact,
  recordCoachingEvent,
  restoreContact,
  updateContact,
  wipeAll,
  type TactDb,
} from '../../lib/db';
import { contactsVersion } from '../../lib/db/contacts-version';
import { mergeInDb } from '../../lib/db/merge-write';

// The import writes its previewed plan only if no contact changed since the preview: every write path must
// move the counter, in the same transaction, and a write that rolls back must not.
let db: TactDb;
let k = 0;
beforeEach(async () => {
  db = createDb(`contacts-version-${k++}`);
  await db.open();
});
afterEach(() => db.delete());

const version = () => db.transaction('r', db.meta, () => contactsVersion(db));

test('every kind of write to the contacts moves the counter; other tables do not', async () => {
  expect(await version()).toBe(0);
  const writes: [string, () => Promise<unknown>][] = [];
  const a = await addContact(db, emptyContact({ name: 'Ada' }));
  const b = await addContact(db, emptyContact({ name: 'Ada L' }));
  let seen = await version();
  expect(seen).toBeGreaterThan(0);
  let deleted: Awaited<ReturnType<typeof deleteContact>> = null;
  writes.push(
    ['update', () => updateContact(db, a.id, { notes: 'x' })],
    [
      'coaching event (last talked)',
      () => recordCoachingEvent(db, { contactId: a.id, network: 'x', at: 5, level: 'ok', categories: [], action: 'edited' }),
    ],
    ['delete', async () => (deleted = await deleteContact(db, b.id))],
    ['undo delete', () => restoreContact(db, deleted!)],
    ['merge', () => mergeInDb(db, a.id, b.id)],
    ['raw bulkPut', () => db.contacts.bulkPut([{ ...a, name: 'Raw' }])],
    ['wipe', () => wipeAll(db)],
  );
  for (const [what, write] of writes) {
    await write();
    const now = await version();
    expect(now, what).toBeGreaterThan(seen);
    seen = now;
  }
  await db.sendOutcomes.add({ at: 1, network: 'x', outcome: 'revised', ruleIds: [], categories: [] });
  expect(await version()).toBe(seen);
});

test('a write that rolls back leaves the counter where it was', async () => {
  await addContact(db, emptyContact({ name: 'Grace' }));
  const before = await version();
  await expect(
    db.transaction('rw', db.contactPacks, async () => {
      await db.contacts.put({ ...(await db.contacts.toArray())[0], name: 'Half' });
      throw new Error('disk full');
    }),
  ).rejects.toThrow('disk full');
  expect(await version()).toBe(before);
});
