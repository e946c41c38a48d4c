// The import's steps as User Timing entries (`performance.measure`, name `tact-import:<step>`), so the real-browser
// bench can say where an import's time goes (scripts/bench-e2e/import-breakdown.ts) without a debugger. A few
// entries per import; `performance` exists in every context Tact runs in, Node included.
const PREFIX = 'tact-import:';

/** Record that `step` ran from `start` (a `performance.now()` reading) until now. */
export function stepDone(step: string, start: number): void {
  performance.measure(PREFIX + step, { start, end: performance.now() });
}

/** Time a synchronous step. */
export function timed<T>(step: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    stepDone(step, start);
  }
}

/** Time an asynchronous step (awaited where it is called, so a Dexie transaction's zone is kept). */
export async function timedAsync<T>(step: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    stepDone(step, start);
  }
}
