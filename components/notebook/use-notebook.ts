// Hooks the notebook components read through, so components never touch tables directly.
import { useEffect, useState } from 'preact/hooks';
import { historyFor } from '@/lib/db/coaching';
import { countContacts, getContact, listDue, listRecent, searchContacts } from '@/lib/db/contacts';
import type { TactDb } from '@/lib/db/schema';
import type { CoachingEvent, Contact, Norm } from '@/lib/db/types';

/** Run an async query when its inputs change; a late answer to an old query is dropped. */
function useQuery<T>(run: () => Promise<T>, deps: unknown[], initial: T): { data: T; loaded: boolean } {
  const [state, setState] = useState({ data: initial, loaded: false });
  useEffect(() => {
    let live = true;
    run().then((data) => live && setState({ data, loaded: true }), () => live && setState({ data: initial, loaded: true }));
    return () => {
      live = false;
    };
  }, deps);
  return state;
}

/** `version` is bumped after every write so lists refresh. */
export function useContactList(db: TactDb, query: string, relationship: Norm | '', version: number) {
  const keep = relationship ? (c: Contact) => c.relationship === relationship : undefined;
  return useQuery<Contact[]>(() => (query.trim() ? searchContacts(db, query, 50, keep) : listRecent(db, 50, keep)), [db, query, relationship, version], []);
}

export function useDue(db: TactDb, now: number, version: number) {
  return useQuery<Contact[]>(() => listDue(db, now), [db, version], []);
}

export function useCount(db: TactDb, version: number) {
  return useQuery<number>(() => countContacts(db), [db, version], 0);
}

export function useContact(db: TactDb, id: string, version: number) {
  return useQuery<{ contact?: Contact; history: CoachingEvent[] }>(
    async () => ({ contact: await getContact(db, id), history: await historyFor(db, id) }),
    [db, id, version],
    { history: [] },
  );
}
