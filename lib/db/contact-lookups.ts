// What the contact store's indexes answered before version 5, worked out from the whole notebook in memory, once
// per copy of it (notebook-copy.ts shares one copy until a contact changes): a popup opening or a coach look-up
// then costs a map look-up, not a sort of 10,000 people. Every answer is shared, so it is frozen.
import { isContactRecord } from './record-shape';
import type { Contact } from './types';

function memo<T>(build: (rows: readonly Contact[]) => T): (rows: readonly Contact[]) => T {
  const made = new WeakMap<readonly Contact[], T>();
  return (rows) => {
    let v = made.get(rows);
    if (v === undefined) made.set(rows, (v = build(rows)));
    return v;
  };
}

/** By id, as the contact store's primary key ordered them. */
export const byIdThen = (a: Contact, b: Contact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Readable contacts, and the entries that are not (record-shape.ts), kept so that views can count them. */
export const readableOf = memo((rows): { good: readonly Contact[]; damaged: readonly Contact[] } => ({
  good: Object.freeze(rows.filter(isContactRecord)),
  damaged: Object.freeze(rows.filter((c) => !isContactRecord(c))),
}));

/** Readable contacts by name in code unit order, then id: the order the `name` index had. */
export const byNameOf = memo((rows): readonly Contact[] =>
  Object.freeze([...readableOf(rows).good].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : byIdThen(a, b)))),
);

/** Readable contacts by each of their handle keys (`network:handle`, `url:`, `mail:`), lowest id first per key. */
export const byKeyOf = memo((rows): ReadonlyMap<string, readonly Contact[]> => {
  const map = new Map<string, Contact[]>();
  for (const c of readableOf(rows).good) {
    for (const k of c.handleKeys) {
      const list = map.get(k);
      if (list) list.push(c);
      else map.set(k, [c]);
    }
  }
  for (const list of map.values()) Object.freeze(list.length > 1 ? list.sort(byIdThen) : list);
  return map;
});
