/**
 * Runs `run` when the page is next idle (at the latest after `timeoutMs`); returns a cancel function. Falls back
 * to a timer where requestIdleCallback is missing (the Node bench's and the unit tests' parsed DOM).
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}
