import type { Timers } from '@/lib/composers/debounce';
import type { Finding } from '@/lib/classifier/types';
import type { Point } from './hit-test';

interface Options {
  /** Whether the user is selecting text (a drag that ends on highlighted words is not a click on them). */
  hasSelection(): boolean;
  /** The highlighted finding drawn under the point, if any. */
  findingAt(p: Point): Finding | null;
  open(f: Finding): void;
  timers: Timers;
  signal: AbortSignal;
}

/**
 * A plain click on highlighted words opens the card on their finding. Only the click's point is read
 * (never the selection, which the editor may settle later): the click still reaches the editor and
 * puts the caret there as usual, and nothing in the editor changes. The lookup runs in a task of our
 * own, after the page's click handlers.
 */
export function watchHighlightClicks(editor: HTMLElement, o: Options): void {
  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return;
    const p = { x: e.clientX, y: e.clientY };
    o.timers.setTimeout(() => {
      if (o.hasSelection()) return;
      const hit = o.findingAt(p);
      if (hit) o.open(hit);
    }, 0);
  };
  editor.addEventListener('click', onClick, { signal: o.signal, passive: true });
}
