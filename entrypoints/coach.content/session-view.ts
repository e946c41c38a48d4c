import type { Finding } from '@/lib/classifier/types';
import { audienceWords } from '@/lib/coach/audience-words';
import { translate } from '@/runtime/i18n';
import { groupFindings, spansOf } from '@/lib/coach/group-findings';
import { addressee, effectiveKind } from '@/lib/composers/audience';
import type { DraftText } from '@/lib/composers/read-draft';
import type { NetworkId } from '@/lib/networks';
import { profileUrlFor } from '@/lib/profile/profile-url';
import type { CoachBadgeProps } from '@/components/coach/CoachBadge';
import type { SessionState } from './session-state';

/** The card's buttons: the session core answers them, the view does not. */
export type BadgeCallbackName =
  | 'onToggle'
  | 'onClose'
  | 'onDismiss'
  | 'onMute'
  | 'onUndoMute'
  | 'onPause'
  | 'onConfirmPause'
  | 'onCancelPause'
  | 'onOpenContact'
  | 'onAddContact';

/** What the page shows for a verdict: host attributes, badge props (without callbacks) and highlights. */
export interface SessionView {
  attributes: Record<string, string>;
  badge: Omit<CoachBadgeProps, BadgeCallbackName | 'below'>;
  highlights: readonly Finding[];
  /** The draft the highlights' offsets point into. */
  draft: DraftText;
}

/** Pure: the same state always gives the same view. Null until the first verdict. */
export function viewOf(state: SessionState, network: NetworkId, origin: string, highlightsOn: boolean): SessionView | null {
  const { verdict: v, audience, draft, open, contact, addState } = state;
  if (!v) return null;
  const person = addressee(audience);
  const handle = person?.handle;
  const all = groupFindings(v.findings);
  // Dismiss silenced the groups shown then; a new concern is shown, and highlighted, again.
  const groups = all.filter((g) => !state.dismissedKeys.includes(g.key));
  const dismissed = all.length > 0 && groups.length === 0;
  const kind = effectiveKind(audience);
  return {
    attributes: {
      'data-level': v.level,
      'data-network': network,
      'data-composer': kind,
      'data-norm': v.norm.norm,
      // Where the norm came from (audience, contact, network, default), and how long the draft this
      // verdict judged was: tests wait for the verdict on the text they typed, not any earlier one.
      'data-norm-source': v.norm.source,
      'data-draft-length': String(draft.text.length),
      'data-rules': [...new Set(v.findings.map((f) => f.ruleId))].join(' '),
      'data-dismissed': String(dismissed),
      // Lifts the open card above the badges of other composers further down the page.
      'data-open': String(open),
    },
    badge: {
      verdict: v,
      groups,
      audienceLine: audienceWords({ network, norm: v.norm, kind, visibility: audience.visibility, contactName: contact?.name }, translate),
      openKey: state.openKey,
      notice: state.notice,
      open,
      dismissed,
      contact,
      addState,
      addresseeLabel: person ? (person.name ?? `@${handle}`) : undefined,
      canAdd: !!(handle && profileUrlFor(network, handle, origin)),
    },
    highlights: highlightsOn ? spansOf(groups) : [],
    draft,
  };
}
