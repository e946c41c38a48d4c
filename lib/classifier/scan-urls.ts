import type { Token } from './tokenize';

export interface UrlRuleSpec<T> {
  params: string[]; // exact keys, or `prefix_*`
  paths: string[];
  hosts: string[];
  payload: T;
}

export interface UrlHit<T> {
  payload: T;
  tokenIndex: number;
}

function parse(raw: string): URL | null {
  try {
    return new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
}

function keyMatches(key: string, wanted: string): boolean {
  return wanted.endsWith('*') ? key.startsWith(wanted.slice(0, -1)) : key === wanted;
}

/** Looks inside each link for affiliate, referral and tracking markers. */
export function scanUrls<T>(tokens: Token[], specs: UrlRuleSpec<T>[]): UrlHit<T>[] {
  const hits: UrlHit<T>[] = [];
  tokens.forEach((token, tokenIndex) => {
    if (token.kind !== 'url') return;
    const url = parse(token.norm);
    if (!url) return;
    const keys = [...url.searchParams.keys()];
    // Amazon-style paths carry the tag as a path segment: /ref=nosim, /dp/X?tag=
    const path = url.pathname;
    const host = url.hostname.replace(/^www\./, '');
    for (const spec of specs) {
      const hit =
        spec.hosts.some((h) => host === h || host.endsWith('.' + h)) ||
        spec.paths.some((p) => path.includes(p)) ||
        keys.some((k) => spec.params.some((w) => keyMatches(k, w)));
      if (hit) hits.push({ payload: spec.payload, tokenIndex });
    }
  });
  return hits;
}
