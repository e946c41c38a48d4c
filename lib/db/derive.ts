import { handleKey, normalizeHandle, urlKey, words } from './normalize';
import type { Contact, ContactInput } from './types';

const DAY = 86_400_000;

/** Index keys for one contact's handles: used both when saving and when matching imports. */
export function keysForHandles(handles: ContactInput['handles']): string[] {
  const keys = new Set<string>();
  for (const h of handles) {
    if (h.handle) keys.add(handleKey(h.network, h.handle));
    const u = h.profileUrl ? urlKey(h.profileUrl) : null;
    if (u) keys.add(u);
  }
  return [...keys];
}

/** Handle keys plus `mail:` keys, so a re-imported address book card finds the same person by email. */
export function matchKeysFor(c: Pick<ContactInput, 'handles' | 'emails'>): string[] {
  const keys = keysForHandles(c.handles);
  for (const e of c.emails ?? []) if (e.includes('@')) keys.push(`mail:${e.trim().toLowerCase()}`);
  return [...new Set(keys)];
}

/** Everything the popup search matches: name, handles, tags, notes, how we met, org, title (search-index.ts). */
export function searchWordsFor(c: ContactInput): string[] {
  const all = new Set<string>();
  const add = (text: string | undefined) => text && words(text).forEach((w) => all.add(w));
  add(c.name);
  add(c.howWeMet);
  add(c.notes);
  add(c.org);
  add(c.title);
  c.tags.forEach(add);
  for (const h of c.handles) {
    const n = normalizeHandle(h.handle);
    if (n) all.add(n); // whole handle too, so "ada.l" prefix-matches before the dot splits it
    add(h.handle);
  }
  return [...all];
}

export function dueAtFor(c: Pick<ContactInput, 'keepInTouchDays' | 'lastInteraction'>, createdAt: number): number | undefined {
  if (!c.keepInTouchDays || c.keepInTouchDays <= 0) return undefined;
  return (c.lastInteraction ?? createdAt) + c.keepInTouchDays * DAY;
}

/** Recompute the derived fields; every write goes through here so indexes never go stale. */
export function withDerived<T extends ContactInput & { createdAt: number }>(c: T): T & Pick<Contact, 'handleKeys' | 'dueAt'> {
  const handles = c.handles.map((h) => ({ ...h, handle: normalizeHandle(h.handle) }));
  const out = { ...c, handles, tags: normalizeTags(c.tags), handleKeys: matchKeysFor({ handles, emails: c.emails }) } as T &
    Pick<Contact, 'handleKeys' | 'dueAt'>;
  const due = dueAtFor(c, c.createdAt);
  if (due === undefined) delete out.dueAt;
  else out.dueAt = due;
  return out;
}

/** Tags are trimmed, lowercased, deduplicated: "Family" and "family " are one circle. */
export function normalizeTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}
