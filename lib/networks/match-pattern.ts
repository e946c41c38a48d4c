/**
 * WebExtension match patterns (`https://*.example.com/*`) as a pure predicate, so the URL → network
 * lookup agrees with what the browser injects into. Only the subset the registry uses: an explicit
 * scheme, an exact host or a `*.` suffix, and a path with `*` wildcards.
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(https?|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Unsupported match pattern: ${pattern}`);
  const [, scheme, host, path] = m;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (!hostMatches(host, url.hostname)) return false;
  return globMatches(path, url.pathname + url.search);
}

function hostMatches(pattern: string, hostname: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return hostname === base || hostname.endsWith('.' + base);
  }
  return hostname === pattern;
}

// Split on '*' and find the pieces in order: linear, unlike a regex built from user data.
function globMatches(glob: string, text: string): boolean {
  const parts = glob.split('*');
  if (parts.length === 1) return glob === text;
  if (!text.startsWith(parts[0])) return false;
  let at = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = text.indexOf(parts[i], at);
    if (found < 0) return false;
    at = found + parts[i].length;
  }
  const last = parts[parts.length - 1];
  return text.length - last.length >= at && text.endsWith(last);
}
