// The popup's search reads the notebook from memory (lib/db/live-search.ts): a keystroke costs a look-up in
// a sorted word list and a render of the rows, with no IndexedDB round trip. The unsearched list (50 rows)
// comes from the page's shared copy of the notebook (lib/db/notebook-copy.ts), which the index then reuses.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { listByName, listRecent } from '@/lib/db/contacts';
import { likelyDuplicates, type DuplicateReason } from '@/lib/db/duplicates';
import { liveSearchFor } from '@/lib/db/live-search';
import { words } from '@/lib/db/normalize';
import { orderContacts, recentFirst, type ListOrder } from '@/lib/db/order';
import type { TactDb } from '@/lib/db/schema';
import type { SearchIndex } from '@/lib/db/search-index';
import type { Contact, Norm } from '@/lib/db/types';
import { readableContacts } from './damaged-seen';
import { useLiveQuery } from './use-live-query';
import { whenIdle } from './when-idle';

const ROWS = 50;

/**
 * The live index: `start` loads it (once per page), at the latest when the browser is next idle, so its
 * reads come after those of the first rows. `failed`: it could not be read (the view shows no match).
 */
export function useLiveSearch(db: TactDb, start: boolean): { index: SearchIndex | null; version: number; failed: boolean } {
  const live = liveSearchFor(db);
  const [, setVersion] = useState(live.version);
  useEffect(() => live.subscribe(() => setVersion(live.version)), [live]);
  useEffect(() => (start ? whenIdle(() => live.start(), 500) : undefined), [live, start]);
  return { index: live.index, version: live.version, failed: !live.index && live.error !== null };
}

/**
 * Search results in the index's order; otherwise the list in the order the user chose (lib/db/order.ts).
 * `shownFor` names the query the rows answer (the bench times input → rows for it); while the index is
 * still loading, the rows of the last answered query stay.
 */
export function useContactList(db: TactDb, query: string, relationship: Norm | '', order: ListOrder, now: number) {
  const keep = relationship ? (c: Contact) => c.relationship === relationship : undefined;
  // The answer says which order and filter it is for: until a changed one is answered, the old rows stay on
  // screen but are not said to answer the query (`shownFor`), so nothing takes them for the new order.
  const list = useLiveQuery<{ rows: Contact[]; order: ListOrder; relationship: Norm | '' }>(
    async () => ({
      order,
      relationship,
      rows: orderContacts(
        readableContacts(order === 'name' ? await listByName(db, ROWS, keep) : await listRecent(db, ROWS, keep)),
        order,
        now,
      ),
    }),
    [db, relationship, order],
    { order, relationship, rows: [] },
  );
  const current = list.data.order === order && list.data.relationship === relationship;
  const searching = query.trim() !== '';
  const live = useLiveSearch(db, list.loaded || searching);
  const found = useMemo(() => {
    if (!searching || !live.index) return undefined;
    // A query without a word ("---") showed the recent list, as listRecent reads it.
    return live.index.search(query, ROWS, keep) ?? recentFirst(live.index.all(), ROWS, keep);
  }, [live.index, live.version, query, relationship]);
  const last = useRef<{ rows: Contact[]; shownFor: string | null; loaded: boolean }>({ rows: [], shownFor: null, loaded: false });
  if (!searching) last.current = { rows: list.data.rows, shownFor: list.loaded && current ? query : null, loaded: list.loaded };
  else if (found) last.current = { rows: found, shownFor: query, loaded: true };
  else if (live.failed) last.current = { rows: [], shownFor: query, loaded: true };
  return { data: last.current.rows, loaded: last.current.loaded, shownFor: last.current.shownFor };
}

/** Whom a contact could be merged with: a search when the user types, else the likely duplicates. */
export function useMergeCandidates(db: TactDb, contact: Contact, query: string) {
  const live = useLiveSearch(db, true);
  const data = useMemo(() => {
    const index = live.index;
    if (!index) return [];
    if (query.trim()) {
      const found = index.search(query, 20) ?? recentFirst(index.all(), 20);
      return found.filter((c) => c.id !== contact.id).map((c) => ({ contact: c }) as { contact: Contact; reason?: DuplicateReason });
    }
    const pool = new Map([...index.withAnyWord(words(contact.name)), ...index.withAnyHandleKey(contact.handleKeys)].map((c) => [c.id, c]));
    return likelyDuplicates([contact], [...pool.values()], (a, b) => a.id === b.id).map((d) => ({ contact: d.match, reason: d.reason }));
  }, [live.index, live.version, contact.id, contact.updatedAt, query]);
  return { data, loaded: !!live.index || live.failed };
}
