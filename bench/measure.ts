/** Timing helpers for the bench: per-call samples, then median and p95 of those samples. */

export interface SampleBudget {
  /** Stop after this many samples… */
  maxSamples: number;
  /** …or after this long, whichever comes first, */
  maxMs: number;
  /** …but never before this many (at least one pass over the inputs if minSamples ≥ inputs.length). */
  minSamples: number;
  /** Untimed calls first, so the JIT has compiled the hot paths before we measure them. */
  warmup: number;
}

export interface Timing {
  samples: number;
  medianMs: number;
  p95Ms: number;
}

/**
 * Times `fn` once per input, cycling through the inputs, each call measured on its own so the
 * figures are per draft rather than per batch.
 */
export function timePerCall<T>(inputs: readonly T[], fn: (input: T) => unknown, budget: SampleBudget): Timing {
  if (inputs.length === 0) return { samples: 0, medianMs: NaN, p95Ms: NaN };
  let sink = 0; // keep results alive so the calls cannot be optimised away
  for (let i = 0; i < budget.warmup; i++) sink ^= touch(fn(inputs[i % inputs.length]));
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < budget.maxSamples; i++) {
    if (i >= budget.minSamples && performance.now() - started > budget.maxMs) break;
    const input = inputs[i % inputs.length];
    const t0 = performance.now();
    const result = fn(input);
    samples.push(performance.now() - t0);
    sink ^= touch(result);
  }
  if (sink === 0.5) console.error('unreachable'); // a use of sink the optimiser cannot prove dead
  return { samples: samples.length, medianMs: quantile(samples, 0.5), p95Ms: quantile(samples, 0.95) };
}

function touch(value: unknown): number {
  return value === undefined || value === null ? 0 : 1;
}

/** Nearest-rank quantile on a copy; 0.5 of an even count is the mean of the middle two. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (q === 0.5 && sorted.length % 2 === 0) {
    const mid = sorted.length / 2;
    return (sorted[mid - 1] + sorted[mid]) / 2;
  }
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Rounds for the report: enough digits for a 0.01 ms figure, no float noise. */
export function round(ms: number, digits = 4): number | null {
  return Number.isFinite(ms) ? Number(ms.toFixed(digits)) : null;
}
