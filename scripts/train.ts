/**
 * `npm run train`: rebuilds the learned scorer from the corpora in data/corpora/sources.json and the
 * config in data/train.config.json, deterministically, and writes lib/classifier/model/model.generated.ts.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { weightCount } from '../lib/classifier/model/model-codec';
import { ROOT, loadAll, readManifest } from './train/corpora';
import { inputHash } from './train/input-hash';
import { readTrainConfig, trainModel } from './train/train-model';

export const MODEL_PATH = 'lib/classifier/model/model.generated.ts';

const started = performance.now();
const cfg = readTrainConfig();
if (process.env.TACT_TRAIN_OVERRIDE)
  throw new Error('npm run train writes the shipped model: unset TACT_TRAIN_OVERRIDE (it is for experiments with npm run evaluate)');
const specs = readManifest();
const docs = loadAll(specs.filter((s) => s.split === 'train'));
const { data } = trainModel(docs, cfg, inputHash(specs));
const source = `// Written by \`npm run train\` from data/corpora and data/train.config.json. Do not edit by hand:\n// a test fails when this file and the training data disagree.\nimport type { ModelData } from './model-types';\n\nexport const MODEL_DATA: ModelData = ${JSON.stringify(data, null, 1)};\n`;
writeFileSync(resolve(ROOT, MODEL_PATH), source);
const weights = weightCount(data);
console.log(`trained on ${docs.length} documents: ${data.trainedOn.map((s) => `${s.source} ${s.docs}`).join(', ')}`);
console.log(
  `non-zero weights: ${weights}; calibration pitch ${JSON.stringify(data.heads.pitch.calibration)}, intrude ${JSON.stringify(data.heads.intrude.calibration)}`,
);
console.log(
  `${MODEL_PATH}: ${source.length} bytes, ${gzipSync(source).length} gzipped; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
