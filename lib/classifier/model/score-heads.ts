import type { RawFeatures } from './features';
import type { ModelToken } from './normalize';

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
}

/**
 * The highest logit over windows of `size` tokens every `stride`, each window L2-normalised on its
 * own, so a pitch at the end of a long, warm post is not averaged away. Prefix sums make every
 * window O(1): the features are computed once for the whole draft.
 */
export function bestWindow(head: ScoringHead, raw: RawFeatures, size: number, stride: number): BestWindow {
  const n = raw.tokenStart.length - 1;
  const dot = new Float64Array(raw.flagStart + 1);
  const sq = new Float64Array(raw.flagStart + 1);
  for (let k = 0; k < raw.flagStart; k++) {
    const v = raw.value[k];
    dot[k + 1] = dot[k] + head.w[raw.index[k]] * head.scale * v;
    sq[k + 1] = sq[k] + v * v;
  }
  let flagDot = 0;
  let flagSq = 0;
  for (let k = raw.flagStart; k < raw.index.length; k++) {
    flagDot += head.w[raw.index[k]] * head.scale * raw.value[k];
    flagSq += raw.value[k] * raw.value[k];
  }
  let best: BestWindow = { z: -Infinity, start: 0, end: n };
  for (let start = 0; ; start += stride) {
    const end = Math.min(n, start + size);
    const a = raw.tokenStart[start];
    const b = raw.tokenStart[end];
    const norm = Math.sqrt(sq[b] - sq[a] + flagSq);
    const z = head.bias + (norm > 0 ? (dot[b] - dot[a] + flagDot) / norm : 0);
    if (z > best.z || !Number.isFinite(best.z)) best = { z: Number.isFinite(z) ? z : head.bias, start, end };
    if (end >= n) break;
  }
  return best;
}

/** Each feature's weight × value in the window, shared among the window's tokens it came from. */
export function contributions(head: ScoringHead, raw: RawFeatures, win: BestWindow): Float64Array {
  const c = new Float64Array(win.end - win.start);
  const a = raw.tokenStart[win.start];
  const b = raw.tokenStart[win.end];
  let sq = 0;
  for (let k = a; k < b; k++) sq += raw.value[k] * raw.value[k];
  for (let k = raw.flagStart; k < raw.index.length; k++) sq += raw.value[k] * raw.value[k];
  const norm = sq > 0 ? Math.sqrt(sq) : 1;
  for (let k = a; k < b; k++) {
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

export type { ModelToken };
