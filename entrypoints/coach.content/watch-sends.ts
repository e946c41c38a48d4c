import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { composerForEnter, composersForControl, isSendEnter, suggestionListOpen, sendControlIn } from '@/lib/composers/send-controls';
import type { ComposerAdapter } from '@/lib/composers/types';
import { settleSend } from '@/lib/coach/settle-send';
import type { ComposerSession } from './composer-session';
import type { SendTrigger } from './send-pause';

/**
 * Catches the page's sends before the page does (issue 10): capture-phase listeners on the window
 * run before the site's own handlers (React's sit on its root, Lexical's on the editor). A send is
 * held only when one of our composers' sessions says so; anything else, including a send Tact cannot
 * attribute to a coached composer, goes on untouched. The listeners die with the watcher or with the
 * content script's context (an orphaned script after an extension reload holds nothing).
 */
export function watchSends(ctx: ContentScriptContext, adapter: ComposerAdapter, sessions: () => Iterable<ComposerSession>): () => void {
  const spec = adapter.sends;
  if (!spec) return () => {};
  const abort = new AbortController();
  const signal = AbortSignal.any([ctx.signal, abort.signal]);

  const decide = (event: Event, targets: ComposerSession[], trigger: SendTrigger) => {
    if (!ctx.isValid || !targets.length) return;
    // One send from several boxes (an X thread) is held whole, once, if any box flips.
    if (!settleSend(targets.map((s) => s.judgeSend(trigger)))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onClick = (e: MouseEvent) => {
    const control = sendControlIn(e.composedPath(), spec);
    if (control) decide(e, composersForControl(control, sessions(), spec), { type: 'click', control: control as HTMLElement });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!isSendEnter(e) || suggestionListOpen(e.composedPath()[0])) return;
    const target = composerForEnter(e.composedPath()[0], sessions(), spec);
    if (target) decide(e, [target], { type: 'enter' });
  };
  window.addEventListener('click', onClick, { capture: true, signal });
  window.addEventListener('keydown', onKeyDown, { capture: true, signal });
  return () => abort.abort();
}
