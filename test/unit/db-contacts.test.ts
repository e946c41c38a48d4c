import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  addContact,
  createDb,
  emptyContact,
  deleteContact,
  findByHandle,
  getContact,
  historyFor,
  listDue,
  listRecent,
  recordCoachingEvent,
  restoreContact,
  searchContacts,
  toSummary,
  updateContact,
  wipeAll,
  type ContactInput,
  type TactDb,
} from '../../lib/db';

const DAY = 86_400_000;
let db: TactDb;
let n = 0;

function input(over: Partial<ContactInput> = {}): ContactInput {
  return emptyContact({ name: 'Ada Lovelace', ...over });
}

beforeEach(async () => {
  db = createDb(`db-contacts-${n++}`);
  await db.open();
});
afterEach(async () => db.delete());

describe('contacts', () => {
  test('add then get returns the same person with normalized handles and tags', async () => {
    const c = await addContact(db, input({ handles: [{ network: 'x', handle: '@AdaL' }], tags: ['Family ', 'family'] }));
    const back = await getContact(db, c.id);
    expect(back?.name).toBe('Ada Lovelace');
    expect(back?.handles).toEqual([{ network: 'x', handle: 'adal' }]);
    expect(back?.tags).toEqual(['family']);
  });

  test('rejects a contact without a name or with a bad interval', async () => {
    await expect(addContact(db, input({ name: '  ' }))).rejects.toThrow(/needs a name/);
    await expect(addContact(db, input({ keepInTouchDays: -3 }))).rejects.toThrow(/between 1 and 3650/);
    expect(await db.contacts.count()).toBe(0);
  });

  test('update changes fields and re-indexes search words', async () => {
    const c = await addContact(db, input());
    await updateContact(db, c.id, { name: 'Grace Hopper', notes: 'met at the compiler meetup' });
    expect((await searchContacts(db, 'grace')).map((x) => x.id)).toEqual([c.id]);
    expect(await searchContacts(db, 'ada')).toEqual([]);
    expect((await searchContacts(db, 'compil')).map((x) => x.name)).toEqual(['Grace Hopper']);
  });

  test('search matches names, handles, tags and notes by prefix, accent-insensitively, all words required', async () => {
    await addContact(db, input({ name: 'Zoë Martin', tags: ['colleague'] }));
    await addContact(
      db,
      input({ name: 'Zoe Bernard', handles: [{ network: 'bluesky', handle: 'zbern.bsky.social' }], notes: 'sister of Paul' }),
    );
    await addContact(db, input({ name: 'Marc Dupont', tags: ['client'] }));
    const names = async (q: string) => (await searchContacts(db, q)).map((c) => c.name).sort();
    expect(await names('zoe')).toEqual(['Zoe Bernard', 'Zoë Martin']);
    expect(await names('zoe mar')).toEqual(['Zoë Martin']);
    expect(await names('zbern')).toEqual(['Zoe Bernard']);
    expect(await names('CLI')).toEqual(['Marc Dupont']);
    expect(await names('sister')).toEqual(['Zoe Bernard']);
    expect(await names('nobody')).toEqual([]);
    expect(await names('zbern.bs')).toEqual(['Zoe Bernard']); // a handle typed whole, punctuation and all
    expect(await names('@ZBern')).toEqual(['Zoe Bernard']);
    expect(await names('zoe nobody')).toEqual([]);
    const social = (c: { relationship: string }) => c.relationship === 'social';
    expect((await searchContacts(db, 'zoe', 50, (c) => c.tags.includes('colleague'))).map((c) => c.name)).toEqual(['Zoë Martin']);
    expect((await searchContacts(db, 'zoe mar', 50, (c) => !social(c))).map((c) => c.name)).toEqual([]);
  });

  test('findByHandle matches handle or profile URL on the right network only', async () => {
    const c = await addContact(
      db,
      input({ handles: [{ network: 'linkedin', handle: 'ada-l', profileUrl: 'https://www.linkedin.com/in/ada-l/' }] }),
    );
    expect((await findByHandle(db, { network: 'linkedin', handle: 'Ada-L' }))?.id).toBe(c.id);
    expect((await findByHandle(db, { network: 'linkedin', profileUrl: 'https://linkedin.com/in/ada-l?trk=x' }))?.id).toBe(c.id);
    expect(await findByHandle(db, { network: 'x', handle: 'ada-l' })).toBeUndefined();
  });

  test('delete removes the contact and its history; restore brings both back', async () => {
    const c = await addContact(db, input());
    await recordCoachingEvent(db, { contactId: c.id, network: 'x', at: 1000, level: 'flip', categories: ['price'], action: 'edited' });
    const deleted = await deleteContact(db, c.id);
    expect(await getContact(db, c.id)).toBeUndefined();
    expect(await db.coaching.count()).toBe(0);
    await restoreContact(db, deleted!);
    expect((await getContact(db, c.id))?.name).toBe('Ada Lovelace');
    expect((await historyFor(db, c.id)).map((e) => e.level)).toEqual(['flip']);
  });

  test('due list holds contacts whose interval has passed since the last talk', async () => {
    const now = 100 * DAY;
    await addContact(db, input({ name: 'Overdue', keepInTouchDays: 30, lastInteraction: now - 40 * DAY }), now - 50 * DAY);
    await addContact(db, input({ name: 'Fine', keepInTouchDays: 30, lastInteraction: now - 10 * DAY }), now - 50 * DAY);
    await addContact(db, input({ name: 'No reminder', lastInteraction: now - 400 * DAY }), now - 500 * DAY);
    expect((await listDue(db, now)).map((c) => c.name)).toEqual(['Overdue']);
  });

  test('coaching event records level/categories/action without draft text and resets the due date', async () => {
    const now = 100 * DAY;
    const c = await addContact(db, input({ keepInTouchDays: 7, lastInteraction: now - 30 * DAY }), now - 60 * DAY);
    expect(await listDue(db, now)).toHaveLength(1);
    await recordCoachingEvent(db, {
      contactId: c.id,
      network: 'linkedin',
      at: now,
      level: 'caution',
      categories: ['offer'],
      action: 'posted-anyway',
    });
    expect(await listDue(db, now + DAY)).toHaveLength(0);
    const [event] = await historyFor(db, c.id);
    expect(event).toMatchObject({ level: 'caution', categories: ['offer'], action: 'posted-anyway' });
    expect(event.draftText).toBeUndefined();
    expect((await getContact(db, c.id))?.lastInteraction).toBe(now);
  });

  test('recent list puts the latest talked-to first, never-talked after', async () => {
    await addContact(db, input({ name: 'Old', lastInteraction: 1 }));
    await addContact(db, input({ name: 'Never' }));
    await addContact(db, input({ name: 'New', lastInteraction: 5 }));
    expect((await listRecent(db)).map((c) => c.name)).toEqual(['New', 'Old', 'Never']);
    expect((await listRecent(db, 50, (c) => c.name !== 'Old')).map((c) => c.name)).toEqual(['New', 'Never']);
  });

  test('summary gives the coach the latest note line and the relationship', async () => {
    const c = await addContact(db, input({ relationship: 'market', tags: ['client'], notes: 'first line\n\nlatest: renewal in May\n' }));
    expect(toSummary(c)).toMatchObject({ relationship: 'market', tags: ['client'], latestNote: 'latest: renewal in May' });
  });

  test('wipe empties contacts and history', async () => {
    const c = await addContact(db, input());
    await recordCoachingEvent(db, { contactId: c.id, network: 'x', at: 1, level: 'ok', categories: [], action: 'dismissed' });
    await wipeAll(db);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.coaching.count()).toBe(0);
  });
});
