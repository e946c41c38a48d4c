import type { ContactSummary, ResolveContact } from '@/lib/composers/types';

/**
 * Remembers notebook look-ups per handle for a short while: a check runs after every pause in
 * typing, and the answer rarely changes mid-draft. Failures (background asleep) are not remembered.
 */
export function cachedResolver(resolve: ResolveContact, ttlMs = 30_000, now = () => Date.now()) {
  const cache = new Map<string, { at: number; value: Promise<ContactSummary | null> }>();
  const get: ResolveContact = (q) => {
    const key = `${q.network}:${q.handle.toLowerCase()}`;
    const hit = cache.get(key);
    if (hit && now() - hit.at < ttlMs) return hit.value;
    const value = resolve(q).catch((err) => {
      cache.delete(key);
      throw err;
    });
    cache.set(key, { at: now(), value });
    return value;
  };
  return Object.assign(get, { clear: () => cache.clear() });
}
