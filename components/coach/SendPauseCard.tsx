import { i18n } from '@/runtime/i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { Verdict } from '@/lib/classifier/types';
import { groupFindings } from '@/lib/coach/group-findings';
import { leadOf } from './level-text';

/** The card lists at most this many concerns. */
const SHOWN = 5;

export interface SendPauseCardProps {
  verdict: Verdict;
  /** DMs say "Send anyway"; posts, comments and replies "Post anyway". */
  isMessage: boolean;
  /** Above the composer, or below it when the composer sits near the top of the window. */
  below: boolean;
  onEdit: () => void;
  onSendAnyway: () => void;
}

/**
 * The "before you send" form of the coach card (issue 10): a flip send is held, and the user picks.
 * Edit goes back to the draft untouched; the other button lets exactly that send through.
 */
export function SendPauseCard(p: SendPauseCardProps) {
  const editRef = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the safe choice; Enter on it goes back to the draft, never sends. No
  // scroll: focusing the last row would scroll the card's own overflow past its title.
  useEffect(() => editRef.current?.focus({ preventScroll: true }), []);
  // One entry per concern, as on the coach card: the same note twice says nothing new at the moment of sending.
  const groups = groupFindings(p.verdict.findings).slice(0, SHOWN);
  const anyway = p.isMessage ? i18n.t('pause.sendAnyway') : i18n.t('pause.postAnyway');
  return (
    <div
      class="tact-card tact-pause"
      role="alertdialog"
      aria-label={i18n.t('pause.title')}
      aria-describedby="tact-pause-summary"
      data-below={p.below ? '' : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape') p.onEdit();
      }}
    >
      <h2 class="tact-pause-title">{i18n.t('pause.title')}</h2>
      <p class="tact-summary" id="tact-pause-summary">
        {leadOf(p.verdict, groups)}
      </p>
      <ul class="tact-findings">
        {groups.map((g) => (
          <li key={g.key} data-rule-id={g.spans[0].ruleId}>
            <span class="tact-actual">{g.spans.map((f) => `“${f.actual}”`).join(', ')}</span>
            <p class="tact-note">{g.note}</p>
            {g.suggestion && <p class="tact-suggestion">{i18n.t('card.try', [g.suggestion])}</p>}
          </li>
        ))}
      </ul>
      <div class="tact-pause-actions">
        <button type="button" class="tact-action" ref={editRef} onClick={p.onEdit}>
          {i18n.t('pause.edit')}
        </button>
        <button type="button" class="tact-action" onClick={p.onSendAnyway}>
          {anyway}
        </button>
      </div>
      <p class="tact-pause-where">{i18n.t('pause.where')}</p>
    </div>
  );
}

/** The pause card's own rules, added to the coach's shadow-root CSS. */
export const sendPauseCss = `
.tact-pause { z-index: 2; max-height: 440px; overflow: hidden; display: flex; flex-direction: column; }
.tact-pause .tact-findings { overflow: auto; flex: 1 1 auto; min-height: 0; }
.tact-pause-title { font-size: 14px; margin: 0 0 4px; }
.tact-pause-actions { display: flex; gap: 8px; margin: 8px 0 4px; }
.tact-pause-where { font-size: 11px; opacity: 0.8; margin: 4px 0 0; }
`;
