import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { syntheticContacts } from '../../bench/notebook-data';
import { addContact, createDb, emptyContact, listRecent, updateContact, type Contact, type TactDb } from '../../lib/db';
import { PACKS, packOf } from '../../lib/db/contact-packs';
import { readNotebook } from '../../lib/db/readable-notebook';
import { applyImport, readImportText } from '../../lib/import-export/run-import';

// Contacts live in 64 packs (lib/db/contact-packs.ts). The popup, the background and sync each hold their own
// connection and their own copy of the whole notebook (lib/db/notebook-copy.ts); these tests hold them to
// what one record per contact gave: no write lost, no stale read.
let name: string;
let k = 0;
const open: TactDb[] = [];
const connect = () => {
  const db = createDb(name);
  open.push(db);
  return db;
};
beforeEach(() => {
  name = `contact-packs-${k++}`;
});
afterEach(async () => {
  open.splice(0).forEach((db) => db.close());
  await Dexie.delete(name);
});

/** `count` ids that all fall in one pack, so every write to them is a read-modify-write of that one record. */
const idsInOnePack = (count: number, pack = 7) => {
  const ids: string[] = [];
  for (let i = 0; ids.length < count; i++) if (packOf(`same-${i}`) === pack) ids.push(`same-${i}`);
  return ids;
};

describe('where a contact lives', () => {
  test("an id's pack never changes: stored notebooks depend on it", () => {
    expect(['ana', 'c1', '0b9e1c1e-5f0c-4a43-9a59-3c1f0f0f1a2b', ''].map(packOf)).toEqual([5, 25, 48, 5]);
  });

  test('10,000 random ids spread evenly over the packs', () => {
    const sizes = new Array<number>(PACKS).fill(0);
    for (let i = 0; i < 10_000; i++) sizes[packOf(crypto.randomUUID())]++;
    expect(Math.min(...sizes)).toBeGreaterThan(100);
    expect(Math.max(...sizes)).toBeLessThan(220);
  });

  test('10,000 contacts are written as at most 64 records', async () => {
    const db = connect();
    await db.contacts.bulkPut(syntheticContacts(10_000, 1_700_000_000_000));
    expect(await db.contactPacks.count()).toBeLessThanOrEqual(PACKS);
    expect(await db.contacts.count()).toBe(10_000);
  });
});

describe('two writers into one pack', () => {
  test('writes from two connections at once into the same pack all stay', async () => {
    const [a, b] = [connect(), connect()];
    const ids = idsInOnePack(40);
    await Promise.all(ids.map((id, i) => (i % 2 ? a : b).contacts.put(person(id))));
    expect((await a.contactPacks.get(7))!.contacts.map((c) => c.id).sort()).toEqual([...ids].sort());
    // Edits and deletes interleaved the same way: each lands, none undoes another.
    await Promise.all(ids.map((id, i) => (i % 3 === 0 ? b.contacts.delete(id) : a.contacts.update(id, { notes: `n${i}` }))));
    const left = await b.contacts.bulkGet(ids);
    ids.forEach((id, i) => expect(left[i]?.notes).toBe(i % 3 === 0 ? undefined : `n${i}`));
  });
});

