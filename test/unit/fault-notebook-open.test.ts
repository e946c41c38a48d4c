import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { PACKS, packOf } from '../../lib/db/contact-packs';
import { addContact, createDb, emptyContact, findByHandle, historyFor, recordCoachingEvent } from '../../lib/db';
import { notebookGate, NotebookUnavailable, watchNotebookOpen, type NotebookProblem } from '../../lib/db/notebook-health';
import { readNotebook } from '../../lib/db/readable-notebook';
import { isCoachingRecord, isContactRecord } from '../../lib/db/record-shape';
import { exportBackupJson } from '../../lib/import-export/export';
import { parseBackup } from '../../lib/import-export/tact-json';

/**
 * A raw connection at a later version, without a store Tact needs (so Tact must upgrade to add it back), that never
 * lets go: every open of Tact's schema after it is blocked.
 */
async function holdAtLaterVersion(name: string): Promise<IDBDatabase> {
  const db = createDb(name);
  await db.open();
  const version = db.backendDB().version + 10;
  db.close();
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => req.result.deleteObjectStore('imports');
    req.onsuccess = () => {
      req.result.onversionchange = () => undefined;
      resolve(req.result);
    };
    req.onerror = () => reject(req.error);
  });
}

describe('a notebook that will not open', () => {
  test('the background gate fails a look-up after the wait, then at once, and lets it through once the holder goes', async () => {
    const name = 'fault-open-gate';
    const holder = await holdAtLaterVersion(name);
    const db = createDb(name);
    // The second look-up must not wait the whole patience again. Its own short wait (50 ms) is compared with
    // the patience, not with a fixed bound: on a loaded machine a 50 ms timer has fired after 600 ms.
    const patience = 1000;
    const ready = notebookGate(db, patience);
    const t0 = Date.now();
    await expect(ready()).rejects.toBeInstanceOf(NotebookUnavailable);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(patience - 10);
    const t1 = Date.now();
    await expect(ready()).rejects.toThrow('The notebook is not opening.');
    expect(Date.now() - t1).toBeLessThan(patience);
    holder.close();
    await expect
      .poll(() =>
        ready().then(
          () => 'open',
          () => 'stuck',
        ),
      )
      .toBe('open');
    db.close();
  });

  test('the popup hears "stuck" after its patience, then null once the open completes', async () => {
    const name = 'fault-open-watch';
    const holder = await holdAtLaterVersion(name);
    const seen: (NotebookProblem | null)[] = [];
    const db = createDb(name);
    watchNotebookOpen(db, 50, (p) => seen.push(p));
    await expect.poll(() => seen.length).toBe(1);
    holder.close();
    await expect.poll(() => seen).toEqual([{ kind: 'stuck' }, null]);
    db.close();
  });

  test('an open the browser refuses is "failed", with its reason', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('Internal error opening backing store', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const db = new Dexie('fault-open-refused', { indexedDB: refusing, IDBKeyRange });
    const problem = await new Promise<NotebookProblem | null>((resolve) => watchNotebookOpen(db, 1000, resolve));
    expect(problem).toEqual({ kind: 'failed', error: expect.stringMatching(/InvalidStateError: Internal error opening backing store/) });
    await expect(notebookGate(db, 1000)()).rejects.toThrow(/cannot be opened: InvalidStateError/);
  });
});

describe('records of the wrong shape', () => {
  const good = { ...emptyContact({ name: 'Ana' }), id: 'a', createdAt: 1, updatedAt: 1, searchWords: ['ana'], handleKeys: ['x:ana'] };
  test.each([
    ['a number for a name', { ...good, name: 42 }],
    ['a string for circles', { ...good, tags: 'family' }],
    ['an unknown relationship', { ...good, relationship: 'best-friend' }],
    ['handles that are not a list', { ...good, handles: 'ana' }],
    ['a bare id', { id: 'b' }],
    ['no id', { ...good, id: '' }],
  ])('%s is not a contact', (_, record) => expect(isContactRecord(record)).toBe(false));

  test('what Tact writes is a contact and a coaching event', async () => {
    const db = createDb('fault-shape-1');
    const c = await addContact(db, emptyContact({ name: 'Ana', handles: [{ network: 'x', handle: 'ana' }] }));
    await recordCoachingEvent(db, { contactId: c.id, network: 'x', at: 5, level: 'flip', categories: ['promo-codes'], action: 'edited' });
    expect(isContactRecord(await db.contacts.get(c.id))).toBe(true);
    expect((await db.coaching.toArray()).every(isCoachingRecord)).toBe(true);
  });

  test('look-ups and history skip them; the backup leaves them out, counts them, and restores', async () => {
    const db = createDb('fault-shape-2');
    const ana = await addContact(db, emptyContact({ name: 'Ana', handles: [{ network: 'x', handle: 'ana' }] }));
    // A damaged record holding Ana's account key, found first by the index (its id sorts before hers).
    await db.contacts.put({ id: '0-bad', name: 7, handleKeys: ['x:ana'] } as never);
    await db.coaching.add({ contactId: ana.id, at: 'yesterday' } as never);
    await recordCoachingEvent(db, { contactId: ana.id, network: 'x', at: 5, level: 'ok', categories: [], action: 'edited' });
    expect((await findByHandle(db, { network: 'x', handle: 'ana' }))?.id).toBe(ana.id);
    expect((await historyFor(db, ana.id)).map((e) => e.at)).toEqual([5]);
    const readable = await readNotebook(db);
    expect([readable.contacts.length, readable.coaching.length, readable.damaged]).toEqual([1, 1, 2]);
    expect(parseBackup(await exportBackupJson(db)).records.map((r) => r.name)).toEqual(['Ana']);
  });

  test('a damaged pack counts as one damaged record, and a write into it keeps it', async () => {
    const db = createDb('fault-shape-3');
    const ana = await addContact(db, emptyContact({ name: 'Ana' }));
    const other = (packOf(ana.id) + 1) % PACKS;
    await db.contactPacks.put({ id: other, contacts: 'not a list' } as never);
    expect((await readNotebook(db)).damaged).toBe(1);
    let id = 0;
    while (packOf(`b${id}`) !== other) id++;
    await db.contacts.put({ ...ana, id: `b${id}`, name: 'Bea' });
    const readable = await readNotebook(db);
    expect(readable.contacts.map((c) => c.name).sort()).toEqual(['Ana', 'Bea']);
    expect(readable.damaged).toBe(1);
    expect((await db.contactPacks.get(other))?.contacts).toContainEqual(expect.objectContaining({ id: other, contacts: 'not a list' }));
  });
});
