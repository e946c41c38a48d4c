import type { RawFeatures } from './features';

/** What scoring needs of a head: int8 weights with their scale (shipped) or plain floats (training). */
export interface ScoringHead {
  bias: number;
  w: ArrayLike<number>;
  scale: number;
}

/** The strongest window of a draft for one head: its logit and its token range. */
export interface BestWindow {
  z: number;
  start: number;
  end: number;
  /** The window's L2 norm, which its contributions are divided by. */
  norm: number;
}

/**
 * The highest logit over windows of `size` tokens every `stride`, each window L2-normalised on its
 * own, so a pitch at the end of a long, warm post is not averaged away. Prefix sums make every
 * window O(1): the features are computed once for the whole draft.
 */
export function bestWindow(head: ScoringHead, raw: RawFeatures, size: number, stride: number): BestWindow {
  const { dot, sq, flagDot, flagSq } = tokenSums(head, raw);
  const n = raw.tokenStart.length - 1;
  let best: BestWindow = { z: -Infinity, start: 0, end: n, norm: 1 };
  for (let start = 0; ; start += stride) {
    const end = Math.min(n, start + size);
    const norm = Math.sqrt(sq[end] - sq[start] + flagSq);
    const z = head.bias + (norm > 0 ? (dot[end] - dot[start] + flagDot) / norm : 0);
    if (z > best.z || !Number.isFinite(best.z)) best = { z: Number.isFinite(z) ? z : head.bias, start, end, norm: norm || 1 };
    if (end >= n) break;
  }
  return best;
}

/**
 * Prefix sums over tokens of weight × value and of value², and the flags' share. A word's n-gram
 * sum is computed once per distinct word (its n-gram array is shared), so repeats cost nothing.
 */
function tokenSums(head: ScoringHead, raw: RawFeatures) {
  const n = raw.tokenStart.length - 1;
  const dot = new Float64Array(n + 1);
  const sq = new Float64Array(n + 1);
  const gramDot = new Map<readonly number[], number>();
  const cw = raw.charWeight;
  for (let i = 0; i < n; i++) {
    let d = 0;
    let q = 0;
    for (let k = raw.tokenStart[i]; k < raw.tokenStart[i + 1]; k++) {
      d += head.w[raw.index[k]] * raw.value[k];
      q += raw.value[k] * raw.value[k];
    }
    const grams = raw.grams[i];
    let g = gramDot.get(grams);
    if (g === undefined) {
      g = 0;
      for (const b of grams) g += head.w[b];
      gramDot.set(grams, g);
    }
    dot[i + 1] = dot[i] + (d + g * cw) * head.scale;
    sq[i + 1] = sq[i] + q + grams.length * cw * cw;
  }
  let flagDot = 0;
  let flagSq = 0;
  for (let k = raw.flagStart; k < raw.index.length; k++) {
    flagDot += head.w[raw.index[k]] * head.scale * raw.value[k];
    flagSq += raw.value[k] * raw.value[k];
  }
  return { dot, sq, flagDot, flagSq };
}

/** Each feature's weight × value in the window, shared among the window's tokens it came from. */
export function contributions(head: ScoringHead, raw: RawFeatures, win: BestWindow): Float64Array {
  const { norm } = win;
  const c = new Float64Array(win.end - win.start);
  for (let i = win.start; i < win.end; i++) {
    for (const b of raw.grams[i]) c[i - win.start] += (head.w[b] * head.scale * raw.charWeight) / norm;
  }
  for (let k = raw.tokenStart[win.start]; k < raw.tokenStart[win.end]; k++) {
    const from = Math.max(win.start, raw.from[k]);
    const to = raw.to[k];
    const v = (head.w[raw.index[k]] * head.scale * raw.value[k]) / norm;
    for (let t = from; t <= to; t++) c[t - win.start] += v / (to - from + 1);
  }
  return c;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
