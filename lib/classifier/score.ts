import type { Direction, Finding, Level, Severity } from './types';

export const SEVERITY_WEIGHT: Record<Severity, number> = { low: 0.2, medium: 0.45, high: 0.75 };

/** A finding with how much it counts under this audience, after norms and mitigating context. */
export interface Weighed {
  finding: Finding;
  weight: number;
  /** Which side the finding counts for here (a family may change sides under a social norm). */
  side: Direction;
  /** From a family whose match means the same whatever the writer is doing (see RuleFamily.literal). */
  literal?: boolean;
}

export interface Thresholds {
  flip: number;
  caution: number;
}

/** Sensitivity 0.5 is the tuned default; 1 makes the coach speak up sooner, 0 only for clear flips. */
export function thresholds(sensitivity = 0.5): Thresholds {
  const s = Math.min(1, Math.max(0, sensitivity));
  return { flip: 0.6 + (0.5 - s) * 0.4, caution: 0.3 + (0.5 - s) * 0.4 };
}

/**
 * Independent evidence adds up (1 − Π(1 − w)). Within a category each further, different cue counts
 * half as much as the one before, so "six seats left… rate ends Friday… you'll regret it" builds up,
 * while ten copies of one "buy now" are still one hard sell.
 */
export function sideScore(items: Weighed[], side: Direction): number {
  const byCategory = new Map<string, Map<string, number>>();
  for (const { finding, weight, side: s } of items) {
    if (s !== side) continue;
    const cues = byCategory.get(finding.category) ?? new Map<string, number>();
    const key = finding.actual.toLowerCase();
    cues.set(key, Math.max(cues.get(key) ?? 0, weight));
    byCategory.set(finding.category, cues);
  }
  let keep = 1;
  for (const cues of byCategory.values()) {
    const weights = [...cues.values()].sort((a, b) => b - a);
    weights.forEach((w, i) => {
      keep *= 1 - w / 2 ** i;
    });
  }
  return 1 - keep;
}

export interface Judgement {
  level: Level;
  direction: Direction | null;
  score: number;
}

export function judge(items: Weighed[], t: Thresholds): Judgement {
  const s2m = sideScore(items, 'social-to-market');
  const m2s = sideScore(items, 'market-to-social');
  // Quoting someone's private life back at them is the sharper harm, so it names the flip when both are there.
  const direction: Direction | null =
    m2s >= t.flip
      ? 'market-to-social'
      : s2m >= t.flip
        ? 'social-to-market'
        : s2m === 0 && m2s === 0
          ? null
          : s2m >= m2s
            ? 'social-to-market'
            : 'market-to-social';
  const score = direction === 'market-to-social' ? m2s : direction === 'social-to-market' ? s2m : 0;
  const level: Level = score >= t.flip ? 'flip' : score >= t.caution ? 'caution' : 'ok';
  return { level, direction: level === 'ok' ? null : direction, score: Math.round(score * 1000) / 1000 };
}
