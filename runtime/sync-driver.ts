import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import type { TactDb } from '@/lib/db/schema';
import { syncNow, type SyncStatus } from './notebook-sync';

const AFTER_EDIT_MS = 2_000;

/**
 * Keeps the notebook and the sync area in step while a page is open: at once, a moment after any notebook
 * write (from any page), when another computer's changes arrive, and when the write-rate limit said "later".
 * Rounds never overlap. Returns the stop function.
 */
export function startNotebookSync(db: TactDb, onStatus: (s: SyncStatus | { error: string }) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  const round = async () => {
    if (running) {
      again = true;
      return;
    }
    running = syncNow(db)
      .then((s) => {
        onStatus(s);
        if (s.retryInMs) later(s.retryInMs);
      })
      .catch((err: unknown) => onStatus({ error: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void round();
        }
      });
  };
  const later = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(round, ms);
  };
  const onWrite = () => later(AFTER_EDIT_MS);
  const onArea = (_: unknown, area: string) => area === 'sync' && void round();
  Dexie.on('storagemutated', onWrite);
  browser.storage.onChanged.addListener(onArea);
  void round();
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(onWrite);
    browser.storage.onChanged.removeListener(onArea);
  };
}

/** In the background: another computer's changes reach the notebook even while no Tact page is open. */
export function watchRemoteSync(db: TactDb): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  browser.storage.onChanged.addListener((_, area) => {
    if (area !== 'sync') return;
    clearTimeout(timer);
    timer = setTimeout(() => void syncNow(db).catch(() => undefined), AFTER_EDIT_MS);
  });
}
