/** From labelled documents to the model data that ships: features, both heads, calibration, encoding. */
import type { FeatureConfig, FeatureVector, RawFeatures } from '../../lib/classifier/model/features';
import { featurize, rawFeatures } from '../../lib/classifier/model/features';
import { bestWindow } from '../../lib/classifier/model/score-heads';
import { HEADS } from '../../lib/classifier/model';
import type { HeadName, ModelData } from '../../lib/classifier/model/model-types';
import { normalize } from '../../lib/classifier/model/normalize';
import { encodeHead } from '../../lib/classifier/model/model-codec';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Doc } from './corpora';
import { ROOT } from './corpora';
import { CONFIG_PATH } from './input-hash';
import type { Example, FtrlConfig, Trained } from './ftrl';
import { fitPlatt, keepStrongest, trainFtrl } from './ftrl';
import { labelFor } from './labels';

export interface TrainConfig {
  seed: number;
  features: FeatureConfig;
  window: { size: number; stride: number };
  ftrl: FtrlConfig;
  calibrationFolds: number;
  /**
   * Warning fatigue kills coaches: each head's calibration is shifted until, on out-of-fold drafts,
   * at most this share of its negatives would reach the flip threshold on their own.
   */
  targetFpr: number;
  combine: ModelData['combine'];
  /** Each head keeps at most this many weights, so the content script stays within its size budget. */
  maxWeightsPerHead: number;
}

/** The evidence level at which a head alone makes a draft flip under the norm it matters most to. */
const FLIP_AT = 0.6;

/** data/train.config.json, with TACT_TRAIN_OVERRIDE (JSON) merged on top for experiments. */
export function readTrainConfig(): TrainConfig {
  const base = JSON.parse(readFileSync(resolve(ROOT, CONFIG_PATH), 'utf8'));
  return { ...base, ...JSON.parse(process.env.TACT_TRAIN_OVERRIDE ?? '{}') };
}

/** What training needs of a document, computed once and reused by folds and leave-one-out runs. */
export interface DocFeatures {
  /** The draft as one normalised vector, as training sees it. */
  fv: FeatureVector;
  /** Per-token features for windowed scoring as in the extension (hand-written drafts only: calibration). */
  raw: RawFeatures | null;
}

/** Drafts longer than this many windows train on their start; scoring still reads every window. */
const TRAIN_WINDOWS = 4;

export function featurizeAll(docs: Doc[], cfg: TrainConfig): DocFeatures[] {
  return docs.map((d) => {
    const { tokens, flags } = normalize(d.draft.text);
    const fv = featurize(tokens.slice(0, cfg.window.size * TRAIN_WINDOWS), flags, cfg.features);
    return { fv, raw: d.mailSpam === undefined ? rawFeatures(tokens, flags, cfg.features) : null };
  });
}

function examplesFor(head: HeadName, docs: Doc[], fvs: DocFeatures[], keep: (i: number) => boolean): Example[] {
  const raw: Example[] = [];
  docs.forEach((d, i) => {
    const y = labelFor(d, head);
    if (y !== null && keep(i)) raw.push({ fv: fvs[i].fv, y, weight: d.weight });
  });
  // Balance the classes so a head is not won by whichever side has more text.
  const pos = raw.reduce((s, e) => s + (e.y ? e.weight : 0), 0);
  const neg = raw.reduce((s, e) => s + (e.y ? 0 : e.weight), 0);
  const up = pos > 0 ? Math.min(4, neg / pos) : 1;
  return raw.map((e) => (e.y ? { ...e, weight: e.weight * up } : e));
}

/**
 * Calibration folds group whole sources (round-robin over their sorted ids), so the calibration
 * learns how scores carry over to a writer the model has not read, not to more of the same writer.
 */
function sourceFolds(docs: Doc[], folds: number): Map<string, number> {
  const sources = [...new Set(docs.filter((d) => d.mailSpam === undefined).map((d) => d.source))].sort();
  return new Map(sources.map((s, i) => [s, i % folds]));
}

/** Out-of-fold logits of one head on hand-written drafts, scored by windows as in the extension. */
function outOfFold(head: HeadName, docs: Doc[], fvs: DocFeatures[], cfg: TrainConfig, buckets: number) {
  const foldOf = sourceFolds(docs, cfg.calibrationFolds);
  const logits: number[] = [];
  const ys: (0 | 1)[] = [];
  for (let f = 0; f < cfg.calibrationFolds; f++) {
    const trained = keepStrongest(
      trainFtrl(
        examplesFor(head, docs, fvs, (i) => foldOf.get(docs[i].source) !== f),
        buckets,
        cfg.ftrl,
        cfg.seed + f,
      ),
      cfg.maxWeightsPerHead,
    );
    const scoring = { bias: trained.bias, w: trained.w, scale: 1 };
    docs.forEach((d, i) => {
      const y = labelFor(d, head);
      const raw = fvs[i].raw;
      if (y === null || raw === null || foldOf.get(d.source) !== f) return;
      logits.push(bestWindow(scoring, raw, cfg.window.size, cfg.window.stride).z);
      ys.push(y);
    });
  }
  return { logits, ys };
}

export interface TrainedModel {
  data: ModelData;
  heads: Record<HeadName, Trained>;
}

export function trainModel(docs: Doc[], cfg: TrainConfig, inputHash: string, fvs: DocFeatures[] = featurizeAll(docs, cfg)): TrainedModel {
  const buckets = 1 << cfg.features.bits;
  const heads = {} as Record<HeadName, Trained>;
  const encoded = {} as ModelData['heads'];
  for (const head of HEADS) {
    heads[head] = keepStrongest(
      trainFtrl(
        examplesFor(head, docs, fvs, () => true),
        buckets,
        cfg.ftrl,
        cfg.seed,
      ),
      cfg.maxWeightsPerHead,
    );
    const oof = outOfFold(head, docs, fvs, cfg, buckets);
    encoded[head] = encodeHead(heads[head].w, heads[head].bias, round(shiftForFpr(fitPlatt(oof.logits, oof.ys), oof, cfg.targetFpr)));
  }
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.source, (counts.get(d.source) ?? 0) + 1);
  return {
    heads,
    data: {
      version: 1,
      inputHash,
      features: cfg.features,
      window: cfg.window,
      heads: encoded,
      combine: cfg.combine,
      trainedOn: [...counts].map(([source, n]) => ({ source, docs: n })),
    },
  };
}

/** Lowers b until at most `target` of the out-of-fold negatives score FLIP_AT or more. */
function shiftForFpr(c: { a: number; b: number }, oof: { logits: number[]; ys: (0 | 1)[] }, target: number) {
  const neg = oof.logits
    .filter((_, i) => oof.ys[i] === 0)
    .map((z) => c.a * z + c.b)
    .sort((x, y) => y - x);
  if (neg.length === 0) return c;
  const allowed = Math.floor(neg.length * target);
  const cut = Math.log(FLIP_AT / (1 - FLIP_AT));
  const edge = neg[Math.min(allowed, neg.length - 1)];
  return edge >= cut ? { a: c.a, b: c.b - (edge - cut) - 1e-6 } : c;
}

function round(c: { a: number; b: number }) {
  return { a: Math.round(c.a * 1e4) / 1e4, b: Math.round(c.b * 1e4) / 1e4 };
}
