/** Timers a debounce can run on: the window's, or WXT's ctx (so an invalidated script stops firing). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface Debounced {
  /** (Re)start the wait; the call runs `ms` after the last trigger, never per keystroke. */
  trigger(): void;
  /** Run now if a call is pending (e.g. the composer is about to go away). */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export function debounce(fn: () => void, ms: number, timers: Timers): Debounced {
  let id: number | null = null;
  const run = () => {
    id = null;
    fn();
  };
  return {
    trigger() {
      if (id !== null) timers.clearTimeout(id);
      id = timers.setTimeout(run, ms);
    },
    flush() {
      if (id === null) return;
      timers.clearTimeout(id);
      run();
    },
    cancel() {
      if (id !== null) timers.clearTimeout(id);
      id = null;
    },
    get pending() {
      return id !== null;
    },
  };
}

/** How long after the last input the draft is checked again. */
export const CHECK_DELAY_MS = 300;
