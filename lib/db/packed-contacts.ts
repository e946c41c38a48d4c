// The contacts as callers use them: the calls a Dexie table had (get, put, bulkPut, delete, toArray...), over the
// packs of contact-packs.ts. Each runs in the calling transaction when there is one; a write without one gets its
// own. Reads outside a transaction share one copy of the whole notebook per page or worker (notebook-copy.ts).
import { getEntries, inTransaction, readEntries, writeEntries } from './contact-packs';
import { sharedEntries } from './notebook-copy';
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

/** The whole notebook: inside a transaction as it reads there (it may hold uncommitted writes), else the shared copy. */
const allEntries = (db: TactDb): Promise<readonly Contact[]> => (inTransaction(db) ? readEntries(db) : sharedEntries(db));

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
