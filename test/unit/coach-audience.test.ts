import { describe, expect, test } from 'vitest';
import { classify } from '@/lib/classifier';
import { addressee, buildClassifyInput, mentionsIn } from '@/lib/composers/audience';
import type { Audience } from '@/lib/composers/types';

const aud = (a: Partial<Audience>): Audience => ({ kind: 'post', mentions: [], ...a });
const family = { name: 'Lucía', relationship: 'social' as const, tags: ['family'] };

describe('audience → the norm a draft is judged by', () => {
  test.each([
    ['Facebook post set to Public reads as hybrid', 'facebook', aud({ visibility: 'public' }), undefined, 'hybrid'],
    ['Facebook post to Friends keeps social', 'facebook', aud({ visibility: 'friends' }), undefined, 'social'],
    ['LinkedIn post to Anyone stays market', 'linkedin', aud({ visibility: 'public' }), undefined, 'market'],
    ['LinkedIn post to Connections reaches people you know: hybrid', 'linkedin', aud({ visibility: 'connections' }), undefined, 'hybrid'],
    [
      'LinkedIn DM to a contact marked family follows the contact',
      'linkedin',
      aud({ kind: 'dm', target: { handle: 'lucia' } }),
      family,
      'social',
    ],
    [
      'Facebook DM to a family contact stays social even if a post would be public',
      'facebook',
      aud({ kind: 'dm', visibility: 'public' }),
      family,
      'social',
    ],
    ['Mastodon direct is a DM to the person', 'mastodon', aud({ visibility: 'direct', mentions: ['lucia'] }), family, 'social'],
    ['an unknown site is judged by both norms', 'generic', aud({ kind: 'comment' }), undefined, 'hybrid'],
  ])('%s', (_name, network, audience, contact, norm) => {
    const verdict = classify(buildClassifyInput('Hello there', network, audience, contact));
    expect(verdict.norm.norm).toBe(norm);
  });

  test('the reason names the DM and the relationship the user set', () => {
    const input = buildClassifyInput('Hi!', 'linkedin', aud({ kind: 'dm' }), family);
    expect(input.composer).toBe('dm');
    expect(classify(input).norm.reason).toMatch(/LinkedIn DM .*family.*social norms/);
  });

  test('Mastodon "direct" is classified as a DM', () => {
    expect(buildClassifyInput('x', 'mastodon', aud({ visibility: 'direct' })).composer).toBe('dm');
  });
});

describe('who the draft speaks to (for the notebook look-up)', () => {
  test.each([
    ['the DM recipient', aud({ kind: 'dm', target: { name: 'Ana', handle: 'ana-garcia' } }), 'ana-garcia'],
    ['the author replied to', aud({ kind: 'reply', target: { handle: 'samlopez' }, mentions: ['x', 'y'] }), 'samlopez'],
    ['the only @mention of a post', aud({ mentions: ['lucia'] }), 'lucia'],
    ['nobody when a post mentions several people', aud({ mentions: ['a', 'b'] }), undefined],
    ['nobody for a plain post', aud({}), undefined],
  ])('%s', (_name, audience, handle) => expect(addressee(audience)?.handle).toBe(handle));

  test.each([
    ['thanks @lucia and @sam_lopez!', ['lucia', 'sam_lopez']],
    ['write to ana@example.com', []],
    ['cc @sam@hachyderm.io please', ['sam@hachyderm.io']],
    ['@lucia @lucia', ['lucia']],
  ])('mentions in %j', (text, expected) => expect(mentionsIn(text)).toEqual(expected));
});
