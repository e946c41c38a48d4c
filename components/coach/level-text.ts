import type { Level, Verdict } from '@/lib/classifier/types';
import type { Visibility } from '@/lib/composers/types';

const LEVEL_WORDS: Record<Level, string> = {
  ok: 'Looks right for this audience',
  caution: 'Worth a second look',
  flip: 'This could flip the relationship',
};

export const levelLabel = (level: Level) => LEVEL_WORDS[level];

/** The one sentence screen readers hear when the card opens or the verdict changes. */
export function summaryOf(verdict: Verdict): string {
  const n = verdict.findings.length;
  if (!n) return `${LEVEL_WORDS[verdict.level]}.`;
  const dir =
    verdict.direction === 'social-to-market' ? ' (social → market)' : verdict.direction === 'market-to-social' ? ' (market → social)' : '';
  return `${LEVEL_WORDS[verdict.level]}${dir}: ${n} ${n === 1 ? 'finding' : 'findings'}.`;
}

// A symbol per level, so the badge never tells the level by colour alone: ✓ ok, ? worth a second
// look, ! could flip. The count of findings follows it.
const LEVEL_SYMBOLS: Record<Level, string> = { ok: '✓', caution: '?', flip: '!' };

/** Short text on the badge itself: the level's symbol, then the number of findings if any. */
export const badgeGlyph = (verdict: Verdict) => {
  const n = verdict.findings.length;
  return verdict.level === 'ok' && !n ? '✓' : `${LEVEL_SYMBOLS[verdict.level]}${n ? Math.min(n, 99) : ''}`;
};

const SHARED_WITH: Record<Visibility, string> = {
  public: 'Public',
  friends: 'Friends',
  connections: 'Connections',
  followers: 'Followers',
  unlisted: 'Unlisted',
  'only-me': 'Only you',
  direct: 'Only the people mentioned',
};

export const sharedWithLabel = (v: Visibility | undefined) => (v ? SHARED_WITH[v] : undefined);
