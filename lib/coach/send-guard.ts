import type { Level } from '../classifier/types';

/**
 * The send-interception state machine of one composer, without the page (issue 10). The page glue
 * asks `onSend` at the instant of each send and holds the event when told to; the card's buttons
 * call `postAnyway` and `edit`. Pure: every transition returns a new state.
 */
export interface GuardState {
  /** The text of the send being held while the "before you send" card is open. */
  held: string | null;
  /**
   * Text the user chose to post anyway. Sends of exactly this text pass: the one re-dispatched by
   * Post anyway, and the user's own retry if a site ignored that synthetic event. Any other text
   * clears it, so the next change is judged afresh.
   */
  approved: string | null;
}

export const initialGuard: GuardState = { held: null, approved: null };

export interface SendAttempt {
  /** The draft's text read at the instant of the send. */
  text: string;
  /** The verdict on that text, classified then (never the debounced badge's). */
  level: Level;
  /** The pause is on for this network (global and per-network settings). */
  enabled: boolean;
}

export type SendDecision = 'hold' | 'pass';

export function onSend(state: GuardState, send: SendAttempt): { state: GuardState; decision: SendDecision } {
  // A send while the card is open (a second click, or Enter): still held, nothing goes out twice.
  if (state.held !== null && send.enabled) return { state: { ...state, held: send.text }, decision: 'hold' };
  if (state.approved !== null && state.approved === send.text) return { state, decision: 'pass' };
  const next: GuardState = { held: null, approved: null };
  if (send.enabled && send.level === 'flip') return { state: { ...next, held: send.text }, decision: 'hold' };
  return { state: next, decision: 'pass' };
}

/** Post anyway: the held send is released exactly once; with nothing held there is nothing to release. */
export function postAnyway(state: GuardState): { state: GuardState; release: string | null } {
  if (state.held === null) return { state, release: null };
  return { state: { held: null, approved: state.held }, release: state.held };
}

/** Edit: the card closes and the held send is dropped; the next send is judged again on its text. */
export const edit = (state: GuardState): GuardState => ({ ...state, held: null });

/** Tact turned off, the site paused or the script orphaned: nothing stays held, so the user can send. */
export const releaseAll = (): GuardState => initialGuard;
