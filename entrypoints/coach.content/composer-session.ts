import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Verdict } from '@/lib/classifier/types';
import { addressee, effectiveKind } from '@/lib/composers/audience';
import { outcomeOf, type DraftState } from '@/lib/composers/coaching-outcome';
import { CHECK_DELAY_MS, debounce } from '@/lib/composers/debounce';
import { profileUrlFor } from '@/lib/profile/profile-url';
import { domRangeFor, type DraftText } from '@/lib/composers/read-draft';
import type { Audience, ComposerAdapter, ContactSummary, FoundComposer } from '@/lib/composers/types';
import { checkDraft } from './check-draft';
import { ctxTimers } from './ctx-timers';
import type { AddState } from '@/components/coach/ContactContextBlock';
import { sharedWithLabel } from '@/components/coach/level-text';
import { createBadgeHost, type BadgeHost } from './badge-host';
import type { CoachDeps, CoachingAction } from './coach-deps';
import { clearHighlights, setHighlights } from './highlights';
import { placeMirror, renderMirror } from './textarea-overlay';
import { watchEditor } from './watch-editor';

export interface ComposerSession {
  readonly editor: HTMLElement;
  recheck(): void;
  ensureAttached(): void;
  place(): void;
  /** 'gone': the composer left the page (a sent message often does); 'stopped': Tact was turned off. */
  dispose(reason: 'gone' | 'stopped'): void;
}

