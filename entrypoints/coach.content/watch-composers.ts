import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComposerAdapter, FoundComposer } from '@/lib/composers/types';
import type { CoachDeps } from './coach-deps';
import { startSession, type ComposerSession } from './composer-session';
import { ctxTimers } from './ctx-timers';
import { watchSends } from './watch-sends';

export interface ComposerWatcher {
  scan(): void;
  recheckAll(): void;
  stop(): void;
}

/**
 * One MutationObserver per page (plus a capturing focusin, for boxes created on click) finds
 * composers as single-page sites render them. Each editor gets exactly one session and badge; a
 * session whose editor left the page is disposed, so adding and removing a composer leaves nothing behind.
 */
export function watchComposers(ctx: ContentScriptContext, adapter: ComposerAdapter, deps: CoachDeps): ComposerWatcher {
  const sessions = new Map<HTMLElement, ComposerSession>();
  let stopped = false;
  let scheduled = false;
  let framed = false;
  const timers = ctxTimers(ctx);

  function scan(): void {
    scheduled = false;
    if (stopped) return;
    let found: FoundComposer[];
    try {
      found = adapter.find(document);
    } catch (err) {
      // A selector the browser rejects, or a page shape the adapter cannot read: this network's
      // coach stops on this page, quietly, and the page is untouched.
      deps.logOnce(`${adapter.network}:find`, err);
      return stop();
    }
    const live = new Set(found.map((f) => f.editor));
    for (const [editor, s] of sessions) {
      if (!editor.isConnected || !live.has(editor)) {
        s.dispose('gone');
        sessions.delete(editor);
      }
    }
    for (const f of found) {
      const s = sessions.get(f.editor);
      if (s) s.ensureAttached();
      else sessions.set(f.editor, startSession(ctx, adapter, f, deps));
    }
  }

  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    timers.setTimeout(scan, 120);
  };

  // Typing inside a known editor mutates the DOM too; those records need no rescan.
  const insideKnownEditor = (n: Node) => {
    for (const editor of sessions.keys()) if (editor !== n && editor.contains(n)) return true;
    return false;
  };
  // Observers only take note: a big paste delivers a mutation batch per line, thousands inside the
  // page's one task. Batches are looked at after the task; a second batch in the same task means a
  // bulk change, so the observer unhooks until the task is over and a rescan reads the page fresh.
  let batches: MutationRecord[][] = [];
  const observe = () => observer.observe(document.documentElement, { childList: true, subtree: true });
  const afterTask = () => {
    const seen = batches;
    batches = [];
    if (stopped) return;
    if (seen.length > 1) {
      observe();
      schedule();
    } else if (!seen[0]?.every((r) => insideKnownEditor(r.target))) schedule();
  };
  const observer = new MutationObserver((records) => {
    if (batches.push(records) === 1) timers.setTimeout(afterTask, 0);
    else observer.disconnect();
  });
  observe();

  const placeAll = () => {
    framed = false;
    for (const s of sessions.values()) s.place();
  };
  // Badges are placed relative to their host, which scrolls with the editor, so scrolling needs no
  // work. After a resize, read the rects once the frame is laid out (rAF, then a task): reading in
  // rAF would force the page's layout early and bill it to Tact.
  const onResize = () => {
    if (framed) return;
    framed = true;
    requestAnimationFrame(() => timers.setTimeout(placeAll, 0));
  };
  ctx.addEventListener(document, 'focusin', schedule, { capture: true });
  ctx.addEventListener(window, 'resize', onResize, { passive: true });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  const stopSends = watchSends(ctx, adapter, () => sessions.values());

  function stop(): void {
    if (stopped) return;
    stopped = true;
    stopSends();
    observer.disconnect();
    for (const s of sessions.values()) s.dispose('stopped');
    sessions.clear();
  }
  ctx.onInvalidated(stop);
  scan();

  return {
    scan,
    recheckAll: () => sessions.forEach((s) => s.recheck()),
    stop,
  };
}
