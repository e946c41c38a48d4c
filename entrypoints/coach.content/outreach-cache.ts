import { fingerprint, indexSends, matchOutreach, type OutreachMatch, type SentFingerprint } from '@/lib/outreach';

/**
 * The last 14 days of send fingerprints, held in the content script so the copy-paste check runs
 * synchronously inside every draft check: fetched from the background once per page, and again after
 * each recorded send (which may also pick up sends made in other tabs).
 */
export interface OutreachCache {
  /** Load (or reload) from the background; resolves once the list is in memory. */
  refresh(): Promise<void>;
  /** Add a send made here at once, before the background's list comes back. */
  add(sent: SentFingerprint): void;
  match(text: string, recipientKey: string | null, now?: number): OutreachMatch | null;
}

export function createOutreachCache(fetchRecent: () => Promise<{ sends: SentFingerprint[] }>, logOnce: (k: string, e: unknown) => void) {
  let sends: SentFingerprint[] = [];
  let index = indexSends([]);
  let loading: Promise<void> | null = null;
  const cache: OutreachCache = {
    refresh() {
      loading ??= fetchRecent()
        .then((r) => {
          sends = r.sends;
          index = indexSends(sends);
        })
        .catch((err) => logOnce('outreach', err))
        .finally(() => {
          loading = null;
        });
      return loading;
    },
    add(sent) {
      sends = [...sends, sent];
      index = indexSends(sends);
    },
    match(text, recipientKey, now = Date.now()) {
      return index.size ? matchOutreach(fingerprint(text), recipientKey, index, now) : null;
    },
  };
  return cache;
}