/** One composer: listens for pauses in typing, classifies the draft, keeps its badge and highlights current. */
export function startSession(ctx: ContentScriptContext, adapter: ComposerAdapter, found: FoundComposer, deps: CoachDeps): ComposerSession {
  const { editor } = found;
  const network = adapter.network;
  const isField = editor.tagName === 'TEXTAREA';
  const abort = new AbortController();
  const signal = AbortSignal.any([ctx.signal, abort.signal]);
  let host: BadgeHost | null = null;
  let disposed = false;
  let seq = 0;
  let verdict: Verdict | null = null;
  let audience: Audience = { kind: found.kind, mentions: [] };
  let contact: ContactSummary | null = null;
  let open = false;
  let dismissed = false;
  let addState: AddState = 'idle';
  let last: DraftState | null = null;
  let draft: DraftText = { text: '', segments: [] };

  const timers = ctxTimers(ctx);
  const checker = debounce(() => void check(), CHECK_DELAY_MS, timers);
  signal.addEventListener('abort', () => checker.cancel());
  // Inside the page's task Tact only marks the draft dirty; the debounce is re-armed after it.
  const watch = watchEditor(editor, () => checker.trigger(), timers, !isField);
  signal.addEventListener('abort', () => watch.stop());
  // Geometry is read in a task of our own too: inside a scroll event or a resize callback of the
  // page's frame, reading rects can force the layout of a 100 KB draft and bill it to Tact.
  let placing = false;
  const placeSoon = () => {
    if (placing) return;
    placing = true;
    timers.setTimeout(() => {
      placing = false;
      place();
    }, 0);
  };
  if (isField) editor.addEventListener('scroll', placeSoon, { signal, passive: true });
  const ro = new ResizeObserver(placeSoon);
  ro.observe(editor);
  signal.addEventListener('abort', () => ro.disconnect());

  createBadgeHost(ctx, () => adapter.anchor(editor)).then(
    (h) => {
      if (disposed) return h.remove();
      host = h;
      void check();
    },
    (err) => deps.logOnce('badge', err),
  );

  async function check(): Promise<void> {
    if (disposed || !host) return;
    const mine = ++seq;
    const result = await checkDraft(adapter, found, deps, () => mine === seq && !disposed);
    if (!result || mine !== seq || disposed) return;
    ({ draft, audience, contact, verdict } = result);
    const empty = !draft.text.trim();
    if (empty) dismissed = false;
    const now: DraftState = { level: result.verdict.level, empty };
    const action = outcomeOf(last, now);
    if (action) record(action, last!.level);
    last = now;
    paint();
  }

  const who = () => addressee(audience);

  function record(action: CoachingAction, level = verdict?.level ?? 'ok'): void {
    const person = who();
    if (!person?.handle && !contact) return;
    const categories = [...new Set(verdict?.findings.map((f) => f.category) ?? [])].slice(0, 20);
    const keep = deps.settings().keepDraftText && draft.text ? { draftText: draft.text.slice(0, 100_000) } : {};
    deps
      .recordCoaching({ contactId: contact?.id, network, handle: person?.handle, level, categories, action, ...keep })
      .catch((err) => deps.logOnce('record', err));
  }

  function paint(): void {
    if (!host || !verdict) return;
    const v = verdict;
    // Geometry first: reading rects after our own writes would force the page to lay out again.
    place();
    host.setAttributes({
      'data-level': v.level,
      'data-network': network,
      'data-composer': effectiveKind(audience),
      'data-norm': v.norm.norm,
      // Where the norm came from (audience, contact, network, default), and how long the draft this
      // verdict judged was: tests wait for the verdict on the text they typed, not any earlier one.
      'data-norm-source': v.norm.source,
      'data-draft-length': String(draft.text.length),
      'data-rules': [...new Set(v.findings.map((f) => f.ruleId))].join(' '),
      'data-dismissed': String(dismissed),
      // Lifts the open card above the badges of other composers further down the page.
      'data-open': String(open),
    });
    const person = who();
    const handle = person?.handle;
    host.render({
      verdict: v, open, dismissed, contact, addState,
      addresseeLabel: person ? (person.name ?? `@${handle}`) : undefined,
      sharedWith: sharedWithLabel(audience.visibility),
      canAdd: !!(handle && profileUrlFor(network, handle, location.origin)),
      onToggle: () => { open = !open; paint(); },
      onDismiss: () => { dismissed = true; open = false; record('dismissed'); paint(); },
      onMute: (ruleId) => void deps.muteRule(ruleId).catch((e) => deps.logOnce('settings', e)),
      onPause: () => void deps.pauseSite().catch((e) => deps.logOnce('settings', e)),
      onOpenContact: (id) => void deps.openContact(id).catch((e) => deps.logOnce('notebook', e)),
      onAddContact: () => void addContact(),
    });
    const show = deps.settings().highlights && !dismissed ? v.findings : [];
    if (isField) renderMirror(host.mirror, editor as HTMLTextAreaElement, draft.text, show);
    else setHighlights(session, show, (f) => toRange(f.start, f.end));
  }

  function toRange(start: number, end: number): Range | null {
    const at = domRangeFor(draft, start, end);
    if (!at) return null;
    try {
      const r = document.createRange();
      r.setStart(at[0].node, at[0].offset);
      r.setEnd(at[1].node, at[1].offset);
      return r;
    } catch {
      return null; // the text changed since it was read; the next check maps it again
    }
  }

  async function addContact(): Promise<void> {
    const person = who();
    const profileUrl = person?.handle && profileUrlFor(network, person.handle, location.origin);
    if (!person?.handle || !profileUrl) return;
    addState = 'adding';
    paint();
    try {
      await deps.addContact({ network, handle: person.handle, name: person.name ?? person.handle, profileUrl });
      addState = 'added';
    } catch (err) {
      addState = 'failed';
      deps.logOnce('notebook', err);
    }
    void check();
  }

  function place(): void {
    if (!host || disposed) return;
    host.place(editor);
    if (isField) placeMirror(host.mirror, editor as HTMLTextAreaElement);
  }

  const session: ComposerSession = {
    editor,
    recheck: () => void check(),
    ensureAttached: () => host?.ensureAttached(),
    place,
    dispose(reason) {
      if (disposed) return;
      if (reason === 'gone' && last) {
        const action = outcomeOf(last, 'gone');
        if (action) record(action, last.level);
      }
      disposed = true;
      checker.cancel();
      abort.abort();
      clearHighlights(session);
      host?.remove();
    },
  };
  return session;
}
