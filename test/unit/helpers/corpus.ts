import { readFileSync } from 'node:fs';
import { classify } from '../../../lib/classifier';
import type { ClassifyInput, Direction } from '../../../lib/classifier';

export interface Labelled extends ClassifyInput {
  flip: boolean;
  direction: Direction | null;
}

export function loadCorpus(name: string): Labelled[] {
  const raw = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Precision and recall on flips, false-positive rate on non-flips, as the issue defines them. */
export function scoreCorpus(drafts: Labelled[]) {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0,
    sameDirection = 0;
  const misses: string[] = [];
  for (const d of drafts) {
    // Rules alone: these corpora tuned the rules and now train the model, so they say nothing of the
    // model on new text (leave-one-source-out and the frozen corpora do, in classifier-evaluation).
    const v = classify(d, { model: null });
    if (v.flip && d.flip) {
      tp++;
      if (v.direction === d.direction) sameDirection++;
    } else if (v.flip) {
      fp++;
      misses.push(`FP ${d.network}: ${d.text}`);
    } else if (d.flip) {
      fn++;
      misses.push(`FN ${d.network}: ${d.text}`);
    } else tn++;
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), fpr: fp / (fp + tn), directionAccuracy: sameDirection / tp, misses };
}
