import { phrase, type Phrase } from '../i18n/phrase';
import { withDerived } from './derive';
import { isContactRecord } from './record-shape';
import { fold, handleKey, normalizeHandle, urlKey, words } from './normalize';
import type { TactDb } from './schema';
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
export type Keep = (c: Contact) => boolean;
const all: Keep = () => true;

/** Most recently talked-to first, then most recently added; what the popup shows before any search. */
export async function listRecent(db: TactDb, limit = 50, keep: Keep = all): Promise<Contact[]> {
  const talked = await db.contacts.orderBy('lastInteraction').reverse().filter(keep).limit(limit).toArray();
  if (talked.length >= limit) return talked;
  // Contacts never talked to have no lastInteraction and so are absent from that index.
  const rest = await db.contacts
    .orderBy('updatedAt')
    .reverse()
    .filter((c) => c.lastInteraction == null && keep(c))
    .limit(limit - talked.length)
    .toArray();
  return [...talked, ...rest];
}

/** The first `limit` contacts by name (the index orders by code unit; orderContacts then folds case). */
export function listByName(db: TactDb, limit = 50, keep: Keep = all): Promise<Contact[]> {
  return db.contacts.orderBy('name').filter(keep).limit(limit).toArray();
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
 * Prefix search over names, handles, tags, notes, org (the `searchWords` multiEntry index): every query word must
 * prefix some word of the contact. One word: the index alone, first `limit` hits. Several: the primary keys
 * of each word's range are intersected (index-only, no records read), so a query nobody matches costs key
 * scans rather than reading every candidate record.
 */
export async function searchContacts(db: TactDb, query: string, limit = 50, keep: Keep = all): Promise<Contact[]> {
  const raw = fold(query.trim());
  // A handle typed as such ("ana-g", "@sam.bsky"): the whole handle is also indexed as one word.
  if (raw && !/\s/.test(raw) && /[^\p{L}\p{N}]/u.test(raw)) {
    const whole = await db.contacts.where('searchWords').startsWith(normalizeHandle(raw)).distinct().filter(keep).limit(limit).toArray();
    if (whole.length) return whole;
  }
  const terms = [...new Set(words(query))].sort((a, b) => b.length - a.length);
  if (!terms.length) return listRecent(db, limit, keep);
  if (terms.length === 1) return db.contacts.where('searchWords').startsWith(terms[0]).distinct().filter(keep).limit(limit).toArray();
  let ids: Set<string> | null = null;
  for (const t of terms) {
    const keys = await db.contacts.where('searchWords').startsWith(t).primaryKeys();
    ids = new Set(ids ? keys.filter((k) => ids!.has(k)) : keys);
    if (!ids.size) return [];
  }
  const candidates = [...ids!];
  const found: Contact[] = [];
  // Read in pages so a filter that rejects most candidates does not read them all at once.
  for (let i = 0; i < candidates.length && found.length < limit; i += limit) {
    const page = await db.contacts.bulkGet(candidates.slice(i, i + limit));
    for (const c of page) if (c && keep(c) && found.length < limit) found.push(c);
  }
  return found;
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
