// Each page and the background keep one copy of the whole notebook, shared by every read made outside a
// transaction (the list, the count, the due list, the coach's look-ups). It is checked against the contacts'
// change counter (contacts-version.ts) at each read; when the counter has moved, only the packs whose stamp
// changed are read again (contact-packs.ts), so a coaching record or an edit costs one pack, not the notebook.
import { contactsVersion } from './contacts-version';
import { entriesOf } from './contact-packs';
import type { TactDb } from './schema';
import type { Contact } from './types';

interface PackCopy {
  rev: unknown;
  entries: Contact[];
}

interface Copy {
  /** The connection it was read through: a database deleted and made again starts its counter afresh. */
  idb: IDBDatabase;
  version: number;
  packs: Map<number, PackCopy>;
  rows: readonly Contact[];
}

const copies = new WeakMap<TactDb, Copy>();
/** The read under way in this page, if any: the list, the count and the due list ask at once when the popup opens. */
const reading = new WeakMap<TactDb, Promise<unknown>>();

/** The whole notebook, damaged entries included, as this page's shared copy (frozen: never modify it). */
export async function sharedEntries(db: TactDb): Promise<readonly Contact[]> {
  // One read at a time, so callers arriving together share one. The wait is on a Dexie promise, so a live
  // query's observation carries on across it.
  for (let r = reading.get(db); r; r = reading.get(db)) await r.catch(() => undefined);
  const read = db.transaction('r', db.contactPacks, db.meta, () => refreshed(db));
  reading.set(db, read);
  try {
    const copy = await read;
    copies.set(db, copy);
    return copy.rows;
  } finally {
    if (reading.get(db) === read) reading.delete(db);
  }
}

/** The copy brought up to date inside one read-only transaction: the counter, the stamps and the packs agree. */
async function refreshed(db: TactDb): Promise<Copy> {
  const version = await contactsVersion(db);
  const idb = db.backendDB();
  const kept = copies.get(db);
  if (kept?.idb === idb && kept.version === version) return kept;
  const old = kept?.idb === idb ? kept.packs : new Map<number, PackCopy>();
  const byRev = db.contactPacks.orderBy('rev');
  const [ids, revs, revIds] = await Promise.all([db.contactPacks.toCollection().primaryKeys(), byRev.keys(), byRev.primaryKeys()]);
  const revOf = new Map(revIds.map((id, i) => [id, revs[i]]));
  // A pack without a stamp (written by hand, damaged) is read every time: nothing says it is unchanged.
  const stale = ids.filter((id) => !revOf.has(id) || old.get(id)?.rev !== revOf.get(id));
  const fresh = await db.contactPacks.bulkGet(stale);
  const packs = new Map(ids.map((id) => [id, old.get(id)!]));
  stale.forEach((id, i) => packs.set(id, { rev: revOf.get(id), entries: entriesOf(fresh[i]) }));
  const rows = Object.freeze([...packs.values()].flatMap((p) => p.entries));
  return { idb, version, packs, rows };
}
