import { describe, expect, test } from 'vitest';
import { defaultMatches, getNetwork, matchesPattern, networkForUrl, networks, optionalMatches } from '../../lib/networks';

const cases = networks.flatMap((n) => n.testUrls.map((url) => [n.id, url] as const));

describe('networkForUrl', () => {
  test.each(cases)('%s claims %s', (id, url) => {
    expect(networkForUrl(url).id).toBe(id);
  });

  test.each(cases)('%s: no other network claims %s', (id, url) => {
    const others = networks.filter((n) => n.id !== id && n.matches.length > 0);
    const claimed = others.filter((n) => n.matches.some((p) => matchesPattern(p, new URL(url))));
    expect(claimed.map((n) => n.id)).toEqual([]);
  });

  test('every network has test URLs and the ids the issue fixes', () => {
    expect(networks.map((n) => n.id).sort()).toEqual(
      [
        'bluesky',
        'digg',
        'discourse',
        'disqus',
        'facebook',
        'generic',
        'instagram',
        'linkedin',
        'mastodon',
        'myspace',
        'reddit',
        'threads',
        'wordpress',
        'x',
        'yammer',
        'youtube',
      ].sort(),
    );
    for (const n of networks) expect(n.testUrls.length).toBeGreaterThan(0);
  });

  test.each([
    ['facebook', 'social'],
    ['instagram', 'social'],
    ['threads', 'social'],
    ['myspace', 'social'],
    ['linkedin', 'market'],
    ['yammer', 'market'],
    ['x', 'hybrid'],
    ['bluesky', 'hybrid'],
    ['mastodon', 'hybrid'],
    ['reddit', 'social'],
    ['youtube', 'social'],
    ['discourse', 'social'],
    ['wordpress', 'social'],
    ['disqus', 'social'],
    ['digg', 'social'],
    ['generic', 'hybrid'],
  ])('%s defaults to %s norms', (id, norm) => {
    expect(getNetwork(id)?.defaultNorm).toBe(norm);
  });

  test('look-alike hosts and bad input fall back to generic', () => {
    expect(networkForUrl('https://linkedin.com.evil.example/feed').id).toBe('generic');
    expect(networkForUrl('https://notx.com/home').id).toBe('generic');
    expect(networkForUrl('not a url').id).toBe('generic');
    expect(networkForUrl('http://www.linkedin.com/feed/').id).toBe('generic'); // Tact only injects over https
  });

  test('the manifest injects only into fixed hosts; everything else is optional', () => {
    expect(defaultMatches).toContain('https://www.linkedin.com/*');
    expect(defaultMatches).not.toContain('https://mastodon.social/*');
    expect(defaultMatches.some((m) => m.includes('*/*') && m.startsWith('https://*/'))).toBe(false);
    expect(optionalMatches).toContain('https://mastodon.social/*');
  });
});
