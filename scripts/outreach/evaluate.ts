// Measures the copy-paste fingerprint on the labelled paraphrase pairs (data/outreach/paraphrases.jsonl)
// with group-wise cross-validation: every pair of a template group is in the same fold, so a threshold
// is never scored on the templates it was tuned on. Used by scripts/tune-outreach.ts and the unit test.
import { fingerprint, fingerprintWords, decodeSignature, sharedMinima, shingles } from '../../lib/outreach/fingerprint';
import { SIGNATURE_SIZE } from '../../lib/outreach/tuning';
import { hammingDistance, simhash } from './simhash';

export interface Pair {
  a: string;
  b: string;
  label: 0 | 1;
  kind: string;
  group: string;
}

export interface Setting {
  maxDistance: number;
  minWords: number;
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A pair as a method sees it: a distance (lower = more alike) and the shorter message's words. */
export interface Scored {
  distance: number;
  words: number;
  label: 0 | 1;
  group: string;
  kind: string;
}

export function parsePairs(text: string): Pair[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const p = JSON.parse(l) as Pair;
      if (typeof p.a !== 'string' || typeof p.b !== 'string' || (p.label !== 0 && p.label !== 1) || typeof p.group !== 'string')
        throw new Error(`paraphrases line ${i + 1}: needs a, b, label 0|1 and group`);
      return p;
    });
}

/** SimHash distance (0–64) with shingles up to `order`. */
export function scoreSimhash(pairs: readonly Pair[], order: number): Scored[] {
  return pairs.map((p) => {
    const [wa, wb] = [fingerprintWords(p.a), fingerprintWords(p.b)];
    const d = hammingDistance(simhash(shingles(wa, order)), simhash(shingles(wb, order)));
    return { distance: d, words: Math.min(wa.length, wb.length), label: p.label, group: p.group, kind: p.kind };
  });
}

/** Exact Jaccard distance of the shingle sets, scaled to 0–64: the best any MinHash could estimate. */
export function scoreJaccard(pairs: readonly Pair[], order: number): Scored[] {
  return pairs.map((p) => {
    const [wa, wb] = [fingerprintWords(p.a), fingerprintWords(p.b)];
    const [sa, sb] = [new Set(shingles(wa, order)), new Set(shingles(wb, order))];
    const inter = [...sa].filter((s) => sb.has(s)).length;
    const union = sa.size + sb.size - inter;
    const d = Math.round(64 * (union ? 1 - inter / union : 0));
    return { distance: d, words: Math.min(wa.length, wb.length), label: p.label, group: p.group, kind: p.kind };
  });
}

/** The shipped fingerprint: distance = 64 × (1 − shared minima / 32), so thresholds read like SimHash bits. */
export function scoreShipped(pairs: readonly Pair[]): Scored[] {
  return pairs.map((p) => {
    const [fa, fb] = [fingerprint(p.a), fingerprint(p.b)];
    const same = sharedMinima(decodeSignature(fa.sig), decodeSignature(fb.sig));
    return { distance: toDistance(same), words: Math.min(fa.words, fb.words), label: p.label, group: p.group, kind: p.kind };
  });
}

export const toDistance = (shared: number) => Math.round(64 * (1 - shared / SIGNATURE_SIZE));
/** The inverse: the fewest shared minima that keep a pair within `maxDistance`. */
export const toMinShared = (maxDistance: number) => Math.ceil(SIGNATURE_SIZE * (1 - maxDistance / 64) - 1e-9);

export function scoresOf(rows: readonly Scored[], s: Setting): Scores {
  let tp = 0, fp = 0, fn = 0, tn = 0; // prettier-ignore
  for (const r of rows) {
    const near = r.words >= s.minWords && r.distance <= s.maxDistance;
    if (near && r.label) tp++;
    else if (near) fp++;
    else if (r.label) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, tn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const MIN_WORDS = [4, 6, 8, 10];

/**
 * The setting with the best F0.5 on `rows` (precision weighs double: a false "you sent this to N
 * people" accuses a friend's message of being a campaign); ties go to the stricter threshold.
 */
export function tune(rows: readonly Scored[]): Setting {
  let best: { s: Setting; f: number } | null = null;
  for (const minWords of MIN_WORDS) {
    for (let maxDistance = 0; maxDistance <= 64; maxDistance++) {
      const { precision: p, recall: r } = scoresOf(rows, { maxDistance, minWords });
      const f = p + r ? (1.25 * p * r) / (0.25 * p + r) : 0;
      if (!best || f > best.f + 1e-12) best = { s: { maxDistance, minWords }, f };
    }
  }
  return best!.s;
}

/** Deterministic group → fold: groups sorted by name, dealt round-robin. */
export function foldOf(rows: readonly Scored[], folds: number): Map<string, number> {
  const groups = [...new Set(rows.map((r) => r.group))].sort();
  return new Map(groups.map((g, i) => [g, i % folds]));
}

/** Tune on k−1 folds of groups, score the held-out fold, pool the held-out predictions. */
export function crossValidate(rows: readonly Scored[], folds = 5): { scores: Scores; settings: Setting[] } {
  const fold = foldOf(rows, folds);
  const settings: Setting[] = [];
  const pooled = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let k = 0; k < folds; k++) {
    const s = tune(rows.filter((r) => fold.get(r.group) !== k));
    settings.push(s);
    const t = scoresOf(
      rows.filter((r) => fold.get(r.group) === k),
      s,
    );
    pooled.tp += t.tp;
    pooled.fp += t.fp;
    pooled.fn += t.fn;
    pooled.tn += t.tn;
  }
  const precision = pooled.tp / (pooled.tp + pooled.fp || 1);
  const recall = pooled.tp / (pooled.tp + pooled.fn || 1);
  return { scores: { ...pooled, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) }, settings };
}
