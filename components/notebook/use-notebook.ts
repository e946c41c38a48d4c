// Hooks the notebook components read through, so components never touch tables directly. Each is a
// Dexie liveQuery: a write anywhere (this page, the background recording a coaching event, an import)
// re-runs the queries that read what changed, so the popup never needs a reload or a manual refresh.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { historyFor } from '@/lib/db/coaching';
import { countContacts, getContact, listByName, listDue, listRecent, searchContacts } from '@/lib/db/contacts';
import { orderContacts, type ListOrder } from '@/lib/db/order';
import { likelyDuplicates, type DuplicateReason } from '@/lib/db/duplicates';
import { words } from '@/lib/db/normalize';
import type { TactDb } from '@/lib/db/schema';
import type { CoachingEvent, Contact, Norm } from '@/lib/db/types';
import { readableContacts } from './damaged-seen';

/** Subscribe to a query while its inputs stay the same; a new input replaces the subscription. */
function useLiveQuery<T>(run: () => Promise<T>, deps: unknown[], initial: T): { data: T; loaded: boolean } {
  const [state, setState] = useState({ data: initial, loaded: false });
  useEffect(() => {
    const sub = liveQuery(run).subscribe({
      next: (data) => setState({ data, loaded: true }),
      error: () => setState({ data: initial, loaded: true }),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}

/**
 * Search results in the index's order; otherwise the list in the order the user chose (lib/db/order.ts).
 * `shownFor` names the query the rows answer (the bench times input → rows for it).
 */
export function useContactList(db: TactDb, query: string, relationship: Norm | '', order: ListOrder, now: number) {
  const keep = relationship ? (c: Contact) => c.relationship === relationship : undefined;
  const list = useLiveQuery<{ rows: Contact[]; shownFor: string | null }>(
    async () => {
      if (query.trim()) return { rows: readableContacts(await searchContacts(db, query, 50, keep)), shownFor: query };
      const first = order === 'name' ? await listByName(db, 50, keep) : await listRecent(db, 50, keep);
      return { rows: orderContacts(readableContacts(first), order, now), shownFor: query };
    },
    [db, query, relationship, order],
    { rows: [], shownFor: null },
  );
  return { data: list.data.rows, loaded: list.loaded, shownFor: list.data.shownFor };
}

export function useDue(db: TactDb, now: number) {
  // Not keyed on `now`: the popup's default is Date.now() at each render, which would resubscribe every time.
  return useLiveQuery<Contact[]>(async () => readableContacts(await listDue(db, now)), [db], []);
}

export function useCount(db: TactDb) {
  return useLiveQuery<number>(() => countContacts(db), [db], 0);
}

export function useContact(db: TactDb, id: string) {
  return useLiveQuery<{ contact?: Contact; history: CoachingEvent[] }>(
    async () => {
      const found = await getContact(db, id);
      // A damaged record reads as no contact (the damage notice says why), rather than breaking the page.
      return { contact: found && readableContacts([found])[0], history: await historyFor(db, id) };
    },
    [db, id],
    { history: [] },
  );
}

/** Whom a contact could be merged with: a search when the user types, else the likely duplicates. */
export function useMergeCandidates(db: TactDb, contact: Contact, query: string) {
  return useLiveQuery<{ contact: Contact; reason?: DuplicateReason }[]>(
    async () => {
      if (query.trim())
        return readableContacts(await searchContacts(db, query, 20))
          .filter((c) => c.id !== contact.id)
          .map((c) => ({ contact: c }));
      const [byName, byKey] = await Promise.all([
        db.contacts.where('searchWords').anyOf(words(contact.name)).distinct().limit(200).toArray(),
        contact.handleKeys.length ? db.contacts.where('handleKeys').anyOf(contact.handleKeys).distinct().toArray() : [],
      ]);
      const pool = [...new Map(readableContacts([...byName, ...byKey]).map((c) => [c.id, c])).values()];
      return likelyDuplicates([contact], pool, (a, b) => a.id === b.id).map((d) => ({ contact: d.match, reason: d.reason }));
    },
    [db, contact.id, contact.updatedAt, query],
    [],
  );
}
