import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { syntheticContacts } from '../../bench/notebook-data';
import { addContact, createDb, deleteContact, emptyContact, restoreContact, updateContact, wipeAll, type TactDb } from '../../lib/db';
import { LiveSearch } from '../../lib/db/live-search';
import { mergeInDb } from '../../lib/db/merge-write';
import { applyImport, readImportFile } from '../../lib/import-export/run-import';

// The popup searches a copy of the notebook in memory; every committed write must reach that copy, whatever
// wrote it, and a write that failed must not.
let db: TactDb;
let live: LiveSearch;
let k = 0;
beforeEach(async () => {
  db = createDb(`live-search-${k++}`);
  await db.open();
});
afterEach(async () => {
  live.stop();
  await db.delete();
});

const names = (q: string) => (live.index!.search(q, 5000) ?? []).map((c) => c.name).sort();

test('the copy follows adds, edits, deletes, undos, merges, imports and a wipe', async () => {
  const seeded = syntheticContacts(2500, 1_700_000_000_000);
  await db.contacts.bulkPut(seeded);
  live = new LiveSearch(db);
  live.start();
  await live.settled();
  expect(live.index!.size).toBe(2500); // indexed in tasks of 2000
  expect(names(seeded[2222].name)).toEqual([seeded[2222].name]); // the last task's too

  const ada = await addContact(db, emptyContact({ name: 'Ada Lovelace', notes: 'analytical engine' }));
  await live.settled();
  expect(names('analytical')).toEqual(['Ada Lovelace']);

  await updateContact(db, ada.id, { name: 'Ada King', notes: 'countess' });
  await live.settled();
  expect(names('analytical')).toEqual([]);
  expect(names('king count')).toEqual(['Ada King']);

  const deleted = await deleteContact(db, ada.id);
  await live.settled();
  expect(names('king')).toEqual([]);
  await restoreContact(db, deleted!);
  await live.settled();
  expect(names('king')).toEqual(['Ada King']);

  const twin = await addContact(db, emptyContact({ name: 'Ada K', howWeMet: 'Difference engine club' }));
  await mergeInDb(db, ada.id, twin.id);
  await live.settled();
  expect(live.index!.get(twin.id)).toBeUndefined();
  expect(names('difference')).toEqual(['Ada King']);

  const csv = new Uint8Array(readFileSync(new URL('../fixtures/notebook/Connections.csv', import.meta.url)));
  await applyImport(db, readImportFile('Connections.csv', csv));
  await live.settled();
  expect(names('jane doe')).toEqual(['Jane Doe']);
  expect(live.index!.size).toBe(await db.contacts.count());

  await wipeAll(db);
  await live.settled();
  expect(live.index!.size).toBe(0);
});

test('a write that fails and rolls back leaves the copy as the database is', async () => {
  const a = await addContact(db, emptyContact({ name: 'Grace Hopper' }));
  live = new LiveSearch(db);
  live.start();
  await live.settled();
  await expect(
    db.transaction('rw', db.contactPacks, async () => {
      await db.contacts.put({ ...a, name: 'Half Written' });
      throw new Error('disk full');
    }),
  ).rejects.toThrow('disk full');
  await addContact(db, emptyContact({ name: 'After' }));
  await live.settled();
  expect(names('half')).toEqual([]);
  expect(names('grace')).toEqual(['Grace Hopper']);
  expect(names('after')).toEqual(['After']);
});
