import type { Translate } from '../i18n/translate';

/** The message key of a write refused for lack of room: what happened, that nothing stored was lost, and what to do. */
export const STORAGE_FULL_KEY = 'faults.storageFull';

const names = (err: unknown): string[] => {
  const out: string[] = [];
  // Dexie wraps the browser's DOMException in `inner`, sometimes twice (a transaction's AbortError).
  for (let e = err as { name?: unknown; inner?: unknown } | null | undefined, i = 0; e && i < 4; e = e.inner as typeof e, i++) {
    if (typeof e.name === 'string') out.push(e.name);
  }
  return out;
};

export const isQuotaError = (err: unknown): boolean =>
  names(err).includes('QuotaExceededError') || /quota/i.test(String((err as { message?: unknown })?.message ?? ''));

/** The sentence the popup shows for a failed write: a full disk in words, any other error as its own message. */
export function storageErrorMessage(err: unknown, t: Translate): string {
  if (isQuotaError(err)) return t(STORAGE_FULL_KEY);
  return err instanceof Error ? err.message : String(err);
}
