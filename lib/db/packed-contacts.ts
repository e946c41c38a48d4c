// The contacts as callers use them: the calls a Dexie table had (get, put, bulkPut, delete, toArray...), over the
// packs of contact-packs.ts. Each runs in the calling transaction when there is one; a write without one gets its
// own. Reads outside a transaction share one copy of the whole notebook per page or worker, read again only when
// the contacts' change counter has moved (contacts-version.ts), so the popup's list, count and search and the
// background's look-ups by handle cost one read of the packs between two writes.
import Dexie from 'dexie';
import { contactsVersion } from './contacts-version';
import { getEntries, inTransaction, readEntries, writeEntries } from './contact-packs';
import type { TactDb } from './schema';
import type { Contact } from './types';

export interface PackedContacts {
  get(id: string): Promise<Contact | undefined>;
  bulkGet(ids: readonly string[]): Promise<(Contact | undefined)[]>;
  put(contact: Contact): Promise<void>;
  bulkPut(contacts: readonly Contact[]): Promise<void>;
  /** Changes some fields of a stored contact; 0 when there is no such contact, as Dexie's `update`. */
  update(id: string, changes: Partial<Contact>): Promise<number>;
  delete(id: string): Promise<void>;
  bulkDelete(ids: readonly string[]): Promise<void>;
  clear(): Promise<void>;
  /** Every stored entry, damaged ones included (callers skip them: record-shape.ts). Never modify the array. */
  toArray(): Promise<readonly Contact[]>;
  count(): Promise<number>;
}

interface Shared {
  version: number;
  rows: readonly Contact[];
}
const shared = new WeakMap<TactDb, Shared>();
/** The read under way in this page, if any: the list, the count and the due list ask at once when the popup opens. */
const reading = new WeakMap<TactDb, Promise<unknown>>();

/** The whole notebook: the page's shared copy if no contact changed since it was read. */
async function allEntries(db: TactDb): Promise<readonly Contact[]> {
  // Inside a transaction the counter may be uncommitted (a write that could still roll back): read as it is.
  if (inTransaction()) return readEntries(db);
  // One read at a time, so callers arriving together share one read of the packs. Dexie.waitFor keeps a live
  // query's observation going across the wait.
  for (let r = reading.get(db); r; r = reading.get(db)) await Dexie.waitFor(r.catch(() => undefined));
  const read = db.transaction('r', db.contactPacks, db.meta, async () => {
    const version = await contactsVersion(db);
    const kept = shared.get(db);
    if (kept?.version === version) return kept.rows;
    const rows = Object.freeze(await readEntries(db));
    shared.set(db, { version, rows });
    return rows;
  });
  reading.set(db, read);
  try {
    return await read;
  } finally {
    if (reading.get(db) === read) reading.delete(db);
  }
}

export function packedContacts(db: TactDb): PackedContacts {
  return {
    get: async (id) => (await getEntries(db, [id]))[0],
    bulkGet: (ids) => getEntries(db, ids),
    put: (c) => writeEntries(db, [c]),
    bulkPut: (cs) => writeEntries(db, cs),
    update: (id, changes) =>
      db.transaction('rw', db.contactPacks, async () => {
        const [old] = await getEntries(db, [id]);
        if (!old) return 0;
        await writeEntries(db, [{ ...old, ...changes }]);
        return 1;
      }),
    delete: (id) => writeEntries(db, [], [id]),
    bulkDelete: (ids) => writeEntries(db, [], ids),
    clear: () => db.contactPacks.clear(),
    toArray: () => allEntries(db),
    count: async () => (await allEntries(db)).length,
  };
}
