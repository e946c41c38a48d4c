// What the coaching changed, from the recorded outcomes of paused sends (issue 10). Pure: the popup's
// Impact view and the tests feed it rows; lib/db/send-outcomes.ts reads them from the database.
import type { SendOutcome } from '../db/types';

export const IMPACT_WINDOW_MS = 30 * 86_400_000;
/** X's reply prompts, 2021: 34% of people shown the prompt revised or deleted their reply. */
export const X_REVISED_SHARE = 0.34;
/** A rule posted anyway more often than this, over at least NOISY_MIN_PAUSES pauses, is named for muting. */
export const NOISY_SHARE = 0.8;
export const NOISY_MIN_PAUSES = 10;

export interface ImpactCounts {
  /** Sends Tact held: revised + cancelled + posted anyway. */
  paused: number;
  revised: number;
  cancelled: number;
  postedAnyway: number;
  /** Flip badges fixed before any send: not a pause, counted beside. */
  fixedBeforeSend: number;
  /** (revised + cancelled) / paused, or null with no pauses. */
  revisedOrCancelledShare: number | null;
}

export interface ImpactSummary {
  since: number;
  total: ImpactCounts;
  byNetwork: ({ network: string } & ImpactCounts)[];
  byRule: ({ ruleId: string } & ImpactCounts)[];
  /** Rules users post anyway > 80% of the time (≥ 10 pauses), most ignored first. */
  noisyRules: { ruleId: string; paused: number; postedAnyway: number; share: number }[];
}

const empty = (): ImpactCounts => ({
  paused: 0,
  revised: 0,
  cancelled: 0,
  postedAnyway: 0,
  fixedBeforeSend: 0,
  revisedOrCancelledShare: null,
});

function add(c: ImpactCounts, o: SendOutcome): void {
  if (o.outcome === 'fixed-before-send') c.fixedBeforeSend++;
  else {
    c.paused++;
    if (o.outcome === 'revised') c.revised++;
    else if (o.outcome === 'cancelled') c.cancelled++;
    else c.postedAnyway++;
  }
  c.revisedOrCancelledShare = c.paused ? (c.revised + c.cancelled) / c.paused : null;
}

function tally<K extends string>(rows: readonly SendOutcome[], keysOf: (o: SendOutcome) => readonly string[], name: K) {
  const map = new Map<string, ImpactCounts>();
  for (const o of rows) {
    for (const key of new Set(keysOf(o))) {
      const c = map.get(key) ?? empty();
      add(c, o);
      map.set(key, c);
    }
  }
  return [...map]
    .map(([key, c]) => ({ [name]: key, ...c }) as { [P in K]: string } & ImpactCounts)
    .sort((a, b) => b.paused - a.paused || b.fixedBeforeSend - a.fixedBeforeSend || (a[name] < b[name] ? -1 : 1));
}

/** The Impact view's figures over the 30 days before `now`. */
export function summarizeImpact(rows: readonly SendOutcome[], now: number): ImpactSummary {
  const since = now - IMPACT_WINDOW_MS;
  const recent = rows.filter((o) => o.at >= since && o.at <= now);
  const total = empty();
  recent.forEach((o) => add(total, o));
  const byRule = tally(recent, (o) => o.ruleIds, 'ruleId');
  return { since, total, byNetwork: tally(recent, (o) => [o.network], 'network'), byRule, noisyRules: noisyRules(byRule) };
}

export function noisyRules(byRule: readonly ({ ruleId: string } & ImpactCounts)[]): ImpactSummary['noisyRules'] {
  return byRule
    .filter((r) => r.paused >= NOISY_MIN_PAUSES && r.postedAnyway / r.paused > NOISY_SHARE)
    .map((r) => ({ ruleId: r.ruleId, paused: r.paused, postedAnyway: r.postedAnyway, share: r.postedAnyway / r.paused }))
    .sort((a, b) => b.share - a.share || b.paused - a.paused);
}