describe("each context's copy of the notebook", () => {
  test("another connection's write is seen at the next read; a write that rolled back never is", async () => {
    const [popup, background] = [connect(), connect()];
    const ana = await addContact(popup, emptyContact({ name: 'Ana' }));
    expect((await background.contacts.toArray()).map((c) => c.name)).toEqual(['Ana']);
    await updateContact(popup, ana.id, { notes: 'moved to Lyon' });
    expect((await background.contacts.toArray())[0].notes).toBe('moved to Lyon');
    await expect(
      background.transaction('rw', background.contactPacks, async () => {
        await background.contacts.put({ ...ana, name: 'Half written' });
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect((await background.contacts.toArray()).map((c) => c.name)).toEqual(['Ana']);
    expect((await popup.contacts.toArray()).map((c) => c.name)).toEqual(['Ana']);
    await popup.contacts.clear();
    expect(await background.contacts.toArray()).toEqual([]);
  });

  test('callers asking at once share one read of the packs, and get the same copy', async () => {
    const db = connect();
    await db.contacts.bulkPut(syntheticContacts(500, 1_700_000_000_000));
    const packs = await db.contactPacks.count();
    let read = 0;
    db.contactPacks.hook('reading', (p) => (read++, p));
    const [x, y, z] = await Promise.all([db.contacts.toArray(), db.contacts.toArray(), listRecent(db, 20)]);
    expect(read).toBe(packs);
    expect(y).toBe(x);
    expect(z).toHaveLength(20);
    // The copy is shared: no caller can reorder it for the others.
    expect(() => (x as Contact[]).sort()).toThrow(TypeError);
  });
});

describe('damage and resets', () => {
  test('an import into a notebook holding a damaged entry and a damaged pack matches around them and keeps them', async () => {
    const db = connect();
    const ana = await addContact(db, emptyContact({ name: 'Ana', handles: [{ network: 'linkedin', handle: 'ana-g' }] }));
    await db.contacts.put({ id: 'bad-bare' } as never);
    const other = (packOf(ana.id) + 1) % PACKS;
    await db.contactPacks.put({ id: other, contacts: 'not a list' } as never);
    const csv =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,G,https://www.linkedin.com/in/ana-g,,Acme,CEO,01 Jan 2024\nBo,H,https://www.linkedin.com/in/bo-h,,,,01 Jan 2024\n';
    const summary = await applyImport(db, readImportText('Connections.csv', csv));
    expect([summary.created, summary.updated]).toEqual([1, 1]);
    const after = await readNotebook(db);
    expect(after.contacts.map((c) => c.name).sort()).toEqual(['Ana', 'Bo H']);
    expect(after.damaged).toBe(2);
  });

  test('a database deleted and made again is read afresh, though its counter starts over', async () => {
    const page = connect();
    await page.contacts.bulkPut([person('old1'), person('old2')]);
    expect(await page.contacts.count()).toBe(2);
    await Dexie.delete(name);
    const other = connect();
    await other.contacts.bulkPut([person('new1'), person('new2')]);
    other.close();
    expect((await page.contacts.toArray()).map((c) => c.id).sort()).toEqual(['new1', 'new2']);
  });

  test('a write from another connection makes the next read fetch only the packs it changed', async () => {
    const [popup, background] = [connect(), connect()];
    await popup.contacts.bulkPut(syntheticContacts(2000, 1_700_000_000_000));
    expect(await background.contacts.count()).toBe(2000);
    let read = 0;
    background.contactPacks.hook('reading', (p) => (read++, p));
    const [first] = await popup.contacts.toArray();
    await updateContact(popup, first.id, { notes: 'new note' });
    const after = await background.contacts.toArray();
    expect(read).toBe(1);
    expect(after.find((c) => c.id === first.id)?.notes).toBe('new note');
    expect(after).toHaveLength(2000);
  });
});

const person = (id: string): Contact => ({ ...syntheticContacts(1, 1)[0], id, name: id });

describe('stamps and rollbacks', () => {
  test('every write gives the packs it puts a new stamp, whatever path wrote them', async () => {
    const db = connect();
    const ana = await addContact(db, emptyContact({ name: 'Ana' }));
    const p = packOf(ana.id);
    const first = (await db.contactPacks.get(p))!.rev;
    await db.contactPacks.update(p, { contacts: [{ ...ana, notes: 'by hand' }] });
    const second = (await db.contactPacks.get(p))!.rev;
    await db.contactPacks.put({ ...(await db.contactPacks.get(p))!, rev: first });
    expect(new Set([first, second, (await db.contactPacks.get(p))!.rev]).size).toBe(3);
  });

  test('a read inside a write that rolls back never reaches the shared copy, even once the counter comes back', async () => {
    const [popup, background] = [connect(), connect()];
    const ana = await addContact(popup, emptyContact({ name: 'Ana' }));
    await popup.contacts.toArray();
    await expect(
      popup.transaction('rw', popup.contactPacks, popup.meta, async () => {
        await popup.contacts.put({ ...ana, name: 'Half written' });
        expect((await popup.contacts.toArray()).map((c) => c.name)).toEqual(['Half written']);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    // Another write brings the counter to the value the rolled-back transaction saw.
    await updateContact(background, ana.id, { notes: 'n' });
    expect((await popup.contacts.toArray()).map((c) => c.name)).toEqual(['Ana']);
  });

  test("a backup's contact takes the place of a damaged entry of the same id; other damage stays", async () => {
    const db = connect();
    await db.contacts.put({ id: 'back-1', name: 42 } as never);
    await db.contacts.put({ id: 'bad-2' } as never);
    const backup = JSON.stringify({ format: 'tact-notebook', version: 1, contacts: [{ ...emptyContact({ name: 'Ana' }), id: 'back-1' }] });
    await applyImport(db, readImportText('tact.json', backup));
    const after = await readNotebook(db);
    expect(after.contacts.map((c) => [c.id, c.name])).toEqual([['back-1', 'Ana']]);
    expect(after.damaged).toBe(1);
    expect((await db.contactPacks.get(packOf('back-1')))!.contacts.filter((c) => c?.id === 'back-1')).toHaveLength(1);
  });
});
