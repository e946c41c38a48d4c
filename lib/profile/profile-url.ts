// Which person a profile URL points at, per network. Pure: used by the page reader, by vCard/CSV import
// (URL and X-SOCIALPROFILE lines) and by matching. Each pattern names the layout it serves.
import { networkForUrl } from '../networks';

export interface ProfileRef {
  network: string;
  handle: string;
  profileUrl: string;
}

// First path segments that are app pages, not users (x.com/home, instagram.com/explore/…).
const reserved: Record<string, ReadonlySet<string>> = {
  x: new Set(['home', 'explore', 'notifications', 'messages', 'i', 'search', 'settings', 'compose', 'login', 'signup', 'tos', 'privacy', 'hashtag', 'intent', 'share']),
  instagram: new Set(['explore', 'direct', 'accounts', 'reels', 'reel', 'p', 'stories', 'tv', 'about', 'legal', 'developer']),
  facebook: new Set(['home.php', 'groups', 'events', 'marketplace', 'watch', 'messages', 'notifications', 'settings', 'pages', 'gaming', 'friends', 'bookmarks', 'login', 'help', 'photo', 'photo.php', 'story.php', 'permalink.php', 'reel', 'search', 'hashtag', 'share']),
};

type Reader = (url: URL) => string | null;

const readers: Record<string, Reader> = {
  // /in/<slug>/ (public profile URL since 2012); /in/<slug>/overlay/… still names the same person.
  linkedin: (u) => u.pathname.match(/^\/in\/([^/]+)/)?.[1] ?? null,
  // /<handle> and /<handle>/with_replies etc.; handles are 1–15 word characters.
  x: (u) => {
    const m = u.pathname.match(/^\/([A-Za-z0-9_]{1,15})(?:\/(?:with_replies|media|likes|highlights|articles)?)?\/?$/);
    return m && !reserved.x.has(m[1].toLowerCase()) ? m[1] : null;
  },
  // /profile/<handle or did>
  bluesky: (u) => u.pathname.match(/^\/profile\/([^/]+)/)?.[1] ?? null,
  // /<user>/ (usernames: letters, digits, dot, underscore)
  instagram: (u) => {
    const m = u.pathname.match(/^\/([A-Za-z0-9._]{1,30})\/?$/);
    return m && !reserved.instagram.has(m[1].toLowerCase()) ? m[1] : null;
  },
  threads: (u) => u.pathname.match(/^\/@([A-Za-z0-9._]{1,30})\/?$/)?.[1] ?? null,
  // /@user on its home server, /@user@other.host for remote accounts: stored as user@host.
  mastodon: (u) => {
    const m = u.pathname.match(/^\/@([A-Za-z0-9_]+)(?:@([a-z0-9.-]+))?\/?$/i);
    return m ? `${m[1]}@${(m[2] ?? u.hostname).toLowerCase()}` : null;
  },
  // /profile.php?id=<number> or /<vanity>
  facebook: (u) => {
    if (u.pathname === '/profile.php') return u.searchParams.get('id');
    const m = u.pathname.match(/^\/([A-Za-z0-9.]{3,80})\/?$/);
    return m && !reserved.facebook.has(m[1].toLowerCase()) ? m[1] : null;
  },
  reddit: (u) => u.pathname.match(/^\/(?:user|u)\/([A-Za-z0-9_-]+)/)?.[1] ?? null,
};

/** The profile a URL points at, or null when it is not a person's profile page on a known network. */
export function profileFromUrl(input: string | URL, networkId?: string): ProfileRef | null {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const network = networkId ?? networkForUrl(url).id;
  const handle = readers[network]?.(url);
  if (!handle) return null;
  const clean = new URL(url.href);
  clean.search = network === 'facebook' && url.pathname === '/profile.php' ? `?id=${handle}` : '';
  clean.hash = '';
  return { network, handle: decodeURIComponent(handle), profileUrl: clean.href };
}
