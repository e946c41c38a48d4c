import { text as alexText } from 'alex';
import { classify } from '../lib/classifier';
import type { ClassifyInput } from '../lib/classifier/types';
import { loadCorpus } from './load-corpus';
import { round, timePerCall, type SampleBudget } from './measure';
import type { BenchContext, BenchSection } from './section';
import { syntheticDrafts } from './synthetic-drafts';
import { formatClassifierReport } from './classifier-report';
import { MODEL_LOAD_LIMIT_MS, modelFigures } from './model-figures';

/** The budgets: median per draft, and how much faster than alex Tact must be on the corpus. */
export const LIMITS = { chars280MedianMs: 0.2, chars3000MedianMs: 2, chars100kMedianMs: 50, corpusMinRatio: 20 };

export interface SetFigures {
  drafts: number;
  medianMs: number | null;
  p95Ms: number | null;
  alexMedianMs: number | null;
  alexP95Ms: number | null;
  /** alex median ÷ Tact median: how many times faster Tact is. */
  ratio: number | null;
  samples: number;
  alexSamples: number;
}

interface InputSet {
  key: 'corpus' | 'chars280' | 'chars3000' | 'chars100k';
  inputs: ClassifyInput[];
  tact: SampleBudget;
  alex: SampleBudget;
}

// Sample budgets sized so the whole section stays near 25 s on two cores; alex takes ~0.3 s per 100 KB draft.
function inputSets(corpus: ClassifyInput[], quick: boolean): InputSet[] {
  const q = (b: SampleBudget): SampleBudget => (quick ? { maxSamples: 2, maxMs: 0, minSamples: 1, warmup: 1 } : b);
  const n = Math.max(1, corpus.length);
  return [
    {
      key: 'corpus',
      inputs: corpus,
      tact: q({ warmup: Math.min(3000, n * 5), minSamples: n, maxSamples: 50_000, maxMs: 2000 }),
      alex: q({ warmup: Math.min(50, n), minSamples: n, maxSamples: 20_000, maxMs: 4000 }),
    },
    {
      key: 'chars280',
      inputs: syntheticDrafts(280, quick ? 2 : 50, 280),
      tact: q({ warmup: 2000, minSamples: 50, maxSamples: 50_000, maxMs: 1500 }),
      alex: q({ warmup: 50, minSamples: 50, maxSamples: 5000, maxMs: 2500 }),
    },
    {
      key: 'chars3000',
      inputs: syntheticDrafts(3000, quick ? 2 : 30, 3000),
      tact: q({ warmup: 300, minSamples: 30, maxSamples: 20_000, maxMs: 1500 }),
      alex: q({ warmup: 10, minSamples: 30, maxSamples: 2000, maxMs: 3000 }),
    },
    {
      key: 'chars100k',
      inputs: syntheticDrafts(100_000, quick ? 1 : 5, 100_000),
      tact: q({ warmup: 5, minSamples: 20, maxSamples: 500, maxMs: 2500 }),
      alex: q({ warmup: 1, minSamples: 5, maxSamples: 10, maxMs: 3000 }),
    },
  ];
}

function measureSet(set: InputSet): SetFigures {
  const tact = timePerCall(set.inputs, (input) => classify(input), set.tact);
  // alex has no notion of audience or network; it gets the same words, as a person would paste them.
  const alex = timePerCall(set.inputs, (input) => alexText(input.text), set.alex);
  const ratio = tact.medianMs > 0 ? alex.medianMs / tact.medianMs : NaN;
  return {
    drafts: set.inputs.length,
    medianMs: round(tact.medianMs),
    p95Ms: round(tact.p95Ms),
    alexMedianMs: round(alex.medianMs),
    alexP95Ms: round(alex.p95Ms),
    ratio: round(ratio, 1),
    samples: tact.samples,
    alexSamples: alex.samples,
  };
}

async function run(ctx: BenchContext): Promise<object> {
  const corpus = loadCorpus();
  const result: Record<string, unknown> = {};
  // The decode a first classify() pays, timed on its own; the timings below are warm.
  result.model = modelFigures(ctx.quick);
  for (const set of inputSets(corpus.inputs, ctx.quick)) {
    ctx.log(`classifier: timing ${set.key} (${set.inputs.length} drafts)…`);
    result[set.key] = measureSet(set);
  }
  const fig = (k: string) => result[k] as SetFigures;
  const under = (v: number | null, limit: number) => v !== null && v <= limit;
  result.budgets = {
    chars280: under(fig('chars280').medianMs, LIMITS.chars280MedianMs),
    chars3000: under(fig('chars3000').medianMs, LIMITS.chars3000MedianMs),
    chars100k: under(fig('chars100k').medianMs, LIMITS.chars100kMedianMs),
    corpusRatio: fig('corpus').ratio !== null && fig('corpus').ratio! >= LIMITS.corpusMinRatio,
    modelLoad: (result.model as { loadMs: number }).loadMs <= MODEL_LOAD_LIMIT_MS,
  };
  result.limits = LIMITS;
  result.quick = ctx.quick;
  if (corpus.problems.length > 0) result.corpusProblems = corpus.problems;
  return result;
}

export const classifierSection: BenchSection = { name: 'classifier', run, format: formatClassifierReport };
