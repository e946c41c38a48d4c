import { addressee } from '@/lib/composers/audience';
import type { ComposerKind } from '@/lib/composers/types';
import type { NetworkId } from '@/lib/networks';
import { profileUrlFor } from '@/lib/profile/profile-url';
import type { CoachBadgeProps } from '@/components/coach/CoachBadge';
import type { DraftCheck } from './check-draft';
import type { CoachDeps } from './coach-deps';
import { PAUSE_UNDO_MS } from '@/components/coach/CardNotice';
import { coachingRecord } from './record-outcome';
import { applyCheck, dismiss, goneOutcome, initialState, type Outcome, type SessionState } from './session-state';
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
 * recorded, the card's buttons change the state, and every change repaints from a pure view.
 */
export function createSessionCore(p: SessionCoreParts): SessionCore {
  let state = initialState(p.kind);
  let seq = 0;
  let disposed = false;
  const { deps, network } = p;
  const logTo = (key: string) => (err: unknown) => deps.logOnce(key, err);

  const record = (outcome: Outcome | null) => {
    const req = outcome && coachingRecord(state, network, outcome, deps.settings().keepDraftText);
    if (req) deps.recordCoaching(req).catch(logTo('record'));
  };
  const paint = () => {
    const view = disposed ? null : viewOf(state, network, p.origin, deps.settings().highlights);
    if (view) p.paint(view, callbacks);
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

  async function addContact(): Promise<void> {
    const person = addressee(state.audience);
    const profileUrl = person?.handle && profileUrlFor(network, person.handle, p.origin);
    if (!person?.handle || !profileUrl) return;
    update({ addState: 'adding' });
    try {
      await deps.addContact({ network, handle: person.handle, name: person.name ?? person.handle, profileUrl });
      state = { ...state, addState: 'added' };
    } catch (err) {
      state = { ...state, addState: 'failed' };
      deps.logOnce('notebook', err);
    }
    void check();
  }

  const site = new URL(p.origin).host;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelPause = () => {
    clearTimeout(pauseTimer);
    update({ notice: null });
  };
  const callbacks: BadgeCallbacks = {
    onToggle: () => update({ open: !state.open, openKey: null, notice: state.open ? null : state.notice }),
    // Closing keeps a pending pause going: the user confirmed it, Undo is only offered while open.
    onClose: () => update({ open: false, openKey: null, notice: state.notice?.kind === 'paused' ? state.notice : null }),
    onDismiss: () => {
      const next = dismiss(state);
      state = next.state;
      record(next.outcome);
      paint();
    },
    onMute: (muteKey, label) => {
      update({ notice: { kind: 'muted', muteKey, label } });
      deps.muteRule(muteKey).catch(logTo('settings'));
    },
    onUndoMute: (muteKey) => {
      update({ notice: null });
      deps.muteRule(muteKey, false).catch(logTo('settings'));
    },
    onPause: () => update({ notice: { kind: 'pause-confirm', site } }),
    onConfirmPause: () => {
      update({ notice: { kind: 'paused', site } });
      clearTimeout(pauseTimer);
      pauseTimer = setTimeout(() => {
        pauseTimer = undefined;
        void deps.pauseSite().catch(logTo('settings'));
      }, PAUSE_UNDO_MS);
    },
    onCancelPause: cancelPause,
    onOpenContact: (id) => void deps.openContact(id).catch(logTo('notebook')),
    onAddContact: () => void addContact(),
  };

  return {
    check,
    openGroup: (key) => update({ open: true, openKey: key }),
    edited: () => {
      if (state.open && state.openKey) update({ open: false, openKey: null });
    },
    dispose(reason) {
      if (disposed) return;
      // A confirmed pause still happens if the composer goes away during its Undo window.
      if (pauseTimer !== undefined && state.notice?.kind === 'paused') void deps.pauseSite().catch(logTo('settings'));
      clearTimeout(pauseTimer);
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
