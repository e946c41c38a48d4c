import type { Finding, Severity } from '../classifier/types';
import { concernOf, type Concern } from './concerns';

/** One thing the writer must change, however many places in the draft it shows up. */
export interface FindingGroup {
  /** Stable across checks of the same draft: what Dismiss remembers and a highlight click opens. */
  key: string;
  /** What "Stop flagging …" mutes: the rule family, or the learned model's head. */
  muteKey: string;
  concern: Concern;
  severity: Severity;
  source: Finding['source'];
  note: string;
  suggestion: string;
  /** Every place in the draft, in reading order; these are highlighted. */
  spans: Finding[];
  /** Words that are the reason the pitch hurts (condolences before an offer): context, not the fault. */
  context?: string[];
}

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
/** A private event under social norms is a hook for the pitch beside it, not something to delete. */
const HOOK = 'private-topics';
const GRIEF = /loss|funeral|passed|passing|condolence|sorry for|griev|rest in peace|widow|bereave/i;

const keyOf = (f: Finding) => (f.source === 'model' ? `${f.ruleId}:${f.note}` : f.category);

/**
 * Findings grouped by what the writer must change: one group per rule family (two codes and a
 * "20% off" are one concern), or per learned-model note. Groups are ordered most severe first.
 * Pure, so the badge's count, the card and the highlights agree.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byKey = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = keyOf(f);
    const g = byKey.get(key);
    if (!g) {
      const muteKey = f.source === 'model' ? f.ruleId : f.category;
      byKey.set(key, {
        key,
        muteKey,
        concern: concernOf(f.category),
        severity: f.severity,
        source: f.source,
        note: f.note,
        suggestion: f.suggestion,
        spans: [f],
      });
    } else {
      g.spans.push(f);
      if (RANK[f.severity] > RANK[g.severity]) Object.assign(g, { severity: f.severity, note: f.note, suggestion: f.suggestion });
    }
  }
  const groups = [...byKey.values()];
  for (const g of groups) g.spans.sort((a, b) => a.start - b.start);
  const ordered = groups.sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.spans[0].start - b.spans[0].start);
  return foldHooks(ordered);
}

/**
 * "So sorry for your loss … DM me for prices": the sympathy is what makes the pitch hurt, so the
 * pitch is the finding (highlighted, with a note that it follows condolences) and the sympathy is
 * its context, not highlighted. A hook with no pitch group beside it stays as it is.
 */
function foldHooks(groups: FindingGroup[]): FindingGroup[] {
  const hook = groups.find((g) => g.key === HOOK && g.spans.every((s) => s.direction === 'social-to-market'));
  const pitch = groups.find((g) => g !== hook && g.spans[0].direction === 'social-to-market');
  if (!hook || !pitch) return groups;
  const words = hook.spans.map((s) => s.actual);
  const what = words.some((w) => GRIEF.test(w)) ? 'condolences' : 'news about their private life';
  const folded: FindingGroup = {
    ...pitch,
    severity: RANK[hook.severity] > RANK[pitch.severity] ? hook.severity : pitch.severity,
    note: `This pitch follows ${what} (“${words.join('”, “')}”): next to them, the offer makes the sympathy look like a sales tactic. ${pitch.note}`,
    suggestion: hook.suggestion,
    context: words,
  };
  return groups.filter((g) => g !== hook).map((g) => (g === pitch ? folded : g));
}

/** The findings to highlight: the spans of the groups shown, never the context words. */
export const spansOf = (groups: readonly FindingGroup[]): Finding[] => groups.flatMap((g) => g.spans);
