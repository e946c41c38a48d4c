// Pure helpers that turn user/page text into the keys the indexes store. Lowercase, accent-free,
// so "Zoë" is found by typing "zoe", and "@Ada" on X matches "ada" typed in the notebook.

// Plain ASCII has no accents to strip, and its letters and digits are [a-z0-9] once lowercased: the fast paths
// below give the same result as the general ones, several times faster (the popup folds a whole notebook).
const ASCII = /^[\x00-\x7f]*$/;

/** Lowercase and strip accents (NFD + drop combining marks). */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Words of a text for prefix search: letters/digits runs, folded. */
export function words(text: string): string[] {
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A handle as stored: folded, no leading @, no surrounding slashes or spaces. Mastodon keeps `user@instance`
 * (the @ in the middle is part of the identity).
 */
export function normalizeHandle(handle: string): string {
  return fold(handle.trim())
    .replace(/^@+/, '')
    .replace(/^\/+|\/+$/g, '');
}

/** A profile URL as a match key: host without www/m, path without trailing slash, no query or hash. */
export function normalizeProfileUrl(url: string): string | null {
  let key = urlMemo.get(url);
  if (key === undefined) {
    // An import asks for each row's URL several times (look-up, plan, new contact, duplicates): parse it once.
    if (urlMemo.size >= 50_000) urlMemo.clear();
    urlMemo.set(url, (key = parseProfileUrl(url)));
  }
  return key;
}

const urlMemo = new Map<string, string | null>();

function parseProfileUrl(url: string): string | null {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    const host = u.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
    const path = decodeURIComponent(u.pathname).toLowerCase().replace(/\/+$/, '');
    return `${host}${path}`;
  } catch {
    return null;
  }
}

export function handleKey(network: string, handle: string): string {
  return `${network}:${normalizeHandle(handle)}`;
}

export function urlKey(url: string): string | null {
  const n = normalizeProfileUrl(url);
  return n ? `url:${n}` : null;
}
