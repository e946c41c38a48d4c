import { isPhrase, phrase, type Say, type Words } from '../i18n/phrase';

/**
 * A storage failure, said to the user: what happened, that nothing stored was lost, and what to do.
 * English, for callers without a translator; `errors.storageFull` in locales/ says the same.
 */
export const STORAGE_FULL =
  "Your browser's storage for Tact is full, so this was not saved; nothing already in the notebook was lost. Export a backup (Import / export), then delete old contacts or free disk space, and try again.";

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

/**
 * A failed write in words any language can say: a full disk, an error that carries its own phrase
 * (ImportError, StaleWriteError), or else the error's own message.
 */
export function storageErrorWords(err: unknown): Words {
  if (isQuotaError(err)) return phrase('errors.storageFull');
  const own = (err as { phrase?: unknown } | null)?.phrase;
  if (isPhrase(own)) return own;
  return err instanceof Error ? err.message : String(err);
}

/** The sentence the popup shows for a failed write, said by `say`; without one, in English. */
export function storageErrorMessage(err: unknown, say?: Say): string {
  if (say) return say(storageErrorWords(err));
  if (isQuotaError(err)) return STORAGE_FULL;
  return err instanceof Error ? err.message : String(err);
}
