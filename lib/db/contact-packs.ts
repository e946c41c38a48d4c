// The contacts are stored packed: each IndexedDB record of the `contactPacks` store holds every contact whose id
// falls in its pack (about 1/64 of the notebook). Chromium's IndexedDB costs about 0.15-0.3 ms per record written
// whatever its size, so 10,000 contacts put one by one took 2.6-3.2 s, and the same contacts in 64 records about
// 0.1-0.2 s (issue 12's import budget is 2 s). What indexes did (by name, by date, by handle) is done in memory
// from one read of the packs (contacts.ts, notebook-copy.ts).
import Dexie from 'dexie';
import type { TactDb } from './schema';
import type { Contact } from './types';

/** How many packs the contacts are spread over. Never change it: it decides where each stored contact lives. */
export const PACKS = 64;

/** One record of the `contactPacks` store. */
export interface ContactPack {
  id: number;
  /** Contacts as stored: a record written by hand or by a broken build may not be one (record-shape.ts). */
  contacts: Contact[];
  /**
   * A random stamp each write gives the pack (indexed): a copy of the pack read with the same stamp is the same,
   * so a page's copy of the notebook re-reads only the packs a write changed (notebook-copy.ts).
   */
  rev: number;
}

/** A new pack stamp. Random rather than counted, so a pack deleted and written again never repeats one. */
export const newRev = (): number => Math.random();

/** The pack a contact id lives in: FNV-1a over the id's UTF-16 code units, so it is the same in every context. */
export function packOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % PACKS;
}

/**
 * A pack's entries. A pack that is not of its shape stays, whole, as one entry: every reader then counts it as a
 * damaged record (record-shape.ts) and a write to that pack keeps it rather than dropping what could be recovered.
 */
export function entriesOf(pack: unknown): Contact[] {
  if (pack === undefined) return [];
  const contacts = (pack as Partial<ContactPack> | null)?.contacts;
  return Array.isArray(contacts) ? contacts : [pack as Contact];
}

const idOf = (c: unknown): unknown => (typeof c === 'object' && c !== null ? (c as { id?: unknown }).id : undefined);

/** Every stored contact entry, damaged ones included, read in the calling transaction (or one of its own). */
export async function readEntries(db: TactDb): Promise<Contact[]> {
  return (await db.contactPacks.toArray()).flatMap(entriesOf);
}

/** The entries of some contacts, by id, in the order asked (undefined for none). */
export async function getEntries(db: TactDb, ids: readonly string[]): Promise<(Contact | undefined)[]> {
  const packIds = [...new Set(ids.map(packOf))];
  const packs = await db.contactPacks.bulkGet(packIds);
  const wanted = new Set<unknown>(ids);
  const byId = new Map<unknown, Contact>();
  for (const p of packs) for (const c of entriesOf(p)) if (wanted.has(idOf(c))) byId.set(idOf(c), c);
  return ids.map((id) => byId.get(id));
}

/**
 * Put and remove contacts in one read-modify-write of the packs they touch, inside the calling read-write
 * transaction (or one of its own), so two writers never lose each other's contacts: IndexedDB runs read-write
 * transactions over one store one after the other.
 */
export function writeEntries(db: TactDb, put: readonly Contact[], remove: readonly string[] = []): Promise<void> {
  return db.transaction('rw', db.contactPacks, async () => {
    const touched = new Map<number, { put: Map<string, Contact>; remove: Set<string> }>();
    const slot = (id: string) => {
      const p = packOf(id);
      let s = touched.get(p);
      if (!s) touched.set(p, (s = { put: new Map(), remove: new Set() }));
      return s;
    };
    for (const id of remove) slot(id).remove.add(id);
    for (const c of put) slot(c.id).put.set(c.id, c);
    if (!touched.size) return;
    const packIds = [...touched.keys()];
    const packs = await db.contactPacks.bulkGet(packIds);
    const next = packIds.flatMap((id, i): ContactPack[] => {
      const { put, remove } = touched.get(id)!;
      const before = entriesOf(packs[i]);
      const kept = before.filter((c) => {
        const cid = idOf(c) as string;
        return !put.has(cid) && !remove.has(cid);
      });
      // Removing only ids the pack does not hold changes nothing: no write, no new stamp.
      if (!put.size && kept.length === before.length) return [];
      return [{ id, contacts: [...kept, ...put.values()], rev: newRev() }];
    });
    if (next.length) await db.contactPacks.bulkPut(next);
  });
}

/** Whether the caller runs inside a transaction of this database that takes in the packs. */
export function inTransaction(db: TactDb): boolean {
  const trans = Dexie.currentTransaction;
  return !!trans && trans.db === db && trans.storeNames.includes('contactPacks');
}
