// Which people in the notebook (or about to enter it) are probably the same person. Pure: the import
// preview and the contact page's "Merge with…" both ask it, and neither writes anything on its answer.
import { matchKeysFor } from './derive';
import { words } from './normalize';
import type { ContactInput } from './types';

/** A name as a comparison key: folded, punctuation dropped, word order ignored ("Doe, Jane" = "jane doe"). */
export function nameKey(name: string): string {
  return words(name).sort().join(' ');
}

export type DuplicateReason = 'same name' | 'same email' | 'same account';

export interface LikelyDuplicate<A, B> {
  candidate: A;
  match: B;
  reason: DuplicateReason;
}

type Comparable = Pick<ContactInput, 'name' | 'handles' | 'emails'>;

const strength: Record<DuplicateReason, number> = { 'same email': 3, 'same account': 2, 'same name': 1 };

/** Pool entries by each of their keys (`name:` plus the match keys), so each candidate costs a few lookups. */
function indexPool<B extends Comparable>(pool: readonly B[]): Map<string, B[]> {
  const index = new Map<string, B[]>();
  const add = (k: string, b: B) => index.set(k, [...(index.get(k) ?? []), b]);
  for (const b of pool) {
    const n = nameKey(b.name);
    if (n) add(`name:${n}`, b);
    for (const k of matchKeysFor(b)) add(k, b);
  }
  return index;
}

/**
 * For each candidate, the people in `pool` it probably is: a shared email, a shared account or profile URL
 * (handles and URLs are compared as keys, so a vCard's URL meets a LinkedIn row's slug), or the same name.
 * Each pair is reported once, with its strongest reason. `sameItem` keeps a contact from matching itself
 * when candidates and pool overlap. Linear in both lists: a 10,000-row import against a 10,000-person notebook.
 */
export function likelyDuplicates<A extends Comparable, B extends Comparable>(
  candidates: readonly A[],
  pool: readonly B[],
  sameItem: (a: A, b: B) => boolean = () => false,
): LikelyDuplicate<A, B>[] {
  const index = indexPool(pool);
  const found: LikelyDuplicate<A, B>[] = [];
  for (const a of candidates) {
    const best = new Map<B, DuplicateReason>();
    const n = nameKey(a.name);
    const keys: [string, DuplicateReason][] = [
      ...matchKeysFor(a).map((k): [string, DuplicateReason] => [k, k.startsWith('mail:') ? 'same email' : 'same account']),
      ...(n ? [[`name:${n}`, 'same name'] as [string, DuplicateReason]] : []),
    ];
    for (const [k, reason] of keys) {
      for (const b of index.get(k) ?? []) {
        if (sameItem(a, b)) continue;
        const had = best.get(b);
        if (!had || strength[reason] > strength[had]) best.set(b, reason);
      }
    }
    for (const [match, reason] of best) found.push({ candidate: a, match, reason });
  }
  return found;
}
