import { useEffect, useState } from 'preact/hooks';
import { i18n } from '@/runtime/i18n';
import type { ListRow } from '@/lib/db/first-screen';
import { lastTalked } from './format-date';
import { FIRST_SCREEN_ROWS } from './list-shape';
import { RelationshipChip } from './RelationshipChip';
import { whenIdle } from './when-idle';

interface Props {
  contacts: ListRow[];
  now: number;
  onOpen: (id: string) => void;
  emptyText: string;
}

/** Names are rendered as text nodes by Preact: a name like `<img onerror=…>` shows as those characters. */
export function ContactList({ contacts, now, onOpen, emptyText }: Props) {
  // A keystroke redraws the first screen only; the other rows come once typing pauses (a new list cancels that).
  // Compared by ids, as the caller passes a new array at every render.
  const ids = contacts.map((c) => c.id).join(' ');
  const [whole, setWhole] = useState('');
  const rows = whole === ids ? contacts : contacts.slice(0, FIRST_SCREEN_ROWS);
  useEffect(() => (rows.length < contacts.length ? whenIdle(() => setWhole(ids), 200) : undefined), [ids, rows.length]);
  if (!contacts.length) return <p class="empty">{emptyText}</p>;
  return (
    <ul class="contact-list" aria-label={i18n.t('contactList.label')}>
      {rows.map((c) => (
        <li key={c.id}>
          <button type="button" class="contact-row" data-contact-id={c.id} onClick={() => onOpen(c.id)}>
            <span class="contact-name">{c.name}</span>
            <RelationshipChip relationship={c.relationship} />
            {c.tags.slice(0, 3).map((t) => (
              <span key={t} class="tag">
                {t}
              </span>
            ))}
            <span class="last-talked">{i18n.t('dates.lastTalked', [lastTalked(c.lastInteraction, now)])}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
