import { phrase, type Phrase } from '../i18n/phrase';
import { withDerived } from './derive';
import { isContactRecord } from './record-shape';
import { handleKey, urlKey } from './normalize';
import type { TactDb } from './schema';
import { SearchIndex, type Keep } from './search-index';
import type { CoachingEvent, Contact, ContactInput } from './types';

export function newId(): string {
  return crypto.randomUUID();
}

/** A contact with every field blank, so callers name only what they know (a form's prefill, a test's case). */
export function emptyContact(prefill: Partial<ContactInput> = {}): ContactInput {
  return {
    name: '',
    handles: [],
    relationship: 'social',
    tags: [],
    howWeMet: '',
    notes: '',
    keepInTouchDays: null,
    lastInteraction: null,
    ...prefill,
  };
}

export function validateInput(c: ContactInput): void {
  if (!c.name.trim()) throw new Error('A contact needs a name.');
  if (!['social', 'market', 'hybrid'].includes(c.relationship)) throw new Error(`Unknown relationship "${c.relationship}".`);
  if (c.keepInTouchDays !== null && !(c.keepInTouchDays > 0 && c.keepInTouchDays <= 3650)) {
    throw new Error('Keep-in-touch interval must be between 1 and 3650 days.');
  }
}

export async function addContact(db: TactDb, input: ContactInput, now = Date.now()): Promise<Contact> {
  validateInput(input);
  const contact = withDerived({ ...input, name: input.name.trim(), id: newId(), createdAt: now, updatedAt: now, handEditedAt: now });
  await db.contacts.add(contact);
  return contact;
}

/** An edit made on a copy that another window (or the background) has changed since: refused, never overwritten. */
export class StaleWriteError extends Error {
  override name = 'StaleWriteError';
  /** What the user reads (locales: errors.staleWrite); the English message says the same, for callers without a translator. */
  readonly phrase: Phrase;
  constructor(readonly latest: Contact) {
    super(
      `${latest.name} was changed in another window after you started editing. Your changes were not saved, so that edit is not lost; load the latest version and make your changes again.`,
    );
    this.phrase = phrase('errors.staleWrite', latest.name);
  }
}

/**
 * Save an edit. `basedOn` is the `updatedAt` of the copy the edit started from: checked inside the write
 * transaction, so of two windows editing one contact the second to save is told instead of overwriting.
 */
export async function updateContact(
  db: TactDb,
  id: string,
  changes: Partial<ContactInput>,
  now = Date.now(),
  basedOn?: number,
): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const old = await db.contacts.get(id);
    if (!old) throw new Error('That contact no longer exists.');
    if (basedOn !== undefined && old.updatedAt !== basedOn) throw new StaleWriteError(old);
    // "Last talked" moves forward only: the coach records a conversation without touching updatedAt, so an edit
    // begun before it (the editor passes the date through from its copy) must not take it back.
    const talked = Math.max(old.lastInteraction ?? -Infinity, changes.lastInteraction ?? -Infinity);
    const next = { ...old, ...changes, lastInteraction: Number.isFinite(talked) ? talked : null, updatedAt: now, handEditedAt: now };
    validateInput(next);
    const saved = withDerived(next);
    await db.contacts.put(saved);
    return saved;
  });
}

export function getContact(db: TactDb, id: string): Promise<Contact | undefined> {
  return db.contacts.get(id);
}

/** What a delete removed, so the popup can undo it for a few seconds. */
export interface DeletedContact {
  contact: Contact;
  history: CoachingEvent[];
}

export async function deleteContact(db: TactDb, id: string): Promise<DeletedContact | null> {
  return db.transaction('rw', db.contacts, db.coaching, async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return null;
    const history = await db.coaching.where('contactId').equals(id).toArray();
    await db.coaching.where('contactId').equals(id).delete();
    await db.contacts.delete(id);
    return { contact, history };
  });
}

export async function restoreContact(db: TactDb, deleted: DeletedContact): Promise<void> {
  await db.transaction('rw', db.contacts, db.coaching, async () => {
    await db.contacts.put(deleted.contact);
    await db.coaching.bulkPut(deleted.history);
  });
}

/** An optional extra condition on lists and searches (the popup's relationship filter). */
export type { Keep };
const all: Keep = () => true;

/** Most recently talked-to first, then most recently added; what the popup shows before any search. */
export async function listRecent(db: TactDb, limit = 50, keep?: Keep): Promise<Contact[]> {
  // Without a filter the read is one getAll of `limit` records; a filter makes it a cursor, a round trip per record.
  const recent = db.contacts.orderBy('lastInteraction').reverse();
  const talked = await (keep ? recent.filter(keep) : recent).limit(limit).toArray();
  if (talked.length >= limit) return talked;
  // Contacts never talked to have no lastInteraction and so are absent from that index.
  const rest = await db.contacts
    .orderBy('updatedAt')
    .reverse()
    .filter((c) => c.lastInteraction == null && (!keep || keep(c)))
    .limit(limit - talked.length)
    .toArray();
  return [...talked, ...rest];
}

/** The first `limit` contacts by name (the index orders by code unit; orderContacts then folds case). */
export function listByName(db: TactDb, limit = 50, keep?: Keep): Promise<Contact[]> {
  const byName = db.contacts.orderBy('name');
  return (keep ? byName.filter(keep) : byName).limit(limit).toArray();
}

export function countContacts(db: TactDb): Promise<number> {
  return db.contacts.count();
}

/** How many contacts' keep-in-touch interval has passed (an index-only count, for the toolbar badge). */
export function countDue(db: TactDb, now = Date.now()): Promise<number> {
  return db.contacts.where('dueAt').below(now).count();
}

/** Contacts whose keep-in-touch interval has passed, most overdue first. */
export function listDue(db: TactDb, now = Date.now(), limit = 20): Promise<Contact[]> {
  return db.contacts.where('dueAt').below(now).limit(limit).toArray();
}

/**
 * A one-off search: reads the whole notebook into a SearchIndex (search-index.ts has the rules). The popup
 * keeps one index live instead (live-search.ts); this serves tests and one-shot callers.
 */
export async function searchContacts(db: TactDb, query: string, limit = 50, keep: Keep = all): Promise<Contact[]> {
  const found = new SearchIndex((await db.contacts.toArray()).filter(isContactRecord)).search(query, limit, keep);
  return found ?? listRecent(db, limit, keep === all ? undefined : keep);
}

/** The contact with this handle or profile URL on a network, if any. */
export async function findByHandle(db: TactDb, q: { network: string; handle?: string; profileUrl?: string }): Promise<Contact | undefined> {
  const keys: string[] = [];
  if (q.handle) keys.push(handleKey(q.network, q.handle));
  const u = q.profileUrl ? urlKey(q.profileUrl) : null;
  if (u) keys.push(u);
  if (!keys.length) return undefined;
  // A damaged record holding the same key is passed over: the coach gets a readable contact or none.
  return db.contacts.where('handleKeys').anyOf(keys).filter(isContactRecord).first();
}

/** Wipe everything Tact stored in the notebook. */
export async function wipeAll(db: TactDb): Promise<void> {
  await db.transaction('rw', [db.contacts, db.coaching, db.sendOutcomes, db.sendFingerprints, db.imports], async () => {
    await db.contacts.clear();
    await db.coaching.clear();
    await db.sendOutcomes.clear();
    await db.sendFingerprints.clear();
    await db.imports.clear();
  });
}
