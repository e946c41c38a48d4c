/** The hash the committed model records: training config plus every training source's bytes (or package version). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { SourceSpec } from './corpora';
import { ROOT } from './corpora';

export const CONFIG_PATH = 'data/train.config.json';

export function inputHash(specs: SourceSpec[]): string {
  const h = createHash('sha256');
  h.update(readFileSync(resolve(ROOT, CONFIG_PATH)));
  for (const spec of specs.filter((s) => s.split === 'train')) {
    h.update(`\0${spec.id}\0${spec.weight ?? 1}\0`);
    if (spec.path) h.update(readFileSync(resolve(ROOT, spec.path)));
    if (spec.package) {
      const require = createRequire(import.meta.url);
      h.update(require(`${spec.package}/package.json`).version);
    }
  }
  // The feature code decides what the weights mean, and the training code how they are learned:
  // a change in either must retrain too.
  const code = [
    ...['normalize.ts', 'features.ts', 'hash.ts', 'lexicon.ts', 'score-heads.ts', 'model-codec.ts'].map((f) => `lib/classifier/model/${f}`),
    ...['ftrl.ts', 'labels.ts', 'train-model.ts', 'corpora.ts'].map((f) => `scripts/train/${f}`),
  ];
  for (const file of code) h.update(readFileSync(resolve(ROOT, file)));
  return h.digest('hex');
}
