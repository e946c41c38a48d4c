import type { Finding } from '@/lib/classifier/types';
import { addressee, effectiveKind } from '@/lib/composers/audience';
import type { DraftText } from '@/lib/composers/read-draft';
import type { NetworkId } from '@/lib/networks';
import { profileUrlFor } from '@/lib/profile/profile-url';
import type { CoachBadgeProps } from '@/components/coach/CoachBadge';
import { sharedWithLabel } from '@/components/coach/level-text';
import type { SessionState } from './session-state';

type Callbacks = 'below' | 'onToggle' | 'onDismiss' | 'onMute' | 'onPause' | 'onOpenContact' | 'onAddContact';

/** What the page shows for a verdict: host attributes, badge props (without callbacks) and highlights. */
export interface SessionView {
  attributes: Record<string, string>;
  badge: Omit<CoachBadgeProps, Callbacks>;
  highlights: readonly Finding[];
  /** The draft the highlights' offsets point into. */
  draft: DraftText;
}

/** Pure: the same state always gives the same view. Null until the first verdict. */
export function viewOf(state: SessionState, network: NetworkId, origin: string, highlightsOn: boolean): SessionView | null {
  const { verdict: v, audience, draft, open, dismissed, contact, addState } = state;
  if (!v) return null;
  const person = addressee(audience);
  const handle = person?.handle;
  return {
    attributes: {
      'data-level': v.level,
      'data-network': network,
      'data-composer': effectiveKind(audience),
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
      open,
      dismissed,
      contact,
      addState,
      addresseeLabel: person ? (person.name ?? `@${handle}`) : undefined,
      sharedWith: sharedWithLabel(audience.visibility),
      canAdd: !!(handle && profileUrlFor(network, handle, origin)),
    },
    highlights: highlightsOn && !dismissed ? v.findings : [],
    draft,
  };
}
