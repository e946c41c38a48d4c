import { i18n } from '@/runtime/i18n';
import type { ListRow } from '@/lib/db/first-screen';
import type { ListOrder } from '@/lib/db/order';
import type { Norm } from '@/lib/db/types';
import { ContactList } from './ContactList';
import { DueList } from './DueList';
import { noMatch, orderChoices, relationshipChoices } from './popup-words';

/** What the list shows: from the notebook, or from the save of the last opening (saved-first-screen.ts). */
export interface ListScreen {
  /** The number of contacts, once the notebook has said it (`data-count`: tests and views rely on it being true). */
  count: number | undefined;
  /** The number the save holds, while it is shown. */
  savedCount: number | undefined;
  due: ListRow[];
  rows: ListRow[];
  /** Rows are there to show (saved or answered). */
  ready: boolean;
  /** The query the notebook's rows answer (undefined while they come from the save or are loading). */
  shownFor: string | undefined;
  fromSaved: boolean;
}

interface Props {
  screen: ListScreen;
  now: number;
  query: string;
  onQuery: (q: string) => void;
  relationship: Norm | '';
  onRelationship: (r: Norm | '') => void;
  order: ListOrder;
  onOrder: (o: ListOrder) => void;
  onOpen: (id: string) => void;
}

/** Search, filter and order; then "due to reconnect" and the contacts. Reads nothing: it shows `screen`. */
export function ListFrame({ screen, now, query, onQuery, relationship, onRelationship, order, onOrder, onOpen }: Props) {
  return (
    <div class="list-view" data-shown-query={screen.shownFor} data-saved-screen={screen.fromSaved ? '' : undefined}>
      <input
        type="search"
        class="search"
        aria-label={i18n.t('listView.search')}
        placeholder={i18n.t('listView.searchHint', screen.count ?? screen.savedCount ?? 0)}
        data-count={screen.count}
        data-saved-count={screen.savedCount}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
        autoFocus
      />
      <div class="list-controls">
        <label>
          {i18n.t('listView.show')}
          <select value={relationship} onChange={(e) => onRelationship(e.currentTarget.value as Norm | '')}>
            {relationshipChoices().map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('listView.sort')}
          <select value={order} onChange={(e) => onOrder(e.currentTarget.value as ListOrder)} disabled={!!query}>
            {orderChoices().map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="list-rows">
        {screen.due.length > 0 && <DueList contacts={screen.due} now={now} onOpen={onOpen} />}
        {screen.ready && <ContactList contacts={screen.rows} now={now} onOpen={onOpen} emptyText={noMatch(query, relationship)} />}
      </div>
    </div>
  );
}
