/**
 * Leave-one-source-out: for each training source, a model trained on every other source scores it.
 * The figures say what to expect on text from a writer the model has never read.
 */
import { decodeModel } from '../../lib/classifier/model/model-codec';
import type { Doc, SourceSpec } from './corpora';
import type { Prediction } from './metrics';
import { predict } from './metrics';
import type { TrainConfig } from './train-model';
import type { DocFeatures } from './train-model';
import { featurizeAll, trainModel } from './train-model';

export interface HeldOut {
  source: string;
  rules: Prediction[];
  combined: Prediction[];
}

/** `fraction` < 1 trains on a seeded share of the other sources, for the learning curve. */
export function leaveOneSourceOut(docs: Doc[], specs: SourceSpec[], cfg: TrainConfig, fraction = 1, fvs?: DocFeatures[]): HeldOut[] {
  const all = fvs ?? featurizeAll(docs, cfg);
  const out: HeldOut[] = [];
  for (const spec of specs.filter((s) => s.split === 'train' && s.kind === 'drafts')) {
    const keep = docs.map((d, i) => d.source !== spec.id && (fraction >= 1 || keepShare(i, fraction)));
    const model = trainModel(
      docs.filter((_, i) => keep[i]),
      cfg,
      'loso',
      all.filter((_, i) => keep[i]),
    );
    const held = docs.filter((d) => d.source === spec.id).map((d) => d.draft);
    out.push({ source: spec.id, rules: predict(held, null), combined: predict(held, decodeModel(model.data)) });
  }
  return out;
}

function keepShare(i: number, fraction: number): boolean {
  // A fixed, well-spread subset: the same documents at every run, nested as the fraction grows.
  return (Math.imul(i + 1, 0x9e3779b1) >>> 0) / 4294967296 < fraction;
}
