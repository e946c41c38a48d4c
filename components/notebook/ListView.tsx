import { i18n } from '@/runtime/i18n';
import { useState } from 'preact/hooks';
import type { ListOrder } from '@/lib/db/order';
import type { TactDb } from '@/lib/db/schema';
import type { Norm } from '@/lib/db/types';
import { ContactList } from './ContactList';
import { DueList } from './DueList';
import { FirstRun } from './FirstRun';
import { relationshipWord } from './RelationshipChip';
import { useRemembered } from './use-remembered';
import { useCount, useDue } from './use-notebook';
import { useContactList } from './use-search';

interface Props {
  db: TactDb;
  now: number;
  query: string;
  onQuery: (q: string) => void;
  onOpen: (id: string) => void;
  onImport: () => void;
  onAddFromPage: () => void;
}

const orders: readonly ListOrder[] = ['due', 'name'];

/** What an empty list says: nothing matches the search or filter, or everyone is due (listed above it). */
function noMatch(query: string, relationship: Norm | ''): string {
  if (query && relationship) return i18n.t('listView.noMatchBoth', [query, relationshipWord(relationship)]);
  if (query) return i18n.t('listView.noMatch', [query]);
  if (relationship) return i18n.t('listView.noMatchAmong', [relationshipWord(relationship)]);
  return i18n.t('listView.allDue');
}

/** Search, filter and order; then "due to reconnect" and the contacts. An empty notebook explains itself. */
export function ListView({ db, now, query, onQuery, onOpen, onImport, onAddFromPage }: Props) {
  const [relationship, setRelationship] = useState<Norm | ''>('');
  const [order, setOrder] = useRemembered<ListOrder>('tact.listOrder', orders, 'due');
  const count = useCount(db);
  const showDue = !query && !relationship && order === 'due';
  const due = useDue(db, now);
  const list = useContactList(db, query, relationship, order, now);
  if (count.loaded && count.data === 0) return <FirstRun onImport={onImport} onAddFromPage={onAddFromPage} />;
  const dueIds = new Set(showDue ? due.data.map((c) => c.id) : []);
  return (
    <div class="list-view" data-shown-query={list.loaded ? (list.shownFor ?? undefined) : undefined}>
      <input
        type="search"
        class="search"
        aria-label={i18n.t('listView.search')}
        placeholder={i18n.t('listView.searchHint', count.data)}
        data-count={count.loaded ? count.data : undefined}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
        autoFocus
      />
      <div class="list-controls">
        <label>
          {i18n.t('listView.show')}
          <select value={relationship} onChange={(e) => setRelationship(e.currentTarget.value as Norm | '')}>
            <option value="">{i18n.t('listView.everyone')}</option>
            <option value="social">{i18n.t('listView.socialOnly')}</option>
            <option value="market">{i18n.t('listView.marketOnly')}</option>
            <option value="hybrid">{i18n.t('listView.hybridOnly')}</option>
          </select>
        </label>
        <label>
          {i18n.t('listView.sort')}
          <select value={order} onChange={(e) => setOrder(e.currentTarget.value as ListOrder)} disabled={!!query}>
            <option value="due">{i18n.t('listView.byDue')}</option>
            <option value="name">{i18n.t('listView.byName')}</option>
          </select>
        </label>
      </div>
      {showDue && <DueList contacts={due.data} now={now} onOpen={onOpen} />}
      {list.loaded && (
        <ContactList
          contacts={list.data.filter((c) => !dueIds.has(c.id))}
          now={now}
          onOpen={onOpen}
          emptyText={noMatch(query, relationship)}
        />
      )}
    </div>
  );
}
