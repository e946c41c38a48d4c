import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { profileFromUrl } from '../../lib/profile/profile-url';
import { readProfile } from '../../lib/profile/read-profile';

const doc = (body: string) => parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document;

describe('profileFromUrl', () => {
  test.each([
    ['https://www.linkedin.com/in/ada-lovelace-12/', 'linkedin', 'ada-lovelace-12'],
    ['https://www.linkedin.com/in/ada-lovelace-12/overlay/contact-info/', 'linkedin', 'ada-lovelace-12'],
    ['https://x.com/AdaL', 'x', 'AdaL'],
    ['https://twitter.com/AdaL/with_replies', 'x', 'AdaL'],
    ['https://bsky.app/profile/ada.bsky.social', 'bluesky', 'ada.bsky.social'],
    ['https://www.instagram.com/ada.l/', 'instagram', 'ada.l'],
    ['https://mastodon.social/@ada', 'mastodon', 'ada@mastodon.social'],
    ['https://mastodon.social/@ada@hachyderm.io', 'mastodon', 'ada@hachyderm.io'],
    ['https://www.facebook.com/ada.lovelace', 'facebook', 'ada.lovelace'],
    ['https://www.facebook.com/profile.php?id=1000123', 'facebook', '1000123'],
  ])('%s → %s %s', (url, network, handle) => {
    expect(profileFromUrl(url)).toMatchObject({ network, handle });
  });

  test.each([
    'https://www.linkedin.com/feed/',
    'https://x.com/home',
    'https://x.com/AdaL/status/123',
    'https://www.instagram.com/explore/',
    'https://www.facebook.com/groups/123/',
    'https://example.com/ada',
    'javascript:alert(1)',
    'not a url',
  ])('%s is not a profile', (url) => {
    expect(profileFromUrl(url)).toBeNull();
  });

  test('drops tracking query strings from the stored URL', () => {
    expect(profileFromUrl('https://www.linkedin.com/in/ada/?trk=public_profile#x')?.profileUrl).toBe('https://www.linkedin.com/in/ada/');
  });
});

describe('readProfile', () => {
  test('LinkedIn profile: h1 name and headline', () => {
    const d = doc(`<main><section><h1 class="text-heading-xlarge">Jane   Doe</h1>
      <div class="text-body-medium break-words">Procurement lead at Acme</div></section></main>`);
    expect(readProfile(d, new URL('https://www.linkedin.com/in/jane-doe-123/'))).toEqual({
      network: 'linkedin',
      handle: 'jane-doe-123',
      name: 'Jane Doe',
      headline: 'Procurement lead at Acme',
      profileUrl: 'https://www.linkedin.com/in/jane-doe-123/',
    });
  });

  test('Bluesky profile by test ids', () => {
    const d = doc(`<div data-testid="profileHeaderDisplayName">Sam ☀️</div><div data-testid="profileHeaderDescription">Gardener</div>`);
    expect(readProfile(d, new URL('https://bsky.app/profile/sam.bsky.social'))).toMatchObject({
      network: 'bluesky',
      handle: 'sam.bsky.social',
      name: 'Sam ☀️',
      headline: 'Gardener',
    });
  });

  test('X profile', () => {
    const d = doc(`<div data-testid="UserName"><span>Ada L</span><span>@AdaL</span></div><div data-testid="UserDescription">Maths</div>`);
    expect(readProfile(d, new URL('https://x.com/AdaL'))).toMatchObject({ network: 'x', handle: 'AdaL', name: 'Ada L', headline: 'Maths' });
  });

  test('Mastodon uses the profile:username meta tag', () => {
    const d = doc(`<div class="account__header"><h1><span>Ada</span></h1></div>`);
    d.head.innerHTML = '<meta property="profile:username" content="ada@hachyderm.io">';
    expect(readProfile(d, new URL('https://mastodon.social/@ada@hachyderm.io'))).toMatchObject({ handle: 'ada@hachyderm.io', name: 'Ada' });
  });

  test('markup in the name stays text, never HTML', () => {
    const d = doc(`<main><h1>&lt;img src=x onerror=alert(1)&gt;</h1></main>`);
    expect(readProfile(d, new URL('https://www.linkedin.com/in/evil/'))?.name).toBe('<img src=x onerror=alert(1)>');
  });

  test('a page without a name falls back to the handle; a non-profile page gives null', () => {
    expect(readProfile(doc('<p>hi</p>'), new URL('https://www.instagram.com/ada.l/'))?.name).toBe('ada.l');
    expect(readProfile(doc('<h1>Feed</h1>'), new URL('https://www.linkedin.com/feed/'))).toBeNull();
  });
});
