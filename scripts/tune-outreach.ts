// `npx tsx scripts/tune-outreach.ts`: compares fingerprint methods on data/outreach/paraphrases.jsonl
// with group-wise 5-fold cross-validation and prints the threshold tuned on all pairs (lib/outreach/tuning.ts).
import { readFileSync } from 'node:fs';
import {
  crossValidate,
  parsePairs,
  scoreJaccard,
  scoreShipped,
  scoreSimhash,
  scoresOf,
  toMinShared,
  tune,
  type Scored,
} from './outreach/evaluate';

const pairs = parsePairs(readFileSync(new URL('../data/outreach/paraphrases.jsonl', import.meta.url), 'utf8'));
const pct = (x: number) => x.toFixed(3);

function report(name: string, rows: Scored[]): void {
  const cv = crossValidate(rows);
  const all = tune(rows);
  const fit = scoresOf(rows, all);
  console.log(
    `${name.padEnd(32)} CV P ${pct(cv.scores.precision)} R ${pct(cv.scores.recall)} F1 ${pct(cv.scores.f1)}` +
      `  | all-data setting d≤${all.maxDistance} words≥${all.minWords}: P ${pct(fit.precision)} R ${pct(fit.recall)}` +
      `  | fold settings ${cv.settings.map((s) => `${s.maxDistance}/${s.minWords}`).join(' ')}`,
  );
}

console.log(
  `${pairs.length} pairs, ${pairs.filter((p) => p.label).length} near-duplicates, ${new Set(pairs.map((p) => p.group)).size} groups`,
);
for (const order of [1, 2, 3]) {
  report(`simhash64 1..${order}`, scoreSimhash(pairs, order));
  report(`jaccard (MinHash ceiling) 1..${order}`, scoreJaccard(pairs, order));
}

const rows = scoreShipped(pairs);
report('shipped: minhash 32×16 bit, words', rows);
const s = tune(rows);
console.log(`lib/outreach/tuning.ts: MIN_SHARED = ${toMinShared(s.maxDistance)}, MIN_WORDS = ${s.minWords}`);
// Where the shipped setting errs, by kind of pair.
const byKind = new Map<string, { n: number; wrong: number }>();
for (const r of rows) {
  const near = r.words >= s.minWords && r.distance <= s.maxDistance;
  const k = byKind.get(`${r.label} ${r.kind}`) ?? { n: 0, wrong: 0 };
  k.n++;
  if (near !== !!r.label) k.wrong++;
  byKind.set(`${r.label} ${r.kind}`, k);
}
for (const [k, v] of [...byKind].sort()) if (v.wrong) console.log(`  errors: label ${k}: ${v.wrong}/${v.n}`);
