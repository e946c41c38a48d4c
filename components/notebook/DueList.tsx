import { i18n } from '@/runtime/i18n';
import type { ListRow } from '@/lib/db/first-screen';
import { lastTalked, overdueBy } from './format-date';

interface Props {
  contacts: ListRow[];
  now: number;
  onOpen: (id: string) => void;
}

/** People whose keep-in-touch interval has passed, shown above everything else. */
export function DueList({ contacts, now, onOpen }: Props) {
  if (!contacts.length) return null;
  return (
    <section class="due" aria-label={i18n.t('dueList.title')}>
      <h2>{i18n.t('dueList.title')}</h2>
      <ul>
        {contacts.map((c) => (
          <li key={c.id}>
            <button type="button" class="due-row" data-contact-id={c.id} onClick={() => onOpen(c.id)}>
              <span class="contact-name">{c.name}</span>
              <span class="due-when">
                {overdueBy(c.dueAt ?? now, now)} · {i18n.t('dates.lastTalked', [lastTalked(c.lastInteraction, now)])}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
