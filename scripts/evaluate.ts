/**
 * `npm run evaluate`: the figures the README reports. Leave-one-source-out on every hand-written
 * source, per direction and per network over those held-out predictions, a learning curve, and the
 * shipped model on the frozen corpora it never saw. Prints Markdown tables.
 */
import { shippedModel } from '../lib/classifier/model/shipped';
import { loadAll, readDrafts, readManifest } from './train/corpora';
import { leaveOneSourceOut } from './train/loso';
import type { Prediction, Scores } from './train/metrics';
import { byDirection, byNetwork, predict, score } from './train/metrics';
import { featurizeAll, readTrainConfig } from './train/train-model';

const quick = process.argv.includes('--quick');
const cfg = readTrainConfig();
const specs = readManifest();
const docs = loadAll(specs.filter((s) => s.split === 'train'));
const fvs = featurizeAll(docs, cfg);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f2 = (x: number) => x.toFixed(2);
const row = (name: string, s: Scores) =>
  `| ${name} | ${s.drafts} | ${s.flips} | ${f2(s.precision)} | ${f2(s.recall)} | ${pct(s.fpr)} | ${pct(s.cautionRate)} | ${f2(s.f1)} |`;
const HEAD = '| corpus | drafts | flips | precision | recall | FPR | any warning on non-flips | F1 |\n|---|---|---|---|---|---|---|---|';

console.log('## Corpora\n\n| source | split | documents | flips | origin |\n|---|---|---|---|---|');
for (const spec of specs) {
  const own = spec.split === 'train' ? docs.filter((d) => d.source === spec.id).map((d) => d.draft) : readDrafts(spec.path!);
  console.log(`| ${spec.id} | ${spec.split} | ${own.length} | ${own.filter((d) => d.flip).length} | ${spec.origin} |`);
}
console.log('');

const loso = leaveOneSourceOut(docs, specs, cfg, 1, fvs);
console.log('## Leave one source out (rules alone → rules + model trained without that source)\n');
console.log(HEAD);
for (const h of loso) {
  console.log(row(`${h.source}: rules alone`, score(h.rules)));
  console.log(row(`${h.source}: rules + model`, score(h.combined)));
}
const pooled: Prediction[] = loso.flatMap((h) => h.combined);
const pooledRules: Prediction[] = loso.flatMap((h) => h.rules);
console.log(row('all held out: rules alone', score(pooledRules)));
console.log(row('all held out: rules + model', score(pooled)));

console.log('\n## Per direction (held-out predictions, rules + model)\n');
console.log(HEAD);
for (const d of ['social-to-market', 'market-to-social']) console.log(row(d, byDirection(pooled, d)));
console.log('\n## Per network (held-out predictions, rules + model)\n');
console.log(HEAD);
for (const [net, s] of byNetwork(pooled)) console.log(row(net, s));

if (!quick) {
  console.log('\n## Learning curve (share of the other sources used for training → pooled held-out F1)\n');
  console.log('| share | F1 | precision | recall | FPR |\n|---|---|---|---|---|');
  for (const fraction of [0.1, 0.25, 0.5, 1]) {
    const s = fraction === 1 ? score(pooled) : score(leaveOneSourceOut(docs, specs, cfg, fraction, fvs).flatMap((h) => h.combined));
    console.log(`| ${fraction} | ${f2(s.f1)} | ${f2(s.precision)} | ${f2(s.recall)} | ${pct(s.fpr)} |`);
  }
}

const frozen = specs.filter((s) => s.split === 'frozen');
if (frozen.length) {
  console.log('\n## Frozen corpora, shipped model (never trained on)\n');
  console.log(HEAD);
  for (const spec of frozen) {
    const drafts = readDrafts(spec.path!);
    console.log(row(`${spec.id}: rules alone`, score(predict(drafts, null))));
    console.log(row(`${spec.id}: rules + model`, score(predict(drafts, shippedModel()))));
  }
}
