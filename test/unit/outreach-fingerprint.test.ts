import { describe, expect, test } from 'vitest';
import type { Verdict } from '../../lib/classifier/types';
import {
  applyOutreach,
  decodeSignature,
  fingerprint,
  indexSends,
  matchOutreach,
  MIN_SHARED,
  OUTREACH_RULE_ID,
  recipientKey,
  sharedMinima,
  type SentFingerprint,
} from '../../lib/outreach';

const pitch = (name: string) =>
  `Hey ${name}! I've been meaning to reach out. I just joined an amazing wellness company and I'm looking for 3 motivated people to build a side income with me. Would you be open to a quick call this week?`;
const shared = (a: string, b: string) => sharedMinima(decodeSignature(fingerprint(a).sig), decodeSignature(fingerprint(b).sig));

describe('fingerprint similarity', () => {
  test.each([
    ['a swapped name', pitch('Anna'), pitch('Bob')],
    ['a greeting, emoji and punctuation changed', pitch('Anna'), pitch('Carla').replace('Hey', 'Hiii').replace('!', ' 😊')],
    [
      'a sentence added',
      pitch('Anna'),
      pitch('Dev') + ' No pressure at all, I just thought of you first because you always get things done.',
    ],
  ])('%s stays near', (_why, a, b) => {
    expect(shared(a, b)).toBeGreaterThanOrEqual(MIN_SHARED);
  });

  test.each([
    [
      'the same topic written fresh',
      pitch('Anna'),
      'Anna, how are you holding up with the new job? I keep thinking about our walk last week, want to do it again Sunday?',
    ],
    [
      'a reply that quotes one line',
      pitch('Anna'),
      'lol someone just sent me "looking for 3 motivated people to build a side income" for the third time this week',
    ],
  ])('%s is far', (_why, a, b) => {
    expect(shared(a, b)).toBeLessThan(MIN_SHARED);
  });

  test('is the same everywhere for the same text and never holds the text', () => {
    const f = fingerprint(pitch('Anna'));
    expect(fingerprint(pitch('Anna'))).toEqual(f);
    expect(f.sig).toMatch(/^[0-9a-f]{128}$/);
    expect(JSON.stringify(f)).not.toMatch(/wellness|Anna/i);
  });
});

describe('matchOutreach', () => {
  const now = 1_800_000_000_000;
  const day = 86_400_000;
  const sent = (name: string, key: string, at = now - day): SentFingerprint => ({ ...fingerprint(pitch(name)), recipientKey: key, at });

  test('counts different recipients within 14 days, not the draft’s own recipient', () => {
    const index = indexSends([sent('Anna', 'a'), sent('Bob', 'b'), sent('Carla', 'c')]);
    expect(matchOutreach(fingerprint(pitch('Dev')), 'd', index, now)).toEqual({ recipients: 3 });
    // Writing to Carla again: only two others got it.
    expect(matchOutreach(fingerprint(pitch('Carla')), 'c', index, now)).toBeNull();
  });

  test('the same person three times is one recipient', () => {
    const index = indexSends([sent('Anna', 'a'), sent('Anna', 'a', now - 2 * day), sent('Anna', 'a', now - 3 * day)]);
    expect(matchOutreach(fingerprint(pitch('Dev')), 'd', index, now)).toBeNull();
  });

  test('sends older than 14 days do not count', () => {
    const index = indexSends([sent('Anna', 'a', now - 15 * day), sent('Bob', 'b'), sent('Carla', 'c')]);
    expect(matchOutreach(fingerprint(pitch('Dev')), 'd', index, now)).toBeNull();
  });

  test('short messages never match ("happy birthday!" to five friends is not a campaign)', () => {
    const short = (key: string) => ({ ...fingerprint('Happy birthday!! 🎉'), recipientKey: key, at: now - day });
    const index = indexSends(['a', 'b', 'c', 'd'].map(short));
    expect(matchOutreach(fingerprint('Happy birthday!! 🎉'), 'e', index, now)).toBeNull();
  });
});

describe('recipientKey', () => {
  test('tells people apart by handle, ignoring @ and case; threads by address without query', () => {
    const dm = (handle: string) => ({ kind: 'dm' as const, target: { handle }, mentions: [] });
    expect(recipientKey('x', dm('@Ana'), 'https://x.com/messages/1')).toBe(recipientKey('x', dm('ana'), 'https://x.com/messages/2'));
    expect(recipientKey('x', dm('ana'), '')).not.toBe(recipientKey('x', dm('bob'), ''));
    const post = { kind: 'comment' as const, mentions: [] };
    expect(recipientKey('reddit', post, 'https://www.reddit.com/r/a/comments/1/?x=1')).toBe(
      recipientKey('reddit', post, 'https://www.reddit.com/r/a/comments/1/'),
    );
    expect(recipientKey('reddit', post, 'https://www.reddit.com/r/a/comments/1/')).not.toBe(
      recipientKey('reddit', post, 'https://www.reddit.com/r/a/comments/2/'),
    );
    expect(recipientKey('x', dm('ana'), '')).not.toMatch(/ana/);
  });
});

describe('applyOutreach', () => {
  const verdict = (level: Verdict['level'], norm: Verdict['norm']['norm']): Verdict => ({
    level,
    flip: level === 'flip',
    direction: null,
    score: 0,
    norm: { norm, source: 'network', reason: '' },
    findings: [],
  });
  const text = pitch('Dev');

  test.each([
    ['social', 'ok', 'caution'],
    ['social', 'caution', 'flip'],
    ['hybrid', 'ok', 'caution'],
    ['hybrid', 'flip', 'flip'],
  ] as const)('under %s norms %s becomes %s, with the finding naming the count', (norm, from, to) => {
    const out = applyOutreach(verdict(from, norm), { recipients: 4 }, text);
    expect(out.level).toBe(to);
    expect(out.flip).toBe(to === 'flip');
    const f = out.findings.find((x) => x.ruleId === OUTREACH_RULE_ID)!;
    expect(f.note).toContain("you've sent nearly this to 4 people this week".replace('you', 'You'));
    expect(f.suggestion).toMatch(/about them/);
    expect(text.slice(f.start, f.end)).toBe(f.actual);
  });

  test('past 20 people the note stops counting', () => {
    const f = applyOutreach(verdict('ok', 'social'), { recipients: 20 }, text).findings[0];
    expect(f.note).toContain('sent nearly this to 20 or more people this week');
  });

  test('market norms alone: the verdict is left as it was', () => {
    const v = verdict('ok', 'market');
    expect(applyOutreach(v, { recipients: 9 }, text)).toBe(v);
  });

  test('no match: the verdict is left as it was', () => {
    const v = verdict('ok', 'social');
    expect(applyOutreach(v, null, text)).toBe(v);
  });
});
