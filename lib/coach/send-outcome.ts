import type { Level } from '../classifier/types';

/** What a user did with a send Tact paused, or with a flip they saw (issue 10, part 2). */
export type SendOutcome = 'revised' | 'cancelled' | 'posted-anyway' | 'fixed-before-send';

/** The verdict's rule ids and categories: what is recorded, never the text. */
export interface Findings {
  ruleIds: string[];
  categories: string[];
}

/**
 * One composer's pending episode. `paused`: a send was held and its outcome is not known yet.
 * `flipSeen`: the badge showed flip and no send has happened since (for fixed-before-send).
 */
export interface OutcomeState {
  paused: (Findings & { text: string }) | null;
  flipSeen: Findings | null;
}

export type OutcomeEvent =
  /** A debounced check painted the badge. */
  | { type: 'checked'; level: Level; empty: boolean; findings: Findings }
  /** A send was held: the "before you send" card opened. */
  | { type: 'held'; text: string; findings: Findings }
  /** A send went out (the site showed it: the box emptied or left the page), "… anyway" releases included. */
  | { type: 'sent'; text: string; level: Level }
  /** The composer left the page, or the user closed it, without a send. */
  | { type: 'gone' };

export interface Decided extends Findings {
  outcome: SendOutcome;
}

export const initialOutcome: OutcomeState = { paused: null, flipSeen: null };

const settled = (outcome: SendOutcome, f: Findings): Decided => ({ outcome, ruleIds: f.ruleIds, categories: f.categories });

/** Each paused send gets exactly one outcome; a flip fixed before any send gets one too. */
export function stepOutcome(state: OutcomeState, event: OutcomeEvent): { state: OutcomeState; decided: Decided | null } {
  const { paused, flipSeen } = state;
  switch (event.type) {
    case 'held':
      // Held again after Edit: still the same paused send, judged by how it finally ends.
      return { state: { paused: paused ?? { text: event.text, ...event.findings }, flipSeen: null }, decided: null };
    case 'sent': {
      if (!paused) return { state: initialOutcome, decided: null };
      // The held text released by "… anyway", or sent while still a flip with the pause since turned off.
      const revised = event.text !== paused.text && event.level !== 'flip';
      return { state: initialOutcome, decided: settled(revised ? 'revised' : 'posted-anyway', paused) };
    }
    case 'gone':
      return { state: initialOutcome, decided: paused && settled('cancelled', paused) };
    case 'checked':
      if (event.empty) return { state: initialOutcome, decided: paused && settled('cancelled', paused) };
      if (event.level === 'flip') return { state: { paused, flipSeen: paused ? null : event.findings }, decided: null };
      if (flipSeen && !paused) return { state: initialOutcome, decided: settled('fixed-before-send', flipSeen) };
      return { state, decided: null };
  }
}
