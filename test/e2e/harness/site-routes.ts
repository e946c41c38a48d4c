/**
 * Which fixture page answers a URL on a real network host. Data, not code: the server, the demo
 * start page and the host-resolver rules are all generated from this table.
 */
export interface PageRoute {
  /** Matched against the URL path (query string excluded). */
  path: RegExp;
  /** File under test/fixtures/sites/<dir>/. */
  file: string;
  /** Extra response headers, e.g. YouTube's Trusted Types policy. */
  headers?: Readonly<Record<string, string>>;
  /** A URL the demo start page links to, and tests may use. */
  example: string;
  /** What the page holds, for the demo start page. */
  label: string;
}

export interface SiteRoute {
  hosts: readonly string[];
  dir: string;
  pages: readonly PageRoute[];
}

// YouTube really sends this header. Checked 2026-11-23 in Chromium 156: it binds the page's own
// scripts (and anything injected into the MAIN world), not an extension's isolated-world content
// script, whose innerHTML still works. So the fixture is faithful, but it cannot catch innerHTML in Tact.
const trustedTypes = { 'Content-Security-Policy': "require-trusted-types-for 'script'" };

export const siteRoutes: readonly SiteRoute[] = [
  {
    hosts: ['www.facebook.com', 'web.facebook.com'],
    dir: 'facebook',
    pages: [
      {
        path: /^\/?$/,
        file: 'feed.html',
        example: 'https://www.facebook.com/',
        label: 'Facebook post dialog (Lexical) with audience button, and a comment box',
      },
    ],
  },
  {
    hosts: ['www.messenger.com'],
    dir: 'messenger',
    pages: [
      {
        path: /^\/t\/[^/]+\/?$/,
        file: 'thread.html',
        example: 'https://www.messenger.com/t/100012345/',
        label: 'Messenger conversation (Lexical)',
      },
    ],
  },
  {
    hosts: ['www.instagram.com'],
    dir: 'instagram',
    pages: [
      {
        path: /^\/direct\/t\/[^/]+\/?$/,
        file: 'direct.html',
        example: 'https://www.instagram.com/direct/t/340282366/',
        label: 'Instagram direct message (Lexical)',
      },
      {
        path: /^\/p\/[^/]+\/?$/,
        file: 'post.html',
        example: 'https://www.instagram.com/p/C0ffee123/',
        label: 'Instagram comment (textarea)',
      },
    ],
  },
  {
    hosts: ['www.threads.net', 'www.threads.com'],
    dir: 'threads',
    pages: [{ path: /^\/?$/, file: 'feed.html', example: 'https://www.threads.net/', label: 'Threads composer (Lexical)' }],
  },
  {
    hosts: ['www.linkedin.com'],
    dir: 'linkedin',
    pages: [
      {
        path: /^\/feed\/?$/,
        file: 'feed.html',
        example: 'https://www.linkedin.com/feed/',
        label: 'LinkedIn post composer and comment box (Quill)',
      },
      {
        path: /^\/messaging\/thread\/[^/]+\/?$/,
        file: 'messaging.html',
        example: 'https://www.linkedin.com/messaging/thread/2-abc123/',
        label: 'LinkedIn message (contenteditable)',
      },
      { path: /^\/in\/[^/]+\/?$/, file: 'profile.html', example: 'https://www.linkedin.com/in/ana-garcia/', label: 'LinkedIn profile' },
    ],
  },
  {
    hosts: ['x.com', 'twitter.com'],
    dir: 'x',
    pages: [
      { path: /^\/(home)?\/?$/, file: 'home.html', example: 'https://x.com/home', label: 'X post composer (Draft.js)' },
      {
        path: /^\/i\/chat(\/.*)?$|^\/messages(\/.*)?$/,
        file: 'dm.html',
        example: 'https://x.com/i/chat/123-456',
        label: 'X direct message (textarea)',
      },
      {
        path: /^\/[^/]+\/status\/\d+\/?$/,
        file: 'status.html',
        example: 'https://x.com/samlopez/status/1790000000000000000',
        label: 'X reply (Draft.js)',
      },
    ],
  },
  {
    hosts: ['bsky.app'],
    dir: 'bluesky',
    pages: [
      { path: /^\/?$/, file: 'home.html', example: 'https://bsky.app/', label: 'Bluesky post composer (TipTap)' },
      { path: /^\/messages\/[^/]+\/?$/, file: 'dm.html', example: 'https://bsky.app/messages/3kabc', label: 'Bluesky chat (textarea)' },
    ],
  },
  {
    hosts: ['www.reddit.com'],
    dir: 'reddit',
    pages: [
      {
        path: /^\/r\/[^/]+\/comments\/.*$/,
        file: 'post.html',
        example: 'https://www.reddit.com/r/Frugal/comments/abc123/cheap_meals/',
        label: 'Reddit comment (shreddit-composer, Lexical in shadow DOM)',
      },
    ],
  },
  {
    hosts: ['old.reddit.com'],
    dir: 'reddit-old',
    pages: [
      {
        path: /^\/r\/[^/]+\/comments\/.*$/,
        file: 'comments.html',
        example: 'https://old.reddit.com/r/Frugal/comments/abc123/cheap_meals/',
        label: 'old Reddit comment (textarea)',
      },
    ],
  },
  {
    hosts: ['www.youtube.com'],
    dir: 'youtube',
    pages: [
      {
        path: /^\/watch\/?$/,
        file: 'watch.html',
        headers: trustedTypes,
        example: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        label: 'YouTube comment (contenteditable, Trusted Types enforced)',
      },
    ],
  },
  {
    hosts: ['mastodon.social'],
    dir: 'mastodon',
    pages: [
      {
        path: /^\/(home)?\/?$/,
        file: 'home.html',
        example: 'https://mastodon.social/home',
        label: 'Mastodon composer (textarea, opt-in site)',
      },
    ],
  },
  {
    hosts: ['example.org'],
    dir: 'generic',
    pages: [
      {
        path: /^\/.*$/,
        file: 'page.html',
        example: 'https://example.org/blog/post',
        label: 'Any other site: a blog comment form (opt-in)',
      },
    ],
  },
];

/** Every host name the browser is pointed at the local server for. */
export const fixtureHosts: readonly string[] = siteRoutes.flatMap((s) => s.hosts);

export function routeFor(host: string, path: string): { site: SiteRoute; page: PageRoute } | undefined {
  const site = siteRoutes.find((s) => s.hosts.includes(host.toLowerCase()));
  const page = site?.pages.find((p) => p.path.test(path));
  return site && page ? { site, page } : undefined;
}
