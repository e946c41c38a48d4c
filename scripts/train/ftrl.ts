/**
 * Logistic regression trained by FTRL-Proximal (McMahan et al., 2013): per-coordinate learning rates
 * and an L1 term that leaves most buckets at exactly zero, which keeps the shipped model small.
 * Deterministic: the only randomness is the shuffle, drawn from a seeded generator.
 */
import type { FeatureVector } from '../../lib/classifier/model/features';
import { seededRandom } from '../../bench/synthetic-drafts';

export interface FtrlConfig {
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  epochs: number;
}

export interface Example {
  fv: FeatureVector;
  y: 0 | 1;
  weight: number;
}

export interface Trained {
  w: Float64Array;
  bias: number;
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function trainFtrl(examples: Example[], buckets: number, cfg: FtrlConfig, seed: number): Trained {
  const z = new Float64Array(buckets + 1); // the last slot is the bias
  const n = new Float64Array(buckets + 1);
  const weightOf = (i: number, l1: number) => {
    const zi = z[i];
    if (Math.abs(zi) <= l1) return 0;
    return -(zi - Math.sign(zi) * l1) / ((cfg.beta + Math.sqrt(n[i])) / cfg.alpha + cfg.l2);
  };
  const update = (i: number, g: number, w: number) => {
    const sigma = (Math.sqrt(n[i] + g * g) - Math.sqrt(n[i])) / cfg.alpha;
    z[i] += g - sigma * w;
    n[i] += g * g;
  };
  const random = seededRandom(seed);
  const wCache = new Float64Array(256);
  for (let epoch = 0; epoch < cfg.epochs; epoch++) {
    for (const ex of shuffle(examples, random)) {
      const { index, value } = ex.fv;
      const ws = index.length > wCache.length ? new Float64Array(index.length) : wCache;
      let s = weightOf(buckets, 0);
      for (let k = 0; k < index.length; k++) {
        ws[k] = weightOf(index[k], cfg.l1);
        s += ws[k] * value[k];
      }
      const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, s))));
      const g = (p - ex.y) * ex.weight;
      update(buckets, g, weightOf(buckets, 0));
      for (let k = 0; k < index.length; k++) update(index[k], g * value[k], ws[k]);
    }
  }
  const w = new Float64Array(buckets);
  for (let i = 0; i < buckets; i++) w[i] = weightOf(i, cfg.l1);
  return { w, bias: weightOf(buckets, 0) };
}

/** Keeps the k weights of largest magnitude and zeroes the rest: the shipped model must stay small. */
export function keepStrongest(model: Trained, k: number): Trained {
  const nonZero: number[] = [];
  for (let i = 0; i < model.w.length; i++) if (model.w[i] !== 0) nonZero.push(Math.abs(model.w[i]));
  if (nonZero.length <= k) return model;
  nonZero.sort((a, b) => b - a);
  const cut = nonZero[k - 1];
  const w = model.w.map((v) => (Math.abs(v) >= cut ? v : 0));
  return { w, bias: model.bias };
}

/** Platt scaling: fits p = sigmoid(a·z + b) to held-out logits by plain gradient descent (two numbers). */
export function fitPlatt(logits: number[], ys: (0 | 1)[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  const m = logits.length;
  if (m === 0) return { a, b };
  for (let it = 0; it < 2000; it++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < m; i++) {
      const p = 1 / (1 + Math.exp(-(a * logits[i] + b)));
      ga += (p - ys[i]) * logits[i];
      gb += p - ys[i];
    }
    a -= (0.5 * ga) / m;
    b -= (0.5 * gb) / m;
  }
  return { a, b };
}
