import { describe, expect, test } from 'vitest';
import { isDefaultSite, siteOriginOf, siteOriginsFromGrants } from '@/lib/permissions/site-origin';
import { profileUrlFor } from '@/lib/profile/profile-url';
import { outcomeOf } from '@/lib/composers/coaching-outcome';

describe('opt-in site origins', () => {
  test.each([
    ['https://forum.example.org/t/123?x=1', 'https://forum.example.org'],
    ['http://insecure.example.org/', null],
    ['chrome://extensions/', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, origin) => expect(siteOriginOf(url)).toBe(origin));

  test('default networks need no opt-in; other hosts do', () => {
    expect(isDefaultSite('https://www.linkedin.com')).toBe(true);
    expect(isDefaultSite('https://mastodon.social')).toBe(false);
    expect(isDefaultSite('https://example.org')).toBe(false);
  });

  test('only exact per-site grants count as sites the user allowed', () => {
    const grants = [
      'https://www.linkedin.com/*',
      'https://*/*',
      'https://mastodon.social/*',
      'https://forum.example.org/*',
      'https://*.wordpress.com/*',
    ];
    expect(siteOriginsFromGrants(grants)).toEqual(['https://forum.example.org', 'https://mastodon.social']);
  });
});

describe('profile links for "Add to notebook"', () => {
  test.each([
    ['linkedin', 'ana-garcia', 'https://www.linkedin.com/in/ana-garcia/'],
    ['bluesky', 'lucia.bsky.social', 'https://bsky.app/profile/lucia.bsky.social'],
    ['mastodon', 'sam@hachyderm.io', 'https://hachyderm.io/@sam'],
    ['mastodon', 'sam', 'https://mastodon.social/@sam'],
    ['facebook', 'Sam Lopez', undefined],
  ] as const)('%s %s', (network, handle, url) => expect(profileUrlFor(network, handle, 'https://mastodon.social')).toBe(url));
});

describe('what the user did after a warning', () => {
  test.each([
    [null, { level: 'flip', empty: false }, null],
    [{ level: 'ok', empty: false }, { level: 'flip', empty: false }, null],
    [{ level: 'flip', empty: false }, { level: 'ok', empty: false }, 'edited'],
    [{ level: 'caution', empty: false }, { level: 'ok', empty: true }, 'posted-anyway'],
    [{ level: 'flip', empty: false }, 'gone', 'posted-anyway'],
    [{ level: 'flip', empty: false }, { level: 'caution', empty: false }, null],
  ] as const)('%o then %o → %s', (prev, next, action) => expect(outcomeOf(prev, next)).toBe(action));
});
