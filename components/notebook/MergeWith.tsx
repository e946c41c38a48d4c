import { useState } from 'preact/hooks';
import { mergeInDb, type MergedContacts } from '@/lib/db/merge-write';
import type { TactDb } from '@/lib/db/schema';
import type { Contact } from '@/lib/db/types';
import { useMergeCandidates } from './use-search';

interface Props {
  db: TactDb;
  contact: Contact;
  onMerged: (m: MergedContacts) => void;
  onClose: () => void;
}

/** Pick the other entry of the same person (likely duplicates first), confirm, merge into this one. */
export function MergeWith({ db, contact, onMerged, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [other, setOther] = useState<Contact | null>(null);
  const [error, setError] = useState('');
  const candidates = useMergeCandidates(db, contact, query);
  const merge = async (o: Contact) => {
    try {
      onMerged(await mergeInDb(db, contact.id, o.id));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  if (other) {
    return (
      <div class="merge" role="alertdialog" aria-label="Confirm merge">
        <p>
          Merge {other.name} into {contact.name}? Every account, circle, email, note and coached draft of both is kept in one entry;{' '}
          {other.name}'s separate entry goes. You can undo for a few seconds.
        </p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="button" class="primary" onClick={() => void merge(other)}>
            Merge
          </button>
          <button type="button" onClick={() => setOther(null)}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  return (
    <section class="merge" aria-label="Merge with">
      <label class="field">
        Merge {contact.name} with
        <input type="search" placeholder="Search by name, account…" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {candidates.loaded && !candidates.data.length && (
        <p class="empty">{query ? 'No one matches.' : 'No likely duplicates. Search for the other entry.'}</p>
      )}
      <ul aria-label="Merge candidates">
        {candidates.data.map(({ contact: c, reason }) => (
          <li key={c.id}>
            <button type="button" class="contact-row" onClick={() => setOther(c)}>
              <span class="contact-name">{c.name}</span>
              {reason && <span class="last-talked">{reason}</span>}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
