import { SEED_CHAR, SEED_FLAG, hashPair, hashString } from './hash';
import type { ModelToken, TypingFlags } from './normalize';

/** How the scorer turns tokens into features; recorded in the model so training and use agree. */
export interface FeatureConfig {
  /** Buckets are 2^bits. */
  bits: number;
  charMin: number;
  charMax: number;
  /** Weight of one character n-gram relative to a word feature. */
  charWeight: number;
}

/**
 * A sparse feature vector: parallel arrays of bucket and value, plus, for explanations, which
 * tokens each entry came from (a bigram belongs to both of its tokens).
 */
export interface FeatureVector {
  index: Uint32Array;
  value: Float32Array;
  /** For each entry, the first and last token it came from (-1 for whole-draft flags). */
  from: Int32Array;
  to: Int32Array;
}

/**
 * Word unigrams and bigrams, character n-grams of real words (robust to typos the normaliser does
 * not know), and typing flags. Values are L2-normalised so a long post and a one-liner score alike.
 */
export function featurize(tokens: ModelToken[], flags: TypingFlags, cfg: FeatureConfig): FeatureVector {
  const mask = (1 << cfg.bits) - 1;
  const idx: number[] = [];
  const val: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (h: number, v: number, a: number, b: number) => { idx.push(h & mask); val.push(v); from.push(a); to.push(b); };
  let prev = hashString('<s>');
  for (let i = 0; i < tokens.length; i++) {
    const h = hashString(tokens[i].t);
    push(h, 1, i, i);
    push(hashPair(prev, h), 1, Math.max(0, i - 1), i);
    prev = h;
    if (tokens[i].word) charGrams(tokens[i].t, cfg, (g) => push(g, cfg.charWeight, i, i));
  }
  if (tokens.length > 0) push(hashPair(prev, hashString('</s>')), 1, tokens.length - 1, tokens.length - 1);
  for (const [name, count] of Object.entries(flags)) {
    if (count > 0) push(hashString(name, SEED_FLAG), Math.min(3, count) / 2, -1, -1);
  }
  return normalise(idx, val, from, to);
}

/** Rolling FNV over each start, so every n-gram of one start costs one more character, not a new string. */
function charGrams(word: string, cfg: FeatureConfig, emit: (h: number) => void): void {
  const padded = ` ${word} `;
  for (let i = 0; i + cfg.charMin <= padded.length; i++) {
    let h = SEED_CHAR;
    const stop = Math.min(padded.length, i + cfg.charMax);
    for (let j = i; j < stop; j++) {
      h = Math.imul(h ^ padded.charCodeAt(j), 0x01000193) >>> 0;
      if (j - i + 1 >= cfg.charMin) emit(h);
    }
  }
}

function normalise(idx: number[], val: number[], from: number[], to: number[]): FeatureVector {
  let sq = 0;
  for (const v of val) sq += v * v;
  const k = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  const value = new Float32Array(val.length);
  for (let i = 0; i < val.length; i++) value[i] = val[i] * k;
  return { index: Uint32Array.from(idx), value, from: Int32Array.from(from), to: Int32Array.from(to) };
}
