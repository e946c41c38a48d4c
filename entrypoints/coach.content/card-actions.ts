import { addressee } from '@/lib/composers/audience';
import type { NetworkId } from '@/lib/networks';
import { profileUrlFor } from '@/lib/profile/profile-url';
import { PAUSE_UNDO_MS } from '@/components/coach/CardNotice';
import type { CoachDeps } from './coach-deps';
import type { BadgeCallbacks } from './session-core';
import { dismiss, type Outcome, type SessionState } from './session-state';

/** What the card's buttons may do to their session. */
interface SessionHandle {
  network: NetworkId;
  origin: string;
  deps: CoachDeps;
  state(): SessionState;
  /** Change the state without repainting (the caller repaints, or a check will). */
  set(change: Partial<SessionState>): void;
  /** Change the state and repaint. */
  update(change: Partial<SessionState>): void;
  paint(): void;
  record(outcome: Outcome | null): void;
  check(): Promise<void>;
}

export interface CardActions {
  callbacks: BadgeCallbacks;
  /** The session ends: a pause the user confirmed still happens if its Undo window was running. */
  dispose(): void;
}

/** The card's buttons: dismiss, mute and its undo, pause the site (with Undo for a few seconds), the notebook's links. */
export function createCardActions(s: SessionHandle): CardActions {
  const logTo = (key: string) => (err: unknown) => s.deps.logOnce(key, err);
  const site = new URL(s.origin).host;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;

  const callbacks: BadgeCallbacks = {
    onToggle: () => s.update({ open: !s.state().open, openKey: null, notice: s.state().open ? null : s.state().notice }),
    // Closing keeps a pending pause going: the user confirmed it, Undo is only offered while open.
    onClose: () => s.update({ open: false, openKey: null, notice: s.state().notice?.kind === 'paused' ? s.state().notice : null }),
    onDismiss: () => {
      const next = dismiss(s.state());
      s.set(next.state);
      s.record(next.outcome);
      s.paint();
    },
    onMute: (muteKey, label) => {
      s.update({ notice: { kind: 'muted', muteKey, label } });
      s.deps.muteRule(muteKey).catch(logTo('settings'));
    },
    onUndoMute: (muteKey) => {
      s.update({ notice: null });
      s.deps.muteRule(muteKey, false).catch(logTo('settings'));
    },
    onPause: () => s.update({ notice: { kind: 'pause-confirm', site } }),
    onConfirmPause: () => {
      s.update({ notice: { kind: 'paused', site } });
      clearTimeout(pauseTimer);
      pauseTimer = setTimeout(() => {
        pauseTimer = undefined;
        void s.deps.pauseSite().catch(logTo('settings'));
      }, PAUSE_UNDO_MS);
    },
    onCancelPause: () => {
      clearTimeout(pauseTimer);
      s.update({ notice: null });
    },
    onOpenContact: (id) => void s.deps.openContact(id).catch(logTo('notebook')),
    onAddContact: () => void addContact(s),
  };

  return {
    callbacks,
    dispose() {
      if (pauseTimer !== undefined && s.state().notice?.kind === 'paused') void s.deps.pauseSite().catch(logTo('settings'));
      clearTimeout(pauseTimer);
    },
  };
}

/** "Add to notebook" on the person the draft is addressed to; the card then shows them as known. */
async function addContact(s: SessionHandle): Promise<void> {
  const person = addressee(s.state().audience);
  const profileUrl = person?.handle && profileUrlFor(s.network, person.handle, s.origin);
  if (!person?.handle || !profileUrl) return;
  s.update({ addState: 'adding' });
  try {
    await s.deps.addContact({ network: s.network, handle: person.handle, name: person.name ?? person.handle, profileUrl });
    s.set({ addState: 'added' });
  } catch (err) {
    s.set({ addState: 'failed' });
    s.deps.logOnce('notebook', err);
  }
  void s.check();
}
