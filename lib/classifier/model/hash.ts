/** FNV-1a over a string's UTF-16 units, seeded so feature families do not share buckets by accident. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two hashes into one (an ordered pair: bigrams), with murmur3's finaliser to spread bits. */
export function hashPair(a: number, b: number): number {
  let h = (Math.imul(a, 0x9e3779b1) ^ b) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const SEED_WORD = 0x811c9dc5;
export const SEED_CHAR = 0x2f1c3b5d;
export const SEED_FLAG = 0x6a09e667;
