import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { createDb, emptyContact, findByHandle, historyFor, listRecent, searchContacts, updateContact } from '../../lib/db';
import { PACKS, packOf } from '../../lib/db/contact-packs';
import { readNotebook } from '../../lib/db/readable-notebook';

// A notebook written by version 1 (handles nested, no search keys) must survive the upgrade to version 2 whole,
// and gain the new indexes.
test('v1 data is intact and searchable after opening v2', async () => {
  const name = 'migration-v1-v2';
  const v1 = createDb(name, 1);
  await v1.open();
  expect(v1.verno).toBe(1);
  const rows = Array.from({ length: 30 }, (_, i) => ({
    id: `c${i}`,
    name: i === 7 ? 'Élise Durand' : `Person ${i}`,
    handles: i === 7 ? [{ network: 'x', handle: '@EliseD' }] : [],
    relationship: i % 2 ? 'market' : 'social',
    tags: i === 7 ? ['Family'] : [],
    howWeMet: 'school',
    notes: `note ${i}`,
    keepInTouchDays: i === 7 ? 30 : null,
    lastInteraction: i === 7 ? 1000 : null,
    createdAt: 500,
    updatedAt: 600,
  }));
  await v1.table('contacts').bulkAdd(rows);
  await v1.table('coaching').add({ contactId: 'c7', network: 'x', at: 2000, level: 'flip', categories: ['price'], action: 'edited' });
  v1.close();

  const v2 = createDb(name, 2);
  await v2.open();
  expect(v2.verno).toBe(2);
  const all = await v2.contacts.toArray();
  expect(all).toHaveLength(30);
  for (const row of rows) {
    const after = all.find((c) => c.id === row.id)!;
    expect(after.name).toBe(row.name);
    expect(after.notes).toBe(row.notes);
    expect(after.relationship).toBe(row.relationship);
    expect(after.createdAt).toBe(500);
  }
  expect((await searchContacts(v2, 'elise')).map((c) => c.id)).toEqual(['c7']);
  expect((await findByHandle(v2, { network: 'x', handle: 'elised' }))?.id).toBe('c7');
  expect((await v2.contacts.get('c7'))?.dueAt).toBe(1000 + 30 * 86_400_000);
  expect(await historyFor(v2, 'c7')).toHaveLength(1);
  v2.close();
  await Dexie.delete(name);
});

// Version 3 (issue 10) only adds the send tables: a version 2 notebook opens whole, with them empty.
test('v2 data is intact after opening v3, which adds the send outcome and fingerprint tables', async () => {
  const name = 'migration-v2-v3';
  const v2 = createDb(name, 2);
  await v2.open();
  await v2
    .table('contacts')
    .add({ ...emptyContact({ name: 'Ana' }), id: 'a', createdAt: 1, updatedAt: 1, searchWords: ['ana'], handleKeys: [] });
  v2.close();
  const v3 = createDb(name, 3);
  await v3.open();
  expect(v3.verno).toBe(3);
  expect((await v3.contacts.get('a'))?.name).toBe('Ana');
  expect(await v3.sendOutcomes.count()).toBe(0);
  await v3.sendOutcomes.add({ at: 5, network: 'x', outcome: 'revised', ruleIds: [], categories: [] });
  expect(await v3.sendOutcomes.where('outcome').equals('revised').count()).toBe(1);
  v3.close();
  await Dexie.delete(name);
});

