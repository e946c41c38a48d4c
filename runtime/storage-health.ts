import { browser } from 'wxt/browser';
import type { TactDb } from '@/lib/db/schema';
import { observeWriteHealth } from '@/lib/db/write-health';

// Whether the last write anywhere in Tact was refused for lack of room, in storage.local: outside the notebook
// (whose writes are what fail) and seen by every page at once, so the popup can say it even when the refused
// write was the background's (a coaching record, a contact added from a page).
const KEY = 'tact:storageFull';

/** Keeps the flag in step with this page's or worker's writes; written only when it changes. */
export function trackStorageFull(db: TactDb): void {
  let last: boolean | undefined;
  observeWriteHealth(db, (full) => {
    if (full === last) return;
    last = full;
    const write = full ? browser.storage.local.set({ [KEY]: Date.now() }) : browser.storage.local.remove(KEY);
    write.catch(() => undefined);
  });
}

/** Calls `onChange` now and whenever the flag changes; returns the function that stops watching. */
export function watchStorageFull(onChange: (full: boolean) => void): () => void {
  void browser.storage.local.get(KEY).then((r) => onChange(r[KEY] !== undefined));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(changes[KEY].newValue !== undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
