// Hooks the notebook components read through, so components never touch tables directly. Each is a
// Dexie liveQuery: a write anywhere (this page, the background recording a coaching event, an import)
// re-runs the queries that read what changed, so the popup never needs a reload or a manual refresh. The list
// and its search are in use-search.ts.
import { historyFor } from '@/lib/db/coaching';
import { countContacts, getContact, listDue } from '@/lib/db/contacts';
import type { TactDb } from '@/lib/db/schema';
import type { CoachingEvent, Contact } from '@/lib/db/types';
import { readableContacts } from './damaged-seen';
import { useLiveQuery } from './use-live-query';

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
