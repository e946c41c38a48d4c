import type { Level, Verdict } from '@/lib/classifier/types';
import type { FindingGroup } from '@/lib/coach/group-findings';

const LEVEL_WORDS: Record<Level, string> = {
  ok: 'Looks right for this audience',
  caution: 'Worth a second look',
  flip: 'This could flip the relationship',
};

export const levelLabel = (level: Level) => LEVEL_WORDS[level];

/** The one sentence screen readers hear when the card opens or the verdict changes; counts things to change. */
export function summaryOf(verdict: Verdict, groups: readonly FindingGroup[]): string {
  const n = groups.length;
  if (!n) return `${LEVEL_WORDS[verdict.level]}.`;
  const dir =
    verdict.direction === 'social-to-market' ? ' (social → market)' : verdict.direction === 'market-to-social' ? ' (market → social)' : '';
  return `${LEVEL_WORDS[verdict.level]}${dir}: ${n} ${n === 1 ? 'thing' : 'things'} to change.`;
}

/** The card's first sentence: the first thing to change, and where. */
export function leadOf(verdict: Verdict, groups: readonly FindingGroup[]): string {
  const [first] = groups;
  if (!first) return `${LEVEL_WORDS[verdict.level]}.`;
  const places = first.spans.length > 1 ? ` (${first.spans.length} places)` : '';
  const more = groups.length > 1 ? ` Then ${groups.length - 1} more below.` : '';
  return `${first.concern.change}${places}.${more}`;
}

// A symbol per level, so the badge never tells the level by colour alone: ✓ ok, ? worth a second
// look, ! could flip. The count of things to change follows it.
const LEVEL_SYMBOLS: Record<Level, string> = { ok: '✓', caution: '?', flip: '!' };

/** Short text on the badge itself: the level's symbol, then the number of things to change if any. */
export const badgeGlyph = (verdict: Verdict, groups: readonly FindingGroup[]) => {
  const n = groups.length;
  return verdict.level === 'ok' && !n ? '✓' : `${LEVEL_SYMBOLS[verdict.level]}${n ? Math.min(n, 99) : ''}`;
};
