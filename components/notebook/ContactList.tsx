import { i18n } from '@/runtime/i18n';
import type { Contact } from '@/lib/db/types';
import { lastTalked } from './format-date';
import { RelationshipChip } from './RelationshipChip';

interface Props {
  contacts: Contact[];
  now: number;
  onOpen: (id: string) => void;
  emptyText: string;
}

/** Names are rendered as text nodes by Preact: a name like `<img onerror=…>` shows as those characters. */
export function ContactList({ contacts, now, onOpen, emptyText }: Props) {
  if (!contacts.length) return <p class="empty">{emptyText}</p>;
  return (
    <ul class="contact-list" aria-label={i18n.t('contactList.label')}>
      {contacts.map((c) => (
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
