import type { FeatureVector } from './features';
import { featurize } from './features';
import type { HeadName } from './model-types';
import type { ModelToken, TypingFlags } from './normalize';
import type { Head, LoadedModel } from './weights';

/** What one head says of a draft: a calibrated probability and how much each token pushed it. */
export interface HeadScore {
  p: number;
  /** The tokens of the window that scored highest, and each one's share of the logit. */
  tokens: ModelToken[];
  contrib: Float64Array;
}

export function logit(head: Head, fv: FeatureVector): number {
  let z = head.bias;
  for (let i = 0; i < fv.index.length; i++) z += head.w[fv.index[i]] * fv.value[i];
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Scores both heads over windows of the draft; for each head the strongest window speaks, so a
 * pitch at the end of a long, warm post is not averaged away.
 */
export function scoreHeads(model: LoadedModel, tokens: ModelToken[], flags: TypingFlags): Record<HeadName, HeadScore> {
  const { size, stride } = model.data.window;
  const best: Record<HeadName, { z: number; start: number; fv: FeatureVector | null }> = {
    pitch: { z: -Infinity, start: 0, fv: null },
    intrude: { z: -Infinity, start: 0, fv: null },
  };
  for (let start = 0; ; start += stride) {
    const window = tokens.slice(start, start + size);
    const fv = featurize(window, flags, model.data.features);
    for (const name of ['pitch', 'intrude'] as const) {
      const z = logit(model.heads[name], fv);
      if (z > best[name].z) best[name] = { z, start, fv };
    }
    if (start + size >= tokens.length) break;
  }
  const out = {} as Record<HeadName, HeadScore>;
  for (const name of ['pitch', 'intrude'] as const) {
    const head = model.heads[name];
    const { z, start, fv } = best[name];
    const window = tokens.slice(start, start + size);
    out[name] = { p: sigmoid(head.a * z + head.b), tokens: window, contrib: contributions(head, fv!, window.length) };
  }
  return out;
}

/** Each feature's weight × value, shared among the tokens it came from. */
function contributions(head: Head, fv: FeatureVector, n: number): Float64Array {
  const c = new Float64Array(n);
  for (let i = 0; i < fv.index.length; i++) {
    if (fv.from[i] < 0) continue;
    const v = head.w[fv.index[i]] * fv.value[i];
    const span = fv.to[i] - fv.from[i] + 1;
    for (let t = fv.from[i]; t <= fv.to[i]; t++) c[t] += v / span;
  }
  return c;
}
