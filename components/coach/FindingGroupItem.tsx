import { i18n, translate } from '@/runtime/i18n';
import type { FindingGroup } from '@/lib/coach/group-findings';

/** The highlight colours (highlights.ts, textarea-overlay.ts) in words: high is red, the rest amber. */
export const severityWord = (g: FindingGroup) => (g.severity === 'high' ? i18n.t('card.legendRed') : i18n.t('card.legendAmber'));

interface Props {
  group: FindingGroup;
  open: boolean;
  onMute: (muteKey: string, label: string) => void;
}

/** One thing to change: its words in the draft, then (expandable) why, what to try, and the mute. */
export function FindingGroupItem({ group: g, open, onMute }: Props) {
  const label = translate(g.concern.label);
  const ruleIds = [...new Set(g.spans.map((s) => s.ruleId))].join(' ');
  return (
    <li data-group={g.key} data-rule-id={ruleIds} data-severity={g.severity} data-source={g.source} data-spans={g.spans.length}>
      <details open={open}>
        <summary>
          <span class={`tact-sev tact-sev-${g.severity === 'high' ? 'flip' : 'caution'}`}>{severityWord(g)}</span>{' '}
          <span class="tact-change">{translate(g.concern.change)}</span>
          <span class="tact-actual">: “{g.spans.map((s) => s.actual).join('”, “')}”</span>
          {g.source === 'model' && (
            <span class="tact-source" title={i18n.t('card.learnedTitle')}>
              {i18n.t('card.learned')}
            </span>
          )}
        </summary>
        <p class="tact-note">{g.note}</p>
        {g.suggestion && <p class="tact-suggestion">{i18n.t('card.try', [g.suggestion])}</p>}
        <button type="button" class="tact-mute" onClick={() => onMute(g.muteKey, label)}>
          {i18n.t('card.stopFlagging', [label])}
        </button>
      </details>
    </li>
  );
}
