import { i18n } from '@/runtime/i18n';
import type { ListRow } from '@/lib/db/first-screen';
import type { ListOrder } from '@/lib/db/order';
import type { Norm } from '@/lib/db/types';
import { ContactList } from './ContactList';
import { DueList } from './DueList';
import { relationshipWord } from './RelationshipChip';

export const listOrders: readonly ListOrder[] = ['due', 'name'];
/** Where the popup remembers the order the user chose (use-remembered.ts). */
export const LIST_ORDER_KEY = 'tact.listOrder';

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
  /** Drawn before the notebook code has loaded: only the search box takes input (SavedPopup). */
  idle?: boolean;
}

/** What an empty list says: nothing matches the search or filter, or everyone is due (listed above it). */
function noMatch(query: string, relationship: Norm | ''): string {
  if (query && relationship) return i18n.t('listView.noMatchBoth', [query, relationshipWord(relationship)]);
  if (query) return i18n.t('listView.noMatch', [query]);
  if (relationship) return i18n.t('listView.noMatchAmong', [relationshipWord(relationship)]);
  return i18n.t('listView.allDue');
}

/** Search, filter and order; then "due to reconnect" and the contacts. Reads nothing: it shows `screen`. */
export function ListFrame({ screen, now, query, onQuery, relationship, onRelationship, order, onOrder, onOpen, idle }: Props) {
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
        // The first paint's box is focused after that paint (entrypoints/popup/main.tsx): focusing it within the
        // paint cost it ~15 ms.
        autoFocus={!idle}
      />
      <div class="list-controls" inert={idle}>
        <label>
          {i18n.t('listView.show')}
          <select value={relationship} onChange={(e) => onRelationship(e.currentTarget.value as Norm | '')}>
            <option value="">{i18n.t('listView.everyone')}</option>
            <option value="social">{i18n.t('listView.socialOnly')}</option>
            <option value="market">{i18n.t('listView.marketOnly')}</option>
            <option value="hybrid">{i18n.t('listView.hybridOnly')}</option>
          </select>
        </label>
        <label>
          {i18n.t('listView.sort')}
          <select value={order} onChange={(e) => onOrder(e.currentTarget.value as ListOrder)} disabled={!!query}>
            <option value="due">{i18n.t('listView.byDue')}</option>
            <option value="name">{i18n.t('listView.byName')}</option>
          </select>
        </label>
      </div>
      <div class="list-rows" inert={idle}>
        {screen.due.length > 0 && <DueList contacts={screen.due} now={now} onOpen={onOpen} />}
        {screen.ready && <ContactList contacts={screen.rows} now={now} onOpen={onOpen} emptyText={noMatch(query, relationship)} />}
      </div>
    </div>
  );
}
