import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComposerAdapter, FoundComposer } from '@/lib/composers/types';
import { checkAfterEdits } from './check-after-edits';
import { checkDraft } from './check-draft';
import type { CoachDeps } from './coach-deps';
import { ctxTimers } from './ctx-timers';
import { editorKindOf } from './editor-kind';
import { judgeSend } from './judge-send';
import { createSendPause, type SendCall, type SendTrigger } from './send-pause';
import { openCardOnHighlightClick } from './open-card-on-highlight-click';
import { createSessionBadge } from './session-badge';
import { createSessionCore } from './session-core';
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
  const recheck = () => void (badge.host() && core.check());
  const badge = createSessionBadge(ctx, editor, kind, {
    anchor: () => adapter.anchor(editor),
    ended: () => core.disposed,
    ready: recheck,
    logOnce: deps.logOnce,
  });
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
    paint: badge.paint,
  });
  const pause = createSendPause({
    network: adapter.network,
    editor,
    deps,
    host: badge.host,
    judgeNow: () => judgeSend(adapter, found, deps, () => kind.read().text, core.state.contact),
    readText: () => kind.read().text,
    timers,
  });

  checkAfterEdits(editor, { observeMutations: !kind.isField, edited: core.edited, check: recheck, timers, signal });
  watchPlacement(editor, { scrolls: kind.isField, place: badge.place, timers, signal });
  openCardOnHighlightClick(editor, kind, badge, core, { timers, signal });

  return {
    editor,
    kind: found.kind,
    judgeSend: (trigger) => pause.judge(trigger),
    recheck,
    ensureAttached: badge.ensureAttached,
    place: badge.place,
    dispose(reason) {
      if (core.disposed) return;
      pause.dispose(reason);
      core.dispose(reason);
      abort.abort();
      kind.clear();
      badge.remove();
    },
  };
}
