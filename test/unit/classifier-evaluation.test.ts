/**
 * The figures that predict unseen text, recomputed on every run: leave-one-source-out (each
 * hand-written source scored by a model trained without it) and the frozen corpora, which no model
 * was trained on. Training is deterministic, so these are exact, not noisy; the floors sit just
 * under the figures the README reports, and a change that makes held-out text worse fails here.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { shippedModel } from '../../lib/classifier/model/shipped';
import { loadAll, readDrafts, readManifest } from '../../scripts/train/corpora';
import type { HeldOut } from '../../scripts/train/loso';
import { leaveOneSourceOut } from '../../scripts/train/loso';
import { byDirection, predict, score } from '../../scripts/train/metrics';
import { readTrainConfig } from '../../scripts/train/train-model';

const specs = readManifest();

describe('leave one source out', () => {
  let held: HeldOut[] = [];
  let pooled: HeldOut['combined'] = [];
  // Trains one model per source (about a minute on two cores): the honest figure costs that much.
  beforeAll(() => {
    held = leaveOneSourceOut(loadAll(specs.filter((s) => s.split === 'train')), specs, readTrainConfig());
    pooled = held.flatMap((h) => h.combined);
  }, 900_000);

  test('covers every hand-written training source', () => {
    expect(held.map((h) => h.source).sort()).toEqual(
      specs
        .filter((s) => s.split === 'train' && s.kind === 'drafts')
        .map((s) => s.id)
        .sort(),
    );
  });

  // Against the rules on sources they were never tuned on: there the rules' figures are held out too.
  test('the model lifts recall on every source neither reader was tuned on, at a similar false-positive rate', () => {
    const fresh = held.filter((h) => !specs.find((s) => s.id === h.source)!.rulesTunedOn);
    expect(fresh.length).toBeGreaterThanOrEqual(10);
    for (const h of fresh) {
      const rules = score(h.rules);
      const both = score(h.combined);
      expect(both.recall - rules.recall, h.source).toBeGreaterThanOrEqual(LOSO_FLOORS.recallLiftMin);
      expect(both.fpr - rules.fpr, h.source).toBeLessThanOrEqual(LOSO_FLOORS.fprRiseMax);
    }
  });

  test('pooled held-out figures stay at or above the reported floors', () => {
    const s = score(pooled);
    expect(s.recall).toBeGreaterThanOrEqual(LOSO_FLOORS.recall);
    expect(s.precision).toBeGreaterThanOrEqual(LOSO_FLOORS.precision);
    expect(s.fpr).toBeLessThanOrEqual(LOSO_FLOORS.fpr);
    expect(byDirection(pooled, 'market-to-social').recall).toBeGreaterThanOrEqual(LOSO_FLOORS.m2sRecall);
  });
});

describe.each(specs.filter((s) => s.split === 'frozen'))('frozen corpus $id (never trained on)', (spec) => {
  test('precision, recall and false-positive rate hold the bar', () => {
    const floors = FROZEN_FLOORS[spec.id];
    expect(floors, `${spec.id} needs floors here`).toBeDefined();
    const s = score(predict(readDrafts(spec.path!), shippedModel()));
    expect(s.precision).toBeGreaterThanOrEqual(floors.precision);
    expect(s.recall).toBeGreaterThanOrEqual(floors.recall);
    expect(s.fpr).toBeLessThanOrEqual(floors.fpr);
  });
});

// Set from the figures of the committed model (see README, "How well it judges").
const LOSO_FLOORS = { recall: 0.86, precision: 0.95, fpr: 0.03, m2sRecall: 0.91, recallLiftMin: 0.2, fprRiseMax: 0.02 };
// frozen-c was scored once, at first sight, on the shipped model: it holds the bar. frozen-a
// and frozen-b informed tuning after their own first sight (see README), so they hold the figures
// the shipped model reached on them, no better.
const FROZEN_FLOORS: Record<string, { precision: number; recall: number; fpr: number }> = {
  'frozen-c': { precision: 0.95, recall: 0.9, fpr: 0.03 },
  'frozen-a': { precision: 0.93, recall: 0.92, fpr: 0.04 },
  'frozen-b': { precision: 0.9, recall: 0.89, fpr: 0.061 },
};
