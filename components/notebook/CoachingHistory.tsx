import { i18n, translate } from '@/runtime/i18n';
import { CONCERNS } from '@/lib/coach/concerns';
import type { CoachingEvent } from '@/lib/db/types';
import { shortDate } from './format-date';

const actions = {
  edited: () => i18n.t('history.edited'),
  dismissed: () => i18n.t('history.dismissed'),
  'posted-anyway': () => i18n.t('history.postedAnyway'),
} satisfies Record<CoachingEvent['action'], () => string>;

const levels = {
  ok: () => i18n.t('history.ok'),
  caution: () => i18n.t('history.caution'),
  flip: () => i18n.t('history.flip'),
} satisfies Record<CoachingEvent['level'], () => string>;

/** A category in the user's words ("discount codes and deals"); one no pack names stays as recorded. */
const categoryWords = (c: string) => (c in CONCERNS ? translate(CONCERNS[c].label) : c);

/** How past drafts to this person went: when, how risky, what Tact found, what the user did. */
export function CoachingHistory({ events }: { events: CoachingEvent[] }) {
  if (!events.length) return <p class="empty">{i18n.t('history.empty')}</p>;
  return (
    <ul class="history" aria-label={i18n.t('history.label')}>
      {events.map((e) => (
        <li key={e.id} data-level={e.level}>
          <span class={`level level-${e.level}`}>{levels[e.level]()}</span> {i18n.t('history.where', [shortDate(e.at), e.network])}
          {e.categories.length ? ` · ${e.categories.map(categoryWords).join(', ')}` : ''} · {actions[e.action]()}
          {e.draftText && <blockquote>{e.draftText}</blockquote>}
        </li>
      ))}
    </ul>
  );
}
