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

/** Short text on the badge itself: a count, or a tick when all is well. */
export const badgeGlyph = (verdict: Verdict) => (verdict.findings.length ? String(Math.min(verdict.findings.length, 99)) : '✓');

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
