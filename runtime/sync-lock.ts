/** The one Web Lock every sync round takes, in every extension page and the background alike. */
export const SYNC_LOCK = 'tact-sync';

let chain: Promise<unknown> = Promise.resolve();

/**
 * Runs `round` while no other round runs anywhere in the extension: the popup (one per window), the
 * options page and the background each start rounds, and two interleaved rounds plan from the same old
 * sync area and both write it (twice the write rate, and the second undoes what the first learned).
 * Web Locks are shared by all pages and workers of the extension's origin (Chromium and Firefox alike).
 * Without them (never on the browsers Tact supports) rounds are at least serialised within this page.
 */
export function withSyncLock<T>(round: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return locks.request(SYNC_LOCK, round);
  const run = chain.then(round, round);
  chain = run.catch(() => undefined);
  return run;
}
