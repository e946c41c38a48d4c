import type { Level, Verdict } from '@/lib/classifier/types';
import { outcomeOf, type DraftState } from '@/lib/composers/coaching-outcome';
import type { DraftText } from '@/lib/composers/read-draft';
import type { Audience, ComposerKind, ContactSummary } from '@/lib/composers/types';
import type { CoachingAction } from '@/lib/messaging/protocol';
import type { AddState } from '@/components/coach/ContactContextBlock';
import { groupFindings } from '@/lib/coach/group-findings';
import type { CardNotice } from '@/components/coach/CardNotice';
import type { DraftCheck } from './check-draft';

/** Everything one composer's coach knows; changed only by the pure transitions below. */
export interface SessionState {
  draft: DraftText;
  audience: Audience;
  contact: ContactSummary | null;
  verdict: Verdict | null;
  open: boolean;
  /** Keys of the finding groups the user dismissed; a group not among them brings the badge back. */
  dismissedKeys: readonly string[];
  /** The group whose details the card shows open (a click on a highlighted phrase). */
  openKey: string | null;
  notice: CardNotice | null;
  addState: AddState;
  /** The last checked draft's level and emptiness, to tell what the user did after a warning. */
  last: DraftState | null;
}

/** An outcome to record: what the user did, and the level of the warning they did it after. */
export interface Outcome {
  action: CoachingAction;
  level: Level;
}

export const initialState = (kind: ComposerKind): SessionState => ({
  draft: { text: '', segments: [] },
  audience: { kind, mentions: [] },
  contact: null,
  verdict: null,
  open: false,
  dismissedKeys: [],
  openKey: null,
  notice: null,
  addState: 'idle',
  last: null,
});

/** A finished check: an emptied draft (sent, or cleared) starts afresh, so a dismissal does not outlive it. */
export function applyCheck(state: SessionState, check: DraftCheck): { state: SessionState; outcome: Outcome | null } {
  const empty = !check.draft.text.trim();
  const now: DraftState = { level: check.verdict.level, empty };
  const action = outcomeOf(state.last, now);
  const next = { ...state, ...check, dismissedKeys: empty ? [] : state.dismissedKeys, last: now };
  return { state: next, outcome: action && state.last ? { action, level: state.last.level } : null };
}

/** Dismiss silences the groups shown now, and only those. */
export const dismiss = (state: SessionState): { state: SessionState; outcome: Outcome } => ({
  state: {
    ...state,
    dismissedKeys: [...new Set([...state.dismissedKeys, ...groupFindings(state.verdict?.findings ?? []).map((g) => g.key)])],
    open: false,
    notice: null,
  },
  outcome: { action: 'dismissed', level: state.verdict?.level ?? 'ok' },
});

/** The composer left the page: a flagged draft that vanished with it most likely went out. */
export function goneOutcome(state: SessionState): Outcome | null {
  const action = state.last && outcomeOf(state.last, 'gone');
  return action && state.last ? { action, level: state.last.level } : null;
}
