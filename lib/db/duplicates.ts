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

function reasonFor(a: Comparable, bKeys: Set<string>, bName: string): DuplicateReason | null {
  const shared = matchKeysFor(a).filter((k) => bKeys.has(k));
  if (shared.some((k) => k.startsWith('mail:'))) return 'same email';
  if (shared.length) return 'same account';
  const n = nameKey(a.name);
  return n && n === bName ? 'same name' : null;
}

/**
 * For each candidate, the people in `pool` it probably is: a shared email, a shared account or profile URL
 * (handles and URLs are compared as keys, so a vCard's URL meets a LinkedIn row's slug), or the same name.
 * `sameItem` keeps a contact from matching itself when candidates and pool overlap.
 */
export function likelyDuplicates<A extends Comparable, B extends Comparable>(
  candidates: readonly A[],
  pool: readonly B[],
  sameItem: (a: A, b: B) => boolean = () => false,
): LikelyDuplicate<A, B>[] {
  const indexed = pool.map((b) => ({ b, keys: new Set(matchKeysFor(b)), name: nameKey(b.name) }));
  const found: LikelyDuplicate<A, B>[] = [];
  for (const a of candidates) {
    for (const { b, keys, name } of indexed) {
      if (sameItem(a, b)) continue;
      const reason = reasonFor(a, keys, name);
      if (reason) found.push({ candidate: a, match: b, reason });
    }
  }
  return found;
}
