import type { Level } from '../classifier/types';
import type { CoachingAction } from '../messaging/protocol';

export interface DraftState {
  level: Level;
  /** The draft is empty: just sent, or cleared. */
  empty: boolean;
}

/**
 * What the user did after a warning, for the contact's coaching history. A flagged draft that turns
 * fine was edited; a flagged draft that vanishes (box emptied or removed, which is how networks
 * clear a sent message) went out anyway. Nothing is recorded for drafts that were never flagged.
 */
export function outcomeOf(prev: DraftState | null, next: DraftState | 'gone'): CoachingAction | null {
  if (!prev || prev.level === 'ok' || prev.empty) return null;
  if (next === 'gone' || next.empty) return 'posted-anyway';
  return next.level === 'ok' ? 'edited' : null;
}
