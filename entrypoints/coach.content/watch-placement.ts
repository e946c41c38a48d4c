import type { Timers } from '@/lib/composers/debounce';

/**
 * Calls `place` after the editor resized (or, for a textarea, scrolled), in a task of our own: inside
 * a scroll event or a resize callback of the page's frame, reading rects can force the layout of a
 * 100 KB draft and bill it to Tact. Stops when `signal` aborts.
 */
export function watchPlacement(editor: HTMLElement, o: { scrolls: boolean; place: () => void; timers: Timers; signal: AbortSignal }): void {
  let placing = false;
  const placeSoon = () => {
    if (placing) return;
    placing = true;
    o.timers.setTimeout(() => {
      placing = false;
      o.place();
    }, 0);
  };
  if (o.scrolls) editor.addEventListener('scroll', placeSoon, { signal: o.signal, passive: true });
  // A composer taller than the window keeps its badge at the window's bottom edge as the page scrolls.
  window.addEventListener('scroll', placeSoon, { signal: o.signal, passive: true, capture: true });
  window.addEventListener('resize', placeSoon, { signal: o.signal, passive: true });
  const ro = new ResizeObserver(placeSoon);
  ro.observe(editor);
  o.signal.addEventListener('abort', () => ro.disconnect());
}
