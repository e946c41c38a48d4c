import { defaultMatches, matchesPattern } from '../networks';

/** Prefix of the ids of content scripts registered for opt-in sites; one script per origin. */
export const SITE_SCRIPT_PREFIX = 'tact-site:';
/** The coach content script as built by WXT (entrypoints/coach.content). */
export const COACH_SCRIPT = 'content-scripts/coach.js';

/** The origin a user can opt in to, or null for pages Tact never runs on (chrome:, file:, http:). */
export function siteOriginOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

export const originPattern = (origin: string) => `${origin}/*`;
export const scriptIdFor = (origin: string) => `${SITE_SCRIPT_PREFIX}${origin}`;

/** True where the manifest already injects the coach: no permission to ask for. */
export function isDefaultSite(origin: string): boolean {
  const url = new URL(`${origin}/`);
  return defaultMatches.some((p) => matchesPattern(p, url));
}

/**
 * The opt-in origins among granted host permissions. Only exact `https://host/*` grants count: a
 * wildcard grant (from a developer's unpacked build) is not a user choosing a site.
 */
export function siteOriginsFromGrants(origins: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of origins) {
    const m = /^(https:\/\/[^/*]+)\/\*$/.exec(p);
    if (m && !isDefaultSite(m[1])) out.add(m[1]);
  }
  return [...out].sort();
}
