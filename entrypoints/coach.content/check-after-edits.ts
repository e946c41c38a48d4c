import { CHECK_DELAY_MS, debounce, type Timers } from '@/lib/composers/debounce';
import { watchEditor } from './watch-editor';

/**
 * Each edit is noted at once (`edited`) and re-arms the check, which runs after a pause in typing.
 * Inside the page's task Tact only marks the draft dirty (watch-editor.ts); the rest runs after it.
 */
export function checkAfterEdits(
  editor: HTMLElement,
  o: { observeMutations: boolean; edited(): void; check(): void; timers: Timers; signal: AbortSignal },
): void {
  const checker = debounce(o.check, CHECK_DELAY_MS, o.timers);
  const watch = watchEditor(
    editor,
    () => {
      o.edited();
      checker.trigger();
    },
    o.timers,
    o.observeMutations,
  );
  o.signal.addEventListener('abort', () => {
    checker.cancel();
    watch.stop();
  });
}
