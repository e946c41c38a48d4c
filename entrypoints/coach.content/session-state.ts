import type { Level, Verdict } from '@/lib/classifier/types';
import { outcomeOf, type DraftState } from '@/lib/composers/coaching-outcome';
import type { DraftText } from '@/lib/composers/read-draft';
import type { Audience, ComposerKind, ContactSummary } from '@/lib/composers/types';
import type { CoachingAction } from '@/lib/messaging/protocol';
import type { AddState } from '@/components/coach/ContactContextBlock';
import type { DraftCheck } from './check-draft';

/** Everything one composer's coach knows; changed only by the pure transitions below. */
export interface SessionState {
  draft: DraftText;
  audience: Audience;
  contact: ContactSummary | null;
  verdict: Verdict | null;
  open: boolean;
  dismissed: boolean;
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
  dismissed: false,
  addState: 'idle',
  last: null,
});

/** A finished check: an emptied draft (sent, or cleared) starts afresh, so a dismissal does not outlive it. */
export function applyCheck(state: SessionState, check: DraftCheck): { state: SessionState; outcome: Outcome | null } {
  const empty = !check.draft.text.trim();
  const now: DraftState = { level: check.verdict.level, empty };
  const action = outcomeOf(state.last, now);
  const next = { ...state, ...check, dismissed: empty ? false : state.dismissed, last: now };
  return { state: next, outcome: action && state.last ? { action, level: state.last.level } : null };
}

export const dismiss = (state: SessionState): { state: SessionState; outcome: Outcome } => ({
  state: { ...state, dismissed: true, open: false },
  outcome: { action: 'dismissed', level: state.verdict?.level ?? 'ok' },
});

/** The composer left the page: a flagged draft that vanished with it most likely went out. */
export function goneOutcome(state: SessionState): Outcome | null {
  const action = state.last && outcomeOf(state.last, 'gone');
  return action && state.last ? { action, level: state.last.level } : null;
}
