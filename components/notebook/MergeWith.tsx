import { i18n } from '@/runtime/i18n';
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
      <div class="merge" role="alertdialog" aria-label={i18n.t('merge.confirmLabel')}>
        <p>{i18n.t('merge.confirm', [other.name, contact.name])}</p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="button" class="primary" onClick={() => void merge(other)}>
            {i18n.t('merge.merge')}
          </button>
          <button type="button" onClick={() => setOther(null)}>
            {i18n.t('merge.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <section class="merge" aria-label={i18n.t('merge.label')}>
      <label class="field">
        {i18n.t('merge.field', [contact.name])}
        <input type="search" placeholder={i18n.t('merge.searchHint')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {candidates.loaded && !candidates.data.length && (
        <p class="empty">{query ? i18n.t('merge.noMatch') : i18n.t('merge.noDuplicates')}</p>
      )}
      <ul aria-label={i18n.t('merge.candidates')}>
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
        {i18n.t('merge.close')}
      </button>
    </section>
  );
}
