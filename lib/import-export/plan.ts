// Decide, per imported person, create / update / skip, without writing. The preview's plan is the one written,
// unless a contact changed in between: then it runs again inside the write transaction and the fresh plan
// wins (run-import.ts, contacts-version.ts).
import { matchKeysFor, withDerived } from '../db/derive';
import { newId } from '../db/contacts';
import { mergeContacts } from '../db/merge';
import type { Contact, ContactInput } from '../db/types';
import { phrase } from '../i18n/phrase';
import type { ImportRecord, ParsedFile, Skipped } from './record';
import { sourceWords } from './source';

export interface ImportPlan {
  format: ParsedFile['format'];
  create: Contact[];
  update: Contact[];
  skipped: Skipped[];
  /** Records kept with the contact id they map to, for the coaching history of a backup. */
  mapped: { record: ImportRecord; contactId: string }[];
}

const union = <T>(a: T[] = [], b: T[] = []) => [...new Set([...a, ...b])];

function merged(old: Contact, r: ImportRecord, restore: boolean): ContactInput {
  if (restore) {
    // A backup restores the person as they were saved: the file wins, field by field.
    return {
      name: r.name,
      handles: r.handles,
      relationship: r.relationship ?? old.relationship,
      tags: r.tags,
      howWeMet: r.howWeMet ?? '',
      notes: r.notes ?? '',
      keepInTouchDays: r.keepInTouchDays ?? null,
      lastInteraction: r.lastInteraction ?? old.lastInteraction,
      emails: r.emails,
      phones: r.phones,
      org: r.org,
      title: r.title,
    };
  }
  // Other sources add what is new; the user's own relationship, name and notes are never overwritten.
  const known = new Set(matchKeysFor({ handles: old.handles }));
  const handles = [...old.handles, ...r.handles.filter((h) => !matchKeysFor({ handles: [h] }).some((k) => known.has(k)))];
  return {
    ...old,
    handles,
    tags: union(
      old.tags,
      r.tags.map((t) => t.toLowerCase()),
    ),
    emails: union(old.emails, r.emails),
    phones: union(old.phones, r.phones),
    org: r.org ?? old.org,
    title: r.title ?? old.title,
    howWeMet: old.howWeMet || r.howWeMet || '',
    notes: old.notes || r.notes || '',
  };
}

const comparable = (c: ContactInput) =>
  JSON.stringify([
    c.name,
    c.handles.map((h) => [h.network, h.handle.toLowerCase().replace(/^@/, ''), h.profileUrl ?? '']),
    c.relationship,
    c.tags,
    c.howWeMet,
    c.notes,
    c.keepInTouchDays,
    c.lastInteraction,
    c.emails ?? [],
    c.phones ?? [],
    c.org ?? '',
    c.title ?? '',
  ]);

function inputFrom(r: ImportRecord): ContactInput {
  return {
    name: r.name,
    handles: r.handles,
    relationship: r.relationship ?? 'hybrid',
    tags: r.tags,
    howWeMet: r.howWeMet ?? '',
    notes: r.notes ?? '',
    keepInTouchDays: r.keepInTouchDays ?? null,
    lastInteraction: r.lastInteraction ?? null,
    emails: r.emails,
    phones: r.phones,
    ...(r.org ? { org: r.org } : {}),
    ...(r.title ? { title: r.title } : {}),
  };
}

/** Record source ("row 12") → id of the notebook contact the user chose to merge it into (import preview). */
export type MergeChoices = Readonly<Record<string, string>>;

export function planImport(file: ParsedFile, existing: Contact[], now = Date.now(), mergeInto: MergeChoices = {}): ImportPlan {
  const restore = file.format === 'tact-json';
  const byId = new Map(existing.map((c) => [c.id, c]));
  const byKey = new Map<string, Contact>();
  for (const c of existing) for (const k of c.handleKeys) byKey.set(k, c);
  const plan: ImportPlan = { format: file.format, create: [], update: [], skipped: [...file.skipped], mapped: [] };
  const seen = new Map<string, string>();
  const touched = new Map<string, Contact>();
  for (const r of file.records) {
    const keys = [...(r.id ? [`id:${r.id}`] : []), ...matchKeysFor(r)];
    const dup = keys.map((k) => seen.get(k)).find(Boolean);
    if (dup) {
      plan.skipped.push({ source: r.source, reason: phrase('importer.skip.samePerson', sourceWords(dup)) });
      continue;
    }
    keys.forEach((k) => seen.set(k, r.source));
    const chosen = mergeInto[r.source] ? byId.get(mergeInto[r.source]) : undefined;
    const match = chosen || (r.id && byId.get(r.id)) || keys.map((k) => byKey.get(k)).find(Boolean);
    if (match) {
      const base = touched.get(match.id) ?? match;
      // A merge the user chose keeps everything of both; a matched account adds what is new (see merged).
      const next = chosen ? mergeContacts(base, inputFrom(r)) : merged(base, r, restore);
      if (comparable(next) === comparable(base)) {
        plan.skipped.push({ source: r.source, reason: phrase('importer.skip.upToDate') });
        plan.mapped.push({ record: r, contactId: match.id });
        continue;
      }
      const saved = withDerived({ ...base, ...next, id: match.id, createdAt: match.createdAt, updatedAt: now });
      if (!touched.has(match.id)) plan.update.push(saved);
      else plan.update[plan.update.findIndex((c) => c.id === match.id)] = saved;
      touched.set(match.id, saved);
      plan.mapped.push({ record: r, contactId: match.id });
      continue;
    }
    // One object, filled in place: spreading the input into a second one, then a third in withDerived, made
    // planning 10,000 new people about 4 times slower (objects of varying shape take V8's slow copy).
    const fresh: ContactInput & Pick<Contact, 'id' | 'createdAt' | 'updatedAt' | 'handEditedAt'> = inputFrom(r) as never;
    fresh.id = restore && r.id ? r.id : newId();
    fresh.createdAt = r.createdAt ?? now;
    fresh.updatedAt = now;
    // A contact a backup brings back was chosen by hand now: an older edit time would let a deletion
    // already synced from another computer remove it again (lib/sync/notebook-map.ts).
    if (r.handEditedAt) fresh.handEditedAt = now;
    plan.create.push(withDerived(fresh));
    plan.mapped.push({ record: r, contactId: fresh.id });
  }
  return plan;
}
