import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { newRev, packOf, type ContactPack } from './contact-packs';
import { contactsVersionMiddleware } from './contacts-version';
import { withDerived } from './derive';
import { packedContacts, type PackedContacts } from './packed-contacts';
import type { CoachingEvent, Contact, ImportMark, SendFingerprint, SendOutcome } from './types';

export type TactDb = Dexie & {
  /** The contacts, kept in `contactPacks` (contact-packs.ts); a Dexie table of their own before version 5. */
  contacts: PackedContacts;
  contactPacks: EntityTable<ContactPack, 'id'>;
  coaching: EntityTable<CoachingEvent, 'id'>;
  sendOutcomes: EntityTable<SendOutcome, 'id'>;
  sendFingerprints: EntityTable<SendFingerprint, 'id'>;
  imports: EntityTable<ImportMark, 'startedAt'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/** Small named values kept beside the notebook (the contacts' change counter). */
export interface MetaRow {
  key: string;
  value: number;
}

export const DB_NAME = 'tact-notebook';

/**
 * Every schema the database has had, oldest first. Never edit a shipped version: add the next one with an
 * upgrade function, so a user's notebook survives the update (test/unit/db-migration.test.ts).
 */
const versions: { stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<unknown> }[] = [
  // v1: contacts with their handles nested; search scanned names.
  {
    stores: {
      contacts: 'id, name, relationship, *tags, lastInteraction',
      coaching: '++id, contactId, [contactId+at]',
    },
  },
  // v2: normalized search words and handle keys as multiEntry indexes (prefix search, import matching),
  // and a due date index for "due to reconnect".
  {
    stores: {
      contacts: 'id, name, relationship, *tags, lastInteraction, *searchWords, *handleKeys, dueAt, updatedAt',
    },
    upgrade: (tx) =>
      tx
        .table('contacts')
        .toCollection()
        .modify((c: Contact) => {
          Object.assign(c, withDerived({ ...c, updatedAt: c.updatedAt ?? c.createdAt ?? Date.now() }));
        }),
  },
  // v3 (issue 10): what became of paused sends (the Impact view), and the fingerprints of sent
  // messages (copy-paste outreach). New tables only: nothing to upgrade.
  {
    stores: {
      sendOutcomes: '++id, at, network, outcome',
      sendFingerprints: '++id, at, recipientKey',
    },
  },
  // v4 (issue 12): search runs in memory (search-index.ts), so the `searchWords` multiEntry index goes with
  // the words stored for it, and so do the unused `relationship` and `tags` indexes: an import of 10,000
  // people wrote about 176,000 index rows, now about 50,000. The `meta` table holds the contacts' change
  // counter (contacts-version.ts). `imports` holds a mark per finished import, written in the import's
  // transaction, so a worker stopped between that commit and the journal's "done" cannot make the
  // journal say nothing was written. Every record is kept; only the derived words are removed.
  {
    stores: {
      contacts: 'id, name, lastInteraction, *handleKeys, dueAt, updatedAt',
      meta: 'key',
      imports: 'startedAt',
    },
    upgrade: (tx) =>
      tx
        .table('contacts')
        .toCollection()
        .modify((c: Contact & { searchWords?: unknown }) => {
          delete c.searchWords;
        }),
  },
  // v5 (issue 12): the contacts move into 64 packs (contact-packs.ts), so that an import of 10,000 people writes
  // 64 records instead of 10,000; the indexes go with their store (what they answered is done in memory).
  // Every record is kept as it was, damaged ones included.
  {
    stores: { contacts: null as unknown as string, contactPacks: 'id, rev' },
    upgrade: async (tx) => {
      const packs = new Map<number, ContactPack>();
      for (const c of await tx.table('contacts').toArray()) {
        const id = packOf(typeof c?.id === 'string' ? c.id : '');
        const pack = packs.get(id) ?? { id, contacts: [], rev: newRev() };
        pack.contacts.push(c);
        packs.set(id, pack);
      }
      await tx.table('contactPacks').bulkPut([...packs.values()]);
    },
  },
];

export const LATEST_VERSION = versions.length;

/** Open the notebook; `upTo` exists so the migration test can write a version-1 database first. */
export function createDb(name = DB_NAME, upTo = LATEST_VERSION): TactDb {
  const db = new Dexie(name) as TactDb;
  versions.slice(0, upTo).forEach((v, i) => {
    const version = db.version(i + 1).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  });
  db.use(contactsVersionMiddleware);
  if (upTo >= 5) db.contacts = packedContacts(db);
  return db;
}

let shared: TactDb | undefined;

/** The one database instance of this extension page or worker. */
export function getDb(): TactDb {
  shared ??= createDb();
  return shared;
}
