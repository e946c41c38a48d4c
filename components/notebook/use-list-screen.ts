// What the list view shows: the count, the people due, the rows. Until the notebook has answered all three,
// the screen the last opening showed (saved-first-screen.ts); then the answer, saved in turn for the next one.
import { useEffect, useState } from 'preact/hooks';
import type { ListRow } from '@/lib/db/first-screen';
import type { ListOrder } from '@/lib/db/order';
import type { TactDb } from '@/lib/db/schema';
import type { Norm } from '@/lib/db/types';
import type { ListScreen } from './ListFrame';
import { keepFirstScreen, loadFirstScreen, noteAnswered } from './saved-first-screen';
import { useCount, useDue } from './use-notebook';
import { useContactList } from './use-search';

export function useListScreen(
  db: TactDb,
  now: number,
  query: string,
  relationship: Norm | '',
  order: ListOrder,
): ListScreen & { empty: boolean } {
  const count = useCount(db);
  const due = useDue(db, now);
  const list = useContactList(db, query, relationship, order, now);
  const [saved] = useState(() => loadFirstScreen(db, order));
  const answered = count.loaded && due.loaded && list.loaded;
  // Marked as soon as an answer is drawn, not in an effect: a page that leaves the list before its effects ran
  // must not show the save again.
  if (answered) noteAnswered(db);
  const unfiltered = !query && !relationship;
  const fromSaved = !answered && unfiltered && saved?.order === order ? saved : null;
  const dueRows = fromSaved ? fromSaved.due : unfiltered && order === 'due' ? due.data : [];
  const dueIds = new Set(dueRows.map((c) => c.id));
  const rows = fromSaved ? fromSaved.rows : list.data.filter((c) => !dueIds.has(c.id));
  useEffect(() => {
    if (answered && unfiltered && list.shownFor === '') keepFirstScreen({ order, count: count.data, due: dueRows, rows });
  }, [answered, unfiltered, list.shownFor, order, count.data, due.data, list.data]);
  return {
    count: !fromSaved && count.loaded ? count.data : undefined,
    savedCount: fromSaved?.count,
    empty: count.loaded && count.data === 0,
    due: dueRows,
    rows,
    ready: list.loaded || !!fromSaved,
    shownFor: list.loaded ? (list.shownFor ?? undefined) : undefined,
    fromSaved: !!fromSaved,
  };
}
