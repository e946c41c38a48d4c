import { phrase, type Phrase } from '../i18n/phrase';
import { withDerived } from './derive';
import { byIdThen, byKeyOf, byNameOf, readableOf } from './contact-lookups';
import { recentFirst } from './order';
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
  await db.contacts.put(contact);
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
  return db.transaction('rw', db.contactPacks, async () => {
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
  return db.transaction('rw', db.contactPacks, db.coaching, async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return null;
    const history = await db.coaching.where('contactId').equals(id).toArray();
    await db.coaching.where('contactId').equals(id).delete();
    await db.contacts.delete(id);
    return { contact, history };
  });
}

export async function restoreContact(db: TactDb, deleted: DeletedContact): Promise<void> {
  await db.transaction('rw', db.contactPacks, db.coaching, async () => {
    await db.contacts.put(deleted.contact);
    await db.coaching.bulkPut(deleted.history);
  });
}

/** An optional extra condition on lists and searches (the popup's relationship filter). */
export type { Keep };
const all: Keep = () => true;

/**
 * Most recently talked-to first, then most recently added; what the popup shows before any search. Entries that
 * are not contacts (record-shape.ts) come last, so the view can count and report them.
 */
export async function listRecent(db: TactDb, limit = 50, keep?: Keep): Promise<Contact[]> {
  const { good, damaged } = readableOf(await db.contacts.toArray());
  return [...recentFirst(good, limit, keep), ...damaged];
}

/** The first `limit` contacts by name (code unit order, as the index had it; orderContacts then folds case). */
export async function listByName(db: TactDb, limit = 50, keep?: Keep): Promise<Contact[]> {
  const all = await db.contacts.toArray();
  const sorted = byNameOf(all);
  const { damaged } = readableOf(all);
  return [...(keep ? sorted.filter(keep) : sorted).slice(0, limit), ...damaged];
}

export async function countContacts(db: TactDb): Promise<number> {
  return (await db.contacts.toArray()).length;
}

const dueBefore = (now: number) => (c: Contact) => typeof c?.dueAt === 'number' && c.dueAt < now;

/** How many contacts' keep-in-touch interval has passed (for the toolbar badge). */
export async function countDue(db: TactDb, now = Date.now()): Promise<number> {
  return (await db.contacts.toArray()).filter(dueBefore(now)).length;
}

/** Contacts whose keep-in-touch interval has passed, most overdue first. */
export async function listDue(db: TactDb, now = Date.now(), limit = 20): Promise<Contact[]> {
  const due = (await db.contacts.toArray()).filter(dueBefore(now));
  return due.sort((a, b) => a.dueAt! - b.dueAt! || byIdThen(a, b)).slice(0, limit);
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
  // A damaged record holding the same key is passed over: the coach gets a readable contact or none. The handle
  // is asked before the profile URL; of two people holding one key, the lowest id answers, as the index gave.
  const byKey = byKeyOf(await db.contacts.toArray());
  return keys.flatMap((k) => byKey.get(k) ?? [])[0];
}

/** Wipe everything Tact stored in the notebook. */
export async function wipeAll(db: TactDb): Promise<void> {
  await db.transaction('rw', [db.contactPacks, db.coaching, db.sendOutcomes, db.sendFingerprints, db.imports], async () => {
    await db.contacts.clear();
    await db.coaching.clear();
    await db.sendOutcomes.clear();
    await db.sendFingerprints.clear();
    await db.imports.clear();
  });
}
