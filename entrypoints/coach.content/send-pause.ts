import type { Verdict } from '@/lib/classifier/types';
import { edit, initialGuard, onSend, postAnyway, type GuardState } from '@/lib/coach/send-guard';
import { initialOutcome, stepOutcome, type OutcomeEvent, type OutcomeState } from '@/lib/coach/send-outcome';
import { effectiveKind } from '@/lib/composers/audience';
import type { NetworkId } from '@/lib/networks';
import type { SendCall } from '@/lib/coach/settle-send';
import type { Timers } from '@/lib/composers/debounce';
import { pauseEnabled } from '@/lib/settings/schema';
import { awaitSent, type PendingSend } from './await-sent';
import { canShowCard, type BadgeHost } from './badge-host';
import type { CoachDeps } from './coach-deps';
import { restoreCaret, saveCaret, type SavedCaret } from './caret';
import type { SendJudgement } from './judge-send';
import { redispatchSend, type SendTrigger } from './redispatch-send';

export type { SendCall, SendTrigger };

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
 * the card, and re-dispatches the held send once when the user picks "… anyway". A send that passes
 * is counted (its outcome, its fingerprint) only once the site shows it went out (await-sent.ts).
 */
export function createSendPause(p: {
  network: NetworkId;
  editor: HTMLElement;
  deps: CoachDeps;
  host: () => BadgeHost | null;
  judgeNow: () => SendJudgement;
  /** The draft's text now, cheaply: an emptied composer is how a site shows a send went out. */
  readText: () => string;
  timers: Timers;
}): SendPause {
  const { deps, network, editor } = p;
  let guard: GuardState = initialGuard;
  let outcome: OutcomeState = initialOutcome;
  let held: { trigger: SendTrigger; caret: SavedCaret; alongside: readonly SendCall[] } | null = null;
  let pending: PendingSend | null = null;

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
    const { trigger, alongside = [] } = held ?? {};
    const r = postAnyway(guard);
    guard = r.state;
    closeCard();
    if (r.release === null || !trigger) return;
    // The boxes sent along with this one go out with it; the released send passes the guard as a
    // send of unchanged text, and counts as posted anyway once the site shows it went out.
    for (const c of alongside) c.approve();
    redispatchSend(trigger, editor);
  }

  /** The send passed: counted when the box empties or leaves the page soon after, never before. */
  function expectSent(j: SendJudgement): void {
    pending?.cancel();
    const mine = awaitSent({
      wentOut: () => !editor.isConnected || !p.readText().trim(),
      timers: p.timers,
      settled(counted) {
        if (pending === mine) pending = null;
        p.host()?.host.toggleAttribute('data-sending', false);
        if (!counted) return;
        step({ type: 'sent', text: j.text, level: j.verdict.level });
        deps.onSent({ text: j.text, network, audience: j.audience });
      },
    });
    pending = mine;
    p.host()?.host.toggleAttribute('data-sending', true);
  }

  function hold(trigger: SendTrigger, j: SendJudgement, alongside: readonly SendCall[]): void {
    held = { trigger, caret: saveCaret(editor), alongside };
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
        return { hold: false, holding: false, commit: () => {}, approve: () => {} };
      }
      const enabled = pauseEnabled(deps.settings(), network) && canShowCard(p.host());
      const r = onSend(guard, { text: j.text, level: j.verdict.level, enabled });
      return {
        hold: r.decision === 'hold',
        holding: guard.held !== null,
        commit(alongside = []) {
          guard = r.state;
          if (r.decision === 'hold') return hold(trigger, j, alongside);
          if (j.text.trim()) expectSent(j);
        },
        approve: () => void (guard = { held: null, approved: j.text }),
      };
    },
    checked(text, verdict) {
      // An emptied box right after a send is that send going out, not a cancelled pause.
      pending?.check();
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
      // A composer that leaves the page right after a send took the message with it (a DM dialog closing).
      if (reason === 'gone') pending?.confirm();
      else pending?.cancel();
      if (reason === 'gone') step({ type: 'gone' });
      guard = initialGuard;
      held = null;
    },
  };
}
