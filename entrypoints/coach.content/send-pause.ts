import type { Verdict } from '@/lib/classifier/types';
import { edit, initialGuard, onSend, postAnyway, type GuardState } from '@/lib/coach/send-guard';
import { initialOutcome, stepOutcome, type OutcomeEvent, type OutcomeState } from '@/lib/coach/send-outcome';
import { effectiveKind } from '@/lib/composers/audience';
import type { NetworkId } from '@/lib/networks';
import { pauseEnabled } from '@/lib/settings/schema';
import type { BadgeHost } from './badge-host';
import type { CoachDeps } from './coach-deps';
import { restoreCaret, saveCaret, type SavedCaret } from './caret';
import type { SendJudgement } from './judge-send';

/** How the user sent: a click on the network's control, or Enter in a composer where Enter sends. */
export type SendTrigger = { type: 'click'; control: HTMLElement } | { type: 'enter' };

/** A decision taken at the instant of a send; `commit` runs only for the sends that happen as decided. */
export interface SendCall {
  hold: boolean;
  commit(): void;
}

export interface SendPause {
  /** Asked by the send watcher inside the event's listener: must the send be held? */
  judge(trigger: SendTrigger): SendCall;
  /** A debounced check finished: feeds the outcomes, and closes the card if the draft moved on. */
  checked(text: string, verdict: Verdict): void;
  dispose(reason: 'gone' | 'stopped'): void;
}

const findingsOf = (v: Verdict) => ({
  ruleIds: [...new Set(v.findings.map((f) => f.ruleId))].slice(0, 50),
  categories: [...new Set(v.findings.map((f) => f.category))].slice(0, 20),
});

/**
 * One composer's pause (issue 10): the pure guard decides, this file holds the page's event, shows
 * the card, and re-dispatches the held send once when the user picks "… anyway".
 */
export function createSendPause(p: {
  network: NetworkId;
  editor: HTMLElement;
  deps: CoachDeps;
  host: () => BadgeHost | null;
  judgeNow: () => SendJudgement;
}): SendPause {
  const { deps, network, editor } = p;
  let guard: GuardState = initialGuard;
  let outcome: OutcomeState = initialOutcome;
  let held: { trigger: SendTrigger; caret: SavedCaret } | null = null;

  const step = (event: OutcomeEvent) => {
    const r = stepOutcome(outcome, event);
    outcome = r.state;
    if (r.decided) deps.recordSendOutcome({ network, ...r.decided, at: Date.now() });
  };
  const closeCard = () => {
    held = null;
    p.host()?.renderPause(null);
  };

  function onEdit(): void {
    guard = edit(guard);
    const caret = held?.caret ?? null;
    closeCard();
    restoreCaret(editor, caret);
  }

  function onSendAnyway(): void {
    const trigger = held?.trigger;
    const r = postAnyway(guard);
    guard = r.state;
    closeCard();
    if (r.release === null || !trigger) return;
    step({ type: 'posted-anyway' });
    // The site's own handler runs once, on a re-dispatched event the guard now lets through.
    if (trigger.type === 'click') trigger.control.click();
    else {
      editor.focus({ preventScroll: true });
      const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
      editor.dispatchEvent(new KeyboardEvent('keydown', init));
    }
  }

  function hold(trigger: SendTrigger, j: SendJudgement): void {
    held = { trigger, caret: saveCaret(editor) };
    step({ type: 'held', text: j.text, findings: findingsOf(j.verdict) });
    const isMessage = effectiveKind(j.audience) === 'dm';
    p.host()?.renderPause({ verdict: j.verdict, isMessage, onEdit, onSendAnyway });
  }

  return {
    judge(trigger) {
      let j: SendJudgement;
      try {
        j = p.judgeNow();
      } catch (err) {
        // A send Tact cannot judge is the site's: never held.
        deps.logOnce('send-judge', err);
        return { hold: false, commit: () => {} };
      }
      const enabled = pauseEnabled(deps.settings(), network) && canShowCard(p.host());
      const r = onSend(guard, { text: j.text, level: j.verdict.level, enabled });
      return {
        hold: r.decision === 'hold',
        commit() {
          guard = r.state;
          if (r.decision === 'hold') return hold(trigger, j);
          if (!j.text.trim()) return;
          step({ type: 'sent', text: j.text, level: j.verdict.level });
          deps.onSent({ text: j.text, network, audience: j.audience });
        },
      };
    },
    checked(text, verdict) {
      step({ type: 'checked', level: verdict.level, empty: !text.trim(), findings: findingsOf(verdict) });
      // "Post anyway" was for that send: once the box is empty, the same text later is judged again.
      if (!text.trim() && guard.approved !== null) guard = { ...guard, approved: null };
      // The user typed while the card was open, or turned the pause off: the card goes, nothing is held.
      if (guard.held !== null && (text !== guard.held || !pauseEnabled(deps.settings(), network))) {
        guard = edit(guard);
        closeCard();
      }
    },
    dispose(reason) {
      if (reason === 'gone') step({ type: 'gone' });
      guard = initialGuard;
      held = null;
    },
  };
}

/**
 * A send is held only where its card can be seen: a host the page detached or hid (display:none,
 * visibility:hidden on an ancestor) would hold the send with no Edit or Post anyway to press.
 */
function canShowCard(host: BadgeHost | null): boolean {
  if (!host?.host.isConnected) return false;
  const el = host.host;
  // Without checkVisibility (Chromium < 105, Firefox < 106, DOM stand-ins) a connected host is trusted.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}
