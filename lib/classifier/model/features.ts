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
 * The features of a draft before normalisation, in token order: token i's word entries (its
 * unigram, the bigram it ends) are `tokenStart[i]` up to `tokenStart[i + 1]`, its character n-grams
 * are `grams[i]` (one shared array per distinct word, each n-gram worth `charWeight`), and the
 * typing flags come last, from `flagStart`. A window of tokens is then a contiguous range.
 */
export interface RawFeatures extends FeatureVector {
  tokenStart: Int32Array;
  flagStart: number;
  grams: readonly (readonly number[])[];
  charWeight: number;
}

/** Growable parallel typed arrays: a 100 KB draft has some 300,000 feature entries. */
class EntryBuffer {
  index = new Uint32Array(256);
  value = new Float32Array(256);
  from = new Int32Array(256);
  to = new Int32Array(256);
  length = 0;

  push(bucket: number, v: number, a: number, b: number): void {
    if (this.length === this.index.length) this.grow();
    const k = this.length++;
    this.index[k] = bucket;
    this.value[k] = v;
    this.from[k] = a;
    this.to[k] = b;
  }

  private grow(): void {
    const n = this.index.length * 2;
    const copy = <T extends Uint32Array | Float32Array | Int32Array>(old: T, make: (n: number) => T) => {
      const a = make(n);
      a.set(old);
      return a;
    };
    this.index = copy(this.index, (m) => new Uint32Array(m));
    this.value = copy(this.value, (m) => new Float32Array(m));
    this.from = copy(this.from, (m) => new Int32Array(m));
    this.to = copy(this.to, (m) => new Int32Array(m));
  }
}

/**
 * Word unigrams and bigrams, character n-grams of real words (robust to typos the normaliser does
 * not know), and typing flags. A word's hashes are computed once per draft: long drafts repeat words.
 */
export function rawFeatures(tokens: ModelToken[], flags: TypingFlags, cfg: FeatureConfig): RawFeatures {
  const mask = (1 << cfg.bits) - 1;
  const out = new EntryBuffer();
  const seen = new Map<string, { h: number; grams: number[] }>();
  const tokenStart = new Int32Array(tokens.length + 1);
  const grams: number[][] = [];
  let prev = hashString('<s>');
  for (let i = 0; i < tokens.length; i++) {
    tokenStart[i] = out.length;
    const tok = tokens[i];
    // "for" typed as a word has n-grams; "for" read from "4" does not: the key keeps them apart.
    const key = tok.word ? tok.t : `\u0000${tok.t}`;
    let known = seen.get(key);
    if (!known) {
      const g: number[] = [];
      if (tok.word) charGrams(tok.t, cfg, (x) => g.push(x & mask));
      known = { h: hashString(tok.t), grams: g };
      seen.set(key, known);
    }
    out.push(known.h & mask, 1, i, i);
    out.push(hashPair(prev, known.h) & mask, 1, Math.max(0, i - 1), i);
    prev = known.h;
    grams.push(known.grams);
    if (i === tokens.length - 1) out.push(hashPair(prev, hashString('</s>')) & mask, 1, i, i);
  }
  tokenStart[tokens.length] = out.length;
  const flagStart = out.length;
  for (const [name, count] of Object.entries(flags)) {
    if (count > 0) out.push(hashString(name, SEED_FLAG) & mask, Math.min(3, count) / 2, -1, -1);
  }
  const n = out.length;
  return {
    index: out.index.subarray(0, n),
    value: out.value.subarray(0, n),
    from: out.from.subarray(0, n),
    to: out.to.subarray(0, n),
    tokenStart,
    flagStart,
    grams,
    charWeight: cfg.charWeight,
  };
}

/**
 * The whole draft as one L2-normalised vector (what training sees), so a long post and a one-liner
 * weigh alike. Per token: unigram, bigram, character n-grams, then the end bigram; flags last.
 */
export function featurize(tokens: ModelToken[], flags: TypingFlags, cfg: FeatureConfig): FeatureVector {
  const raw = rawFeatures(tokens, flags, cfg);
  const out = new EntryBuffer();
  for (let i = 0; i < tokens.length; i++) {
    const a = raw.tokenStart[i];
    out.push(raw.index[a], raw.value[a], raw.from[a], raw.to[a]);
    out.push(raw.index[a + 1], raw.value[a + 1], raw.from[a + 1], raw.to[a + 1]);
    for (const g of raw.grams[i]) out.push(g, cfg.charWeight, i, i);
    for (let k = a + 2; k < raw.tokenStart[i + 1]; k++) out.push(raw.index[k], raw.value[k], raw.from[k], raw.to[k]);
  }
  for (let k = raw.flagStart; k < raw.index.length; k++) out.push(raw.index[k], raw.value[k], raw.from[k], raw.to[k]);
  const n = out.length;
  let sq = 0;
  for (let k = 0; k < n; k++) sq += out.value[k] * out.value[k];
  const scale = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  const value = out.value.slice(0, n).map((v) => v * scale);
  return { index: out.index.slice(0, n), value, from: out.from.slice(0, n), to: out.to.slice(0, n) };
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
