import type { ComposerKind } from '@/lib/composers/types';
import type { NetworkId } from '@/lib/networks';
import type { CoachBadgeProps } from '@/components/coach/CoachBadge';
import type { DraftCheck } from './check-draft';
import type { CoachDeps } from './coach-deps';
import { createCardActions } from './card-actions';
import { coachingRecord } from './record-outcome';
import { applyCheck, goneOutcome, initialState, type Outcome, type SessionState } from './session-state';
import { viewOf, type BadgeCallbackName, type SessionView } from './session-view';

export type BadgeCallbacks = Pick<CoachBadgeProps, BadgeCallbackName>;

export interface SessionCoreParts {
  network: NetworkId;
  kind: ComposerKind;
  origin: string;
  deps: CoachDeps;
  /** One check of the draft; `isCurrent` turns false once a newer check started or the session ended. */
  check(isCurrent: () => boolean): Promise<DraftCheck | null>;
  paint(view: SessionView, callbacks: BadgeCallbacks): void;
}

export interface SessionCore {
  check(): Promise<void>;
  /** Open the card on one group (a click on its highlighted words). */
  openGroup(key: string): void;
  /** The user typed: a card opened from highlighted words gives the editor back (it may cover the send button). */
  edited(): void;
  dispose(reason: 'gone' | 'stopped'): void;
  readonly disposed: boolean;
  readonly state: SessionState;
}

/**
 * The logic of one composer's coach, without the page: only the latest check counts, outcomes are
 * recorded, the card's buttons (card-actions.ts) change the state, and every change repaints from a pure view.
 */
export function createSessionCore(p: SessionCoreParts): SessionCore {
  let state = initialState(p.kind);
  let seq = 0;
  let disposed = false;
  const { deps, network } = p;

  const record = (outcome: Outcome | null) => {
    const req = outcome && coachingRecord(state, network, outcome, deps.settings().keepDraftText);
    if (req) deps.recordCoaching(req).catch((err: unknown) => deps.logOnce('record', err));
  };
  const paint = () => {
    const view = disposed ? null : viewOf(state, network, p.origin, deps.settings().highlights);
    if (view) p.paint(view, actions.callbacks);
  };
  const update = (change: Partial<SessionState>) => {
    state = { ...state, ...change };
    paint();
  };

  async function check(): Promise<void> {
    if (disposed) return;
    const mine = ++seq;
    const result = await p.check(() => mine === seq && !disposed);
    if (!result || mine !== seq || disposed) return;
    const next = applyCheck(state, result);
    state = next.state;
    record(next.outcome);
    paint();
  }

  const actions = createCardActions({
    network,
    origin: p.origin,
    deps,
    state: () => state,
    set: (change) => void (state = { ...state, ...change }),
    update,
    paint,
    record,
    check,
  });

  return {
    check,
    openGroup: (key) => update({ open: true, openKey: key }),
    edited: () => {
      if (state.open && state.openKey) update({ open: false, openKey: null });
    },
    dispose(reason) {
      if (disposed) return;
      // A confirmed pause still happens if the composer goes away during its Undo window.
      actions.dispose();
      if (reason === 'gone') record(goneOutcome(state));
      disposed = true;
    },
    get disposed() {
      return disposed;
    },
    get state() {
      return state;
    },
  };
}