// Version 4 (issue 12) drops the `searchWords` index and the words stored for it (search runs in memory) and the
// unused relationship and tags indexes, and adds the import marks. A version 3 notebook keeps every record and
// field but those words.
test('v3 data is intact after opening v4; only the stored search words go, and search still finds everyone', async () => {
  const name = 'migration-v3-v4';
  const v3 = createDb(name, 3);
  await v3.open();
  const rows = Array.from({ length: 40 }, (_, i) => ({
    ...emptyContact({ name: i === 9 ? 'Zoë Martin' : `Person ${i}`, tags: i === 9 ? ['climbing'] : [], notes: `note ${i}` }),
    handles: i === 9 ? [{ network: 'x', handle: 'zoem' }] : [],
    id: `c${i}`,
    createdAt: 10 + i,
    updatedAt: 20 + i,
    handleKeys: i === 9 ? ['x:zoem'] : [],
    searchWords: ['stale', `person`],
  }));
  await v3.table('contacts').bulkAdd(rows);
  await v3.coaching.add({ contactId: 'c9', network: 'x', at: 2000, level: 'flip', categories: ['price'], action: 'edited' });
  v3.close();

  const v4 = createDb(name, 4);
  await v4.open();
  expect(v4.verno).toBe(4);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const after = await v4.table('contacts').toArray();
  expect(after).toEqual(rows.map(({ searchWords: _s, ...rest }) => rest).sort(byId));
  expect(
    v4
      .table('contacts')
      .schema.indexes.map((i) => i.name)
      .sort(),
  ).toEqual(['dueAt', 'handleKeys', 'lastInteraction', 'name', 'updatedAt']);
  expect((await searchContacts(v4, 'zoe clim')).map((c) => c.id)).toEqual(['c9']);
  expect(await searchContacts(v4, 'stale')).toEqual([]);
  expect((await findByHandle(v4, { network: 'x', handle: 'ZoeM' }))?.id).toBe('c9');
  expect(await historyFor(v4, 'c9')).toHaveLength(1);
  expect(await v4.imports.count()).toBe(0);
  v4.close();
  await Dexie.delete(name);
});

// Version 5 (issue 12) moves the contacts into 64 packs (lib/db/contact-packs.ts): a version 4 notebook keeps every
// record exactly, damaged ones included, each in the pack of its id, and every reader finds the same people.
test('v4 data is intact after opening v5: every record moves into its pack, damaged ones kept', async () => {
  const name = 'migration-v4-v5';
  const v4 = createDb(name, 4);
  await v4.open();
  const rows = Array.from({ length: 300 }, (_, i) => ({
    ...emptyContact({ name: i === 9 ? 'Zoë Martin' : `Person ${i}`, notes: `note ${i}`, lastInteraction: i % 3 ? 1000 + i : null }),
    handles: i === 9 ? [{ network: 'x', handle: 'zoem' }] : [],
    id: `c${i}`,
    createdAt: 10 + i,
    updatedAt: 20 + i,
    handleKeys: i === 9 ? ['x:zoem'] : [],
  }));
  const damaged = [{ id: 'd1', name: 42 }, { id: 'd2' }];
  await v4.table('contacts').bulkAdd([...rows, ...damaged]);
  await v4.coaching.add({ contactId: 'c9', network: 'x', at: 2000, level: 'flip', categories: ['price'], action: 'edited' });
  // The recent list as version 4's indexes gave it: talked to latest first (never talked to, by last edit, after).
  const recentBefore = (await v4.table('contacts').orderBy('lastInteraction').reverse().limit(20).toArray()).map((c) => c.id);
  v4.close();

  const v5 = createDb(name);
  await v5.open();
  expect(v5.verno).toBe(5);
  expect(v5.tables.map((t) => t.name)).not.toContain('contacts');
  const packs = await v5.contactPacks.toArray();
  expect(packs.length).toBeLessThanOrEqual(PACKS);
  for (const p of packs) for (const c of p.contacts) expect(packOf(c.id)).toBe(p.id);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect([...(await v5.contacts.toArray())].sort(byId)).toEqual([...rows, ...damaged].sort(byId));
  const readable = await readNotebook(v5);
  expect(readable.contacts).toHaveLength(300);
  expect(readable.damaged).toBe(2);
  expect((await listRecent(v5, 20)).map((c) => c.id).slice(0, 20)).toEqual(recentBefore);
  expect((await searchContacts(v5, 'zoe')).map((c) => c.id)).toEqual(['c9']);
  expect((await findByHandle(v5, { network: 'x', handle: 'ZoeM' }))?.id).toBe('c9');
  expect(await historyFor(v5, 'c9')).toHaveLength(1);
  const edited = await updateContact(v5, 'c9', { notes: 'moved' });
  expect((await v5.contacts.get('c9'))?.notes).toBe('moved');
  expect(await v5.contacts.count()).toBe(302);
  expect(edited.id).toBe('c9');
  v5.close();
  await Dexie.delete(name);
});
