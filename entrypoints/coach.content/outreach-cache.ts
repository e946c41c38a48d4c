import { addSends, fingerprint, indexSends, matchOutreach, type OutreachMatch, type SentFingerprint } from '@/lib/outreach';

/**
 * The last 14 days of send fingerprints, held in the content script so the copy-paste check runs
 * synchronously inside every draft check: fetched from the background once per page, then only what
 * is new after each recorded send (which may include sends made in other tabs).
 */
export interface OutreachCache {
  /** Load from the background (the first time everything, then what is newer); resolves once it is in memory. */
  refresh(): Promise<void>;
  /** Add a send made here at once, before the background answers. */
  add(sent: SentFingerprint): void;
  match(text: string, recipientKey: string | null, now?: number): OutreachMatch | null;
}

const identity = (s: SentFingerprint) => `${s.at}|${s.recipientKey}|${s.sig}`;

export function createOutreachCache(
  fetchRecent: (req: { since?: number }) => Promise<{ sends: SentFingerprint[] }>,
  logOnce: (key: string, err: unknown) => void,
): OutreachCache {
  const index = indexSends([]);
  const known = new Set<string>();
  let latest: number | undefined;
  let loading: Promise<void> | null = null;
  const take = (sends: readonly SentFingerprint[]) => {
    const fresh = sends.filter((s) => !known.has(identity(s)));
    fresh.forEach((s) => known.add(identity(s)));
    addSends(index, fresh);
  };
  return {
    refresh() {
      loading ??= fetchRecent(latest === undefined ? {} : { since: latest })
        .then(({ sends }) => {
          take(sends);
          for (const s of sends) latest = Math.max(latest ?? -Infinity, s.at);
          latest ??= 0;
        })
        .catch((err) => logOnce('outreach', err))
        .finally(() => {
          loading = null;
        });
      return loading;
    },
    add: (sent) => take([sent]),
    match: (text, recipientKey, now = Date.now()) => (index.size ? matchOutreach(fingerprint(text), recipientKey, index, now) : null),
  };
}
