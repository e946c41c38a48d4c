import { useState } from 'preact/hooks';
import type { ListOrder } from '@/lib/db/order';
import { LIST_ORDER_KEY, ListFrame, listOrders } from './ListFrame';
import { NotebookHeader } from './NotebookHeader';
import { readFirstScreen } from './saved-first-screen';
import { useRemembered } from './use-remembered';

const nothing = () => {};

/**
 * The popup's first paint, drawn before any notebook code has loaded: the header and the list the last
 * opening saved (none on a first opening). Only its search box takes input, and what is typed there becomes the
 * notebook view's query (entrypoints/popup/app.tsx); the rest is inert (no focus, no clicks, hidden from
 * assistive technology) until the notebook's own view replaces it, a moment later.
 */
export function SavedPopup({ now }: { now: number }) {
  const [order] = useRemembered<ListOrder>(LIST_ORDER_KEY, listOrders, 'due');
  const [query, setQuery] = useState('');
  // Read once: each letter typed into the box renders this again, and the save does not change meanwhile.
  const [saved] = useState(() => readFirstScreen(order));
  const screen = saved && {
    count: undefined,
    savedCount: saved.count,
    due: saved.due,
    rows: saved.rows,
    ready: true,
    shownFor: undefined,
    fromSaved: true,
  };
  const idle = { onRelationship: nothing, onOrder: nothing, onOpen: nothing };
  return (
    <div class="notebook">
      <NotebookHeader inert current="list" onTab={nothing} onAdd={nothing} onAddFromPage={nothing} />
      <main>
        {screen && <ListFrame screen={screen} now={now} query={query} onQuery={setQuery} idle relationship="" order={order} {...idle} />}
      </main>
    </div>
  );
}
