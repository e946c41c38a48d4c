// The order the popup's list shows people in. Pure, so the rule is tested apart from the database.
import type { Contact } from './types';

/** 'due': due to reconnect, then most recently talked to, then never talked to by name. 'name': A–Z. */
export type ListOrder = 'due' | 'name';

// One collator: localeCompare with options builds one (and loads ICU's locale data) at every comparison.
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const byName = (a: Pick<Contact, 'name'>, b: Pick<Contact, 'name'>) => collator.compare(a.name, b.name);

export function orderContacts<C extends Pick<Contact, 'name' | 'lastInteraction' | 'dueAt'>>(
  contacts: readonly C[],
  order: ListOrder,
  now: number,
): C[] {
  if (order === 'name') return [...contacts].sort(byName);
  const due = (c: C) => c.dueAt !== undefined && c.dueAt < now;
  return [...contacts].sort(
    (a, b) =>
      Number(due(b)) - Number(due(a)) ||
      (due(a) && due(b) ? a.dueAt! - b.dueAt! : 0) ||
      (b.lastInteraction ?? -Infinity) - (a.lastInteraction ?? -Infinity) ||
      byName(a, b),
  );
}

const isKey = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);
/** Descending by `key`, then by id descending: a reversed IndexedDB cursor's order over that index. */
const descending =
  (key: (c: Contact) => number) =>
  (a: Contact, b: Contact): number => {
    const x = key(a);
    const y = key(b);
    return x < y ? 1 : x > y ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  };

/**
 * The order the lastInteraction and updatedAt indexes gave listRecent (contacts.ts) before version 5: the latest talked to
 * first, then the never talked to, most recently edited first. The search shows it for a query with no word.
 */
export function recentFirst(contacts: readonly Contact[], limit: number, keep: (c: Contact) => boolean = () => true): Contact[] {
  const talked = contacts.filter((c) => isKey(c.lastInteraction) && keep(c)).sort(descending((c) => c.lastInteraction!));
  if (talked.length >= limit) return talked.slice(0, limit);
  const rest = contacts.filter((c) => c.lastInteraction == null && isKey(c.updatedAt) && keep(c)).sort(descending((c) => c.updatedAt));
  return [...talked, ...rest.slice(0, limit - talked.length)];
}
