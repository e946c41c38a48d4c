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
