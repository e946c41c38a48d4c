import { useState } from 'preact/hooks';
import type { ListOrder } from '@/lib/db/order';
import type { TactDb } from '@/lib/db/schema';
import type { Norm } from '@/lib/db/types';
import { ContactList } from './ContactList';
import { DueList } from './DueList';
import { FirstRun } from './FirstRun';
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
        aria-label="Search contacts"
        placeholder={`Search ${count.data} contacts: name, handle, circle, notes`}
        data-count={count.loaded ? count.data : undefined}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
        autoFocus
      />
      <div class="list-controls">
        <label>
          Show
          <select value={relationship} onChange={(e) => setRelationship(e.currentTarget.value as Norm | '')}>
            <option value="">Everyone</option>
            <option value="social">Social only</option>
            <option value="market">Market only</option>
            <option value="hybrid">Hybrid only</option>
          </select>
        </label>
        <label>
          Sort
          <select value={order} onChange={(e) => setOrder(e.currentTarget.value as ListOrder)} disabled={!!query}>
            <option value="due">Due, then recent, then name</option>
            <option value="name">Name (A–Z)</option>
          </select>
        </label>
      </div>
      {showDue && <DueList contacts={due.data} now={now} onOpen={onOpen} />}
      {list.loaded && (
        <ContactList
          contacts={list.data.filter((c) => !dueIds.has(c.id))}
          now={now}
          onOpen={onOpen}
          emptyText={
            query || relationship
              ? `No one matches${query ? ` "${query}"` : ''}${relationship ? ` among ${relationship} contacts` : ''}.`
              : 'Everyone is listed under "Due to reconnect" above.'
          }
        />
      )}
    </div>
  );
}
