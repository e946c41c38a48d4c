// 64-bit SimHash, measured against the shipped MinHash by scripts/tune-outreach.ts (and not shipped):
// kept so the README's comparison can be re-run.
function hash32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function simhash(items: readonly string[]): { hi: number; lo: number } {
  const acc = new Int32Array(64);
  for (const s of items) {
    const [a, b] = [hash32(s, 0x9e3779b9), hash32(s, 0x7f4a7c15)];
    for (let i = 0; i < 32; i++) {
      acc[i] += (a >>> i) & 1 ? 1 : -1;
      acc[32 + i] += (b >>> i) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 32; i++) {
    if (acc[i] > 0) hi |= 1 << i;
    if (acc[32 + i] > 0) lo |= 1 << i;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function hammingDistance(a: { hi: number; lo: number }, b: { hi: number; lo: number }): number {
  return popcount32((a.hi ^ b.hi) >>> 0) + popcount32((a.lo ^ b.lo) >>> 0);
}
