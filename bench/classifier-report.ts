import type { SetFigures } from './classifier-section';
import { formatTable, ms } from './format-table';

const LABELS: Record<string, string> = {
  corpus: 'labelled corpus',
  chars280: '280 chars',
  chars3000: '3,000 chars',
  chars100k: '100,000 chars',
};

interface ClassifierResult {
  budgets: Record<string, boolean>;
  limits: { chars280MedianMs: number; chars3000MedianMs: number; chars100kMedianMs: number; corpusMinRatio: number };
  quick: boolean;
  corpusProblems?: string[];
  [set: string]: unknown;
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

/** The table people read after `npm run bench`; the same figures as the --json object. */
export function formatClassifierReport(raw: object): string {
  const r = raw as ClassifierResult;
  const budgetText: Record<string, string> = {
    corpus: `alex/Tact ≥ ${r.limits.corpusMinRatio}×  ${verdict(r.budgets.corpusRatio)}`,
    chars280: `median ≤ ${r.limits.chars280MedianMs} ms  ${verdict(r.budgets.chars280)}`,
    chars3000: `median ≤ ${r.limits.chars3000MedianMs} ms  ${verdict(r.budgets.chars3000)}`,
    chars100k: `median ≤ ${r.limits.chars100kMedianMs} ms  ${verdict(r.budgets.chars100k)}`,
  };
  const rows = Object.keys(LABELS).map((key) => {
    const f = r[key] as SetFigures;
    return [
      `${LABELS[key]} (${f.drafts} draft${f.drafts === 1 ? '' : 's'})`,
      ms(f.medianMs),
      ms(f.p95Ms),
      ms(f.alexMedianMs),
      ms(f.alexP95Ms),
      f.ratio === null ? 'n/a' : `${f.ratio}×`,
      `${f.samples} / ${f.alexSamples}`,
      budgetText[key],
    ];
  });
  const header = [
    'Classifier, ms per draft',
    'Tact median',
    'Tact p95',
    'alex median',
    'alex p95',
    'alex/Tact',
    'samples Tact / alex',
    'budget',
  ];
  const failed = Object.entries(r.budgets)
    .filter(([, pass]) => !pass)
    .map(([k]) => k);
  const m = r.model as { bytes: number; gzipBytes: number; loadMs: number; nonZeroWeights: number };
  const notes = [
    `Learned model: ${m.nonZeroWeights} weights, ${(m.bytes / 1024).toFixed(1)} KB (${(m.gzipBytes / 1024).toFixed(1)} KB gzipped), loads in ${m.loadMs} ms (budget 50 ms: ${verdict(r.budgets.modelLoad)}).`,
    r.quick ? 'QUICK MODE: too few samples for the figures to mean anything.' : '',
    ...(r.corpusProblems ?? []).map((p) => `corpus: skipped ${p}`),
    failed.length === 0 ? 'All classifier budgets PASS.' : `FAIL: budget missed for ${failed.join(', ')}.`,
  ].filter(Boolean);
  return [formatTable(header, rows, 'lrrrrrrl'), '', ...notes].join('\n');
}
