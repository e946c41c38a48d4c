import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CHECK_DELAY_MS, debounce } from '@/lib/composers/debounce';
import type { ComposerAdapter, FoundComposer } from '@/lib/composers/types';
import { createBadgeHost, type BadgeHost } from './badge-host';
import { checkDraft } from './check-draft';
import type { CoachDeps } from './coach-deps';
import { ctxTimers } from './ctx-timers';
import { editorKindOf } from './editor-kind';
import { judgeSend } from './judge-send';
import { createSendPause, type SendCall, type SendTrigger } from './send-pause';
import { createSessionCore } from './session-core';
import type { SessionView } from './session-view';
import { watchEditor } from './watch-editor';
import { watchHighlightClicks } from './watch-highlight-clicks';
import { watchPlacement } from './watch-placement';

export interface ComposerSession {
  readonly editor: HTMLElement;
  readonly kind: FoundComposer['kind'];
  /** Judge a send from this composer at its instant (issue 10): hold it, or let it through. */
  judgeSend(trigger: SendTrigger): SendCall;
  recheck(): void;
  ensureAttached(): void;
  place(): void;
  /** 'gone': the composer left the page (a sent message often does); 'stopped': Tact was turned off. */
  dispose(reason: 'gone' | 'stopped'): void;
}

/**
 * One composer, wired to the page: the editor is watched for edits and moves, each pause in typing
 * runs a check through the session core, and the core's view is painted into our shadow root.
 */
export function startSession(ctx: ContentScriptContext, adapter: ComposerAdapter, found: FoundComposer, deps: CoachDeps): ComposerSession {
  const { editor } = found;
  const kind = editorKindOf(editor);
  const abort = new AbortController();
  const signal = AbortSignal.any([ctx.signal, abort.signal]);
  const timers = ctxTimers(ctx);
  let host: BadgeHost | null = null;
  let lastView: SessionView | null = null;

  const core = createSessionCore({
    network: adapter.network,
    kind: found.kind,
    origin: location.origin,
    deps,
    check: async (isCurrent) => {
      const r = await checkDraft(adapter, found, deps, isCurrent, kind.read);
      if (r && isCurrent()) pause.checked(r.draft.text, r.verdict);
      return r;
    },
    paint(view, callbacks) {
      if (!host) return;
      lastView = view;
      // Geometry first: reading rects after our own writes would force the page to lay out again.
      place();
      host.setAttributes(view.attributes);
      host.render({ ...view.badge, ...callbacks });
      kind.highlight(host.mirror, view.draft, view.highlights);
    },
  });
  const pause = createSendPause({
    network: adapter.network,
    editor,
    deps,
    host: () => host,
    judgeNow: () => judgeSend(adapter, found, deps, () => kind.read().text, core.state.contact),
  });
  const recheck = () => void (host && core.check());

  const checker = debounce(recheck, CHECK_DELAY_MS, timers);
  // Inside the page's task Tact only marks the draft dirty; the debounce is re-armed after it.
  const watch = watchEditor(
    editor,
    () => {
      core.edited();
      checker.trigger();
    },
    timers,
    !kind.isField,
  );
  watchPlacement(editor, { scrolls: kind.isField, place: () => place(), timers, signal });
  watchHighlightClicks(editor, {
    hasSelection: () => kind.hasSelection(),
    findingAt: (p) => (host && lastView ? kind.findingAt(p, host.mirror, lastView.draft, lastView.highlights) : null),
    open: (hit) => {
      const group = lastView?.badge.groups.find((g) => g.spans.includes(hit));
      if (group) core.openGroup(group.key);
    },
    timers,
    signal,
  });
  signal.addEventListener('abort', () => {
    checker.cancel();
    watch.stop();
  });

  createBadgeHost(ctx, () => adapter.anchor(editor)).then(
    (h) => {
      if (core.disposed) return h.remove();
      host = h;
      recheck();
    },
    (err) => deps.logOnce('badge', err),
  );

  function place(): void {
    if (!host || core.disposed) return;
    host.place(editor);
    kind.place(host.mirror);
  }

  return {
    editor,
    kind: found.kind,
    judgeSend: (trigger) => pause.judge(trigger),
    recheck,
    ensureAttached: () => host?.ensureAttached(),
    place,
    dispose(reason) {
      if (core.disposed) return;
      pause.dispose(reason);
      core.dispose(reason);
      abort.abort();
      kind.clear();
      host?.remove();
    },
  };
}
