import { i18n, translate } from '@/runtime/i18n';
import type { Level, Verdict } from '@/lib/classifier/types';
import type { FindingGroup } from '@/lib/coach/group-findings';

const levelWords = (level: Level) => i18n.t(`level.${level}`);

export const levelLabel = levelWords;

/** The one sentence screen readers hear when the card opens or the verdict changes; counts things to change. */
export function summaryOf(verdict: Verdict, groups: readonly FindingGroup[]): string {
  const n = groups.length;
  if (!n) return i18n.t('level.sentence', [levelWords(verdict.level)]);
  const dir =
    verdict.direction === 'social-to-market'
      ? ` ${i18n.t('level.socialToMarket')}`
      : verdict.direction === 'market-to-social'
        ? ` ${i18n.t('level.marketToSocial')}`
        : '';
  return i18n.t('level.summary', n, [String(n), `${levelWords(verdict.level)}${dir}`]);
}

/** The card's first sentence: the first thing to change, and where. */
export function leadOf(verdict: Verdict, groups: readonly FindingGroup[]): string {
  const [first] = groups;
  if (!first) return i18n.t('level.sentence', [levelWords(verdict.level)]);
  const change = translate(first.concern.change);
  const what = first.spans.length > 1 ? i18n.t('level.places', [change, String(first.spans.length)]) : change;
  return groups.length > 1 ? i18n.t('level.then', [what, String(groups.length - 1)]) : i18n.t('level.sentence', [what]);
}

// A symbol per level, so the badge never tells the level by colour alone: ✓ ok, ? worth a second
// look, ! could flip. The count of things to change follows it.
const LEVEL_SYMBOLS: Record<Level, string> = { ok: '✓', caution: '?', flip: '!' };

/** Short text on the badge itself: the level's symbol, then the number of things to change if any. */
export const badgeGlyph = (verdict: Verdict, groups: readonly FindingGroup[]) => {
  const n = groups.length;
  return verdict.level === 'ok' && !n ? '✓' : `${LEVEL_SYMBOLS[verdict.level]}${n ? Math.min(n, 99) : ''}`;
};
