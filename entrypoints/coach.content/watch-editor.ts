import type { Timers } from '@/lib/composers/debounce';

/** Events after which a draft may have changed. */
const EDIT_EVENTS = ['input', 'beforeinput', 'paste', 'cut', 'drop'] as const;

export interface EditorWatch {
  /** Unhooks everything; no further `onEdited` call. */
  stop(): void;
}

/**
 * Calls `onEdited` once after each task in which the editor changed, never inside that task.
 *
 * A 100 KB paste into a textarea or a bare contenteditable is one task of the page's that fires an
 * input event and a mutation batch per line (thousands); a listener that stays hooked is entered
 * thousands of times inside someone else's task (issue 8: 51 ms of a 12 s insert on a 2-core
 * machine). So the first signal only marks the draft dirty and unhooks every listener and the
 * observer; they are hooked again, and `onEdited` runs, in a task of our own right after.
 */
export function watchEditor(editor: HTMLElement, onEdited: () => void, timers: Timers, observeMutations: boolean): EditorWatch {
  let hooked = false;
  let stopped = false;
  // Backstop for editors that change text without input events (programmatic inserts, undo in Draft.js).
  const mo = observeMutations ? new MutationObserver(() => markDirty()) : null;

  function hook(): void {
    hooked = true;
    for (const type of EDIT_EVENTS) editor.addEventListener(type, markDirty);
    mo?.observe(editor, { characterData: true, childList: true, subtree: true });
  }
  function unhook(): void {
    hooked = false;
    for (const type of EDIT_EVENTS) editor.removeEventListener(type, markDirty);
    mo?.disconnect();
  }
  function markDirty(): void {
    if (!hooked) return;
    unhook();
    timers.setTimeout(afterTask, 0);
  }
  function afterTask(): void {
    if (stopped) return;
    hook();
    onEdited();
  }

  hook();
  return {
    stop() {
      stopped = true;
      unhook();
    },
  };
}
