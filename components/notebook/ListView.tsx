import { useState } from 'preact/hooks';
import type { TactDb } from '@/lib/db/schema';
import type { Norm } from '@/lib/db/types';
import { ContactList } from './ContactList';
import { DueList } from './DueList';
import { useContactList, useCount, useDue } from './use-notebook';

interface Props {
  db: TactDb;
  now: number;
  query: string;
  onQuery: (q: string) => void;
  onOpen: (id: string) => void;
}

/** Search box, "due to reconnect", then the contacts (recent first, or the search results). */
export function ListView({ db, now, query, onQuery, onOpen }: Props) {
  const [relationship, setRelationship] = useState<Norm | ''>('');
  const list = useContactList(db, query, relationship);
  const due = useDue(db, now);
  const count = useCount(db);
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
      <select
        class="filter"
        aria-label="Relationship filter"
        value={relationship}
        onChange={(e) => setRelationship(e.currentTarget.value as Norm | '')}
      >
        <option value="">Everyone</option>
        <option value="social">Social only</option>
        <option value="market">Market only</option>
        <option value="hybrid">Hybrid only</option>
      </select>
      {!query && !relationship && <DueList contacts={due.data} now={now} onOpen={onOpen} />}
      {list.loaded && (
        <ContactList
          contacts={list.data}
          now={now}
          onOpen={onOpen}
          emptyText={
            query || relationship
              ? `No one matches${query ? ` "${query}"` : ''}${relationship ? ` among ${relationship} contacts` : ''}.`
              : 'No contacts yet. Add someone, or import your LinkedIn connections or an address book.'
          }
        />
      )}
    </div>
  );
}
