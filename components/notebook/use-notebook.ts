// Hooks the notebook components read through, so components never touch tables directly. Each is a
// Dexie liveQuery: a write anywhere (this page, the background recording a coaching event, an import)
// re-runs the queries that read what changed, so the popup never needs a reload or a manual refresh.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { historyFor } from '@/lib/db/coaching';
import { countContacts, getContact, listDue, listRecent, searchContacts } from '@/lib/db/contacts';
import type { TactDb } from '@/lib/db/schema';
import type { CoachingEvent, Contact, Norm } from '@/lib/db/types';

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

/** The list for a query; `shownFor` names the query the rows answer (the bench times input → rows for it). */
export function useContactList(db: TactDb, query: string, relationship: Norm | '') {
  const keep = relationship ? (c: Contact) => c.relationship === relationship : undefined;
  const list = useLiveQuery<{ rows: Contact[]; shownFor: string | null }>(
    async () => ({ rows: await (query.trim() ? searchContacts(db, query, 50, keep) : listRecent(db, 50, keep)), shownFor: query }),
    [db, query, relationship],
    { rows: [], shownFor: null },
  );
  return { data: list.data.rows, loaded: list.loaded, shownFor: list.data.shownFor };
}

export function useDue(db: TactDb, now: number) {
  // Not keyed on `now`: the popup's default is Date.now() at each render, which would resubscribe every time.
  return useLiveQuery<Contact[]>(() => listDue(db, now), [db], []);
}

export function useCount(db: TactDb) {
  return useLiveQuery<number>(() => countContacts(db), [db], 0);
}

export function useContact(db: TactDb, id: string) {
  return useLiveQuery<{ contact?: Contact; history: CoachingEvent[] }>(
    async () => ({ contact: await getContact(db, id), history: await historyFor(db, id) }),
    [db, id],
    { history: [] },
  );
}
