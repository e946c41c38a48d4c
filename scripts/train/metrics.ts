/** Precision, recall and false-positive rate of flip verdicts against a corpus's labels. */
import type { LoadedModel } from '../../lib/classifier/model';
import { classify } from '../../lib/classifier';
import type { LabelledDraft } from './corpora';

export interface Prediction {
  draft: LabelledDraft;
  level: 'ok' | 'caution' | 'flip';
  direction: string | null;
}

export interface Scores {
  drafts: number;
  flips: number;
  precision: number;
  recall: number;
  fpr: number;
  f1: number;
  /** Share of non-flips that got at least a caution: warning fatigue. */
  cautionRate: number;
  /** Of true flips caught, the share whose direction is right. */
  directionAccuracy: number;
}

export function predict(drafts: LabelledDraft[], model: LoadedModel | null): Prediction[] {
  return drafts.map((draft) => {
    const { text, network, audience, contact, composer } = draft;
    const v = classify({ text, network, audience, contact, composer }, { model });
    return { draft, level: v.level, direction: v.direction };
  });
}

export function score(preds: Prediction[]): Scores {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0,
    caution = 0,
    dirOk = 0;
  for (const p of preds) {
    const said = p.level === 'flip';
    if (p.draft.flip && said) {
      tp++;
      if (p.direction === p.draft.direction) dirOk++;
    } else if (p.draft.flip) fn++;
    else if (said) fp++;
    else tn++;
    if (!p.draft.flip && p.level !== 'ok') caution++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    drafts: preds.length,
    flips: tp + fn,
    precision,
    recall,
    fpr: fp + tn ? fp / (fp + tn) : 0,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    cautionRate: fp + tn ? caution / (fp + tn) : 0,
    directionAccuracy: tp ? dirOk / tp : 1,
  };
}

/** Scores restricted to one slice: flips of one direction (with every non-flip), or one network. */
export function byDirection(preds: Prediction[], direction: string): Scores {
  return score(preds.filter((p) => !p.draft.flip || p.draft.direction === direction));
}

export function byNetwork(preds: Prediction[]): Map<string, Scores> {
  const groups = new Map<string, Prediction[]>();
  for (const p of preds) {
    const key = p.draft.network ?? 'none';
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, score(v)]));
}
