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
 * tokens each entry came from (a bigram belongs to both of its tokens; -1 for whole-draft flags).
 */
export interface FeatureVector {
  index: Uint32Array;
  value: Float32Array;
  from: Int32Array;
  to: Int32Array;
}

/**
 * The features of a draft before normalisation, in token order: token i's entries (its unigram,
 * the bigram it ends, its character n-grams) are `tokenStart[i]` up to `tokenStart[i + 1]`, and the
 * typing flags come last, from `flagStart`. A window of tokens is then a contiguous range of entries.
 */
export interface RawFeatures extends FeatureVector {
  tokenStart: Int32Array;
  flagStart: number;
}

/**
 * Word unigrams and bigrams, character n-grams of real words (robust to typos the normaliser does
 * not know), and typing flags.
 */
export function rawFeatures(tokens: ModelToken[], flags: TypingFlags, cfg: FeatureConfig): RawFeatures {
  const mask = (1 << cfg.bits) - 1;
  const idx: number[] = [];
  const val: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const tokenStart = new Int32Array(tokens.length + 1);
  const push = (h: number, v: number, a: number, b: number) => { idx.push(h & mask); val.push(v); from.push(a); to.push(b); };
  let prev = hashString('<s>');
  for (let i = 0; i < tokens.length; i++) {
    tokenStart[i] = idx.length;
    const h = hashString(tokens[i].t);
    push(h, 1, i, i);
    push(hashPair(prev, h), 1, Math.max(0, i - 1), i);
    prev = h;
    if (tokens[i].word) charGrams(tokens[i].t, cfg, (g) => push(g, cfg.charWeight, i, i));
    if (i === tokens.length - 1) push(hashPair(prev, hashString('</s>')), 1, i, i);
  }
  tokenStart[tokens.length] = idx.length;
  const flagStart = idx.length;
  for (const [name, count] of Object.entries(flags)) {
    if (count > 0) push(hashString(name, SEED_FLAG), Math.min(3, count) / 2, -1, -1);
  }
  return { index: Uint32Array.from(idx), value: Float32Array.from(val), from: Int32Array.from(from), to: Int32Array.from(to), tokenStart, flagStart };
}

/** The whole draft as one L2-normalised vector (what training sees), so a long post and a one-liner weigh alike. */
export function featurize(tokens: ModelToken[], flags: TypingFlags, cfg: FeatureConfig): FeatureVector {
  const raw = rawFeatures(tokens, flags, cfg);
  let sq = 0;
  for (const v of raw.value) sq += v * v;
  const k = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  const value = raw.value.map((v) => v * k);
  return { index: raw.index, value, from: raw.from, to: raw.to };
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
