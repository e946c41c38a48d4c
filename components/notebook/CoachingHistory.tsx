import type { CoachingEvent } from '@/lib/db/types';

const actions: Record<CoachingEvent['action'], string> = {
  edited: 'edited the draft',
  dismissed: 'dismissed the advice',
  'posted-anyway': 'sent it anyway',
};

/** How past drafts to this person went: when, how risky, what Tact found, what the user did. */
export function CoachingHistory({ events }: { events: CoachingEvent[] }) {
  if (!events.length) return <p class="empty">No coached drafts to this person yet.</p>;
  return (
    <ul class="history" aria-label="Coaching history">
      {events.map((e) => (
        <li key={e.id} data-level={e.level}>
          <span class={`level level-${e.level}`}>{e.level}</span> {new Date(e.at).toLocaleDateString()} on {e.network}
          {e.categories.length ? ` · ${e.categories.join(', ')}` : ''} · you {actions[e.action]}
          {e.draftText && <blockquote>{e.draftText}</blockquote>}
        </li>
      ))}
    </ul>
  );
}
