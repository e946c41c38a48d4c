// The copy-paste finding and its effect on a verdict. Under social and hybrid norms a near-identical
// message to many people reads as a campaign, not a conversation, so the level goes up one step; under
// market norms the same offer to several clients is ordinary business, so the verdict is left alone.
import type { Finding, Level, Verdict } from '../classifier/types';
import { MAX_COUNTED, type OutreachMatch } from './match';

export const OUTREACH_RULE_ID = 'outreach.copy-paste';

const raise: Record<Level, Level> = { ok: 'caution', caution: 'flip', flip: 'flip' };

export function outreachFinding(match: OutreachMatch, textLength: number): Finding {
  const n = match.recipients >= MAX_COUNTED ? `${MAX_COUNTED} or more` : String(match.recipients);
  return {
    ruleId: OUTREACH_RULE_ID,
    category: 'copy-paste',
    severity: 'medium',
    direction: 'social-to-market',
    // The whole draft is the evidence; the start of it is what gets highlighted.
    start: 0,
    end: Math.min(textLength, 40),
    actual: '',
    note: `You've sent nearly this to ${n} people this week: to friends, copy-paste reads as a campaign, not a conversation.`,
    suggestion: 'Write to this person about them: what you know of their life, why you thought of them, and no more than they would ask.',
    source: 'rule',
  };
}

/** The verdict with the copy-paste finding added and its level raised, or the verdict as it was. */
export function applyOutreach(verdict: Verdict, match: OutreachMatch | null, text: string): Verdict {
  if (!match || verdict.norm.norm === 'market') return verdict;
  if (verdict.findings.some((f) => f.ruleId === OUTREACH_RULE_ID)) return verdict;
  const level = raise[verdict.level];
  const finding = { ...outreachFinding(match, text.length), actual: text.slice(0, Math.min(text.length, 40)) };
  return {
    ...verdict,
    level,
    flip: level === 'flip',
    direction: verdict.direction ?? 'social-to-market',
    findings: [...verdict.findings, finding],
  };
}
