import { defaultMatches, matchesPattern } from '../networks';
import { originPattern, siteOriginOf } from './site-origin';

export interface OpenTab {
  id?: number;
  url?: string;
}

/** Where to start the coach again after an update: the tab, and whether its frames too (opt-in sites host Disqus frames). */
export interface Reinjection {
  tabId: number;
  allFrames: boolean;
}

/** The URL patterns whose open tabs had a coach before an update: the default networks and the granted sites. */
export function coachedPatterns(grantedSites: readonly string[]): string[] {
  return [...defaultMatches, ...grantedSites.map(originPattern)];
}

/**
 * Chrome does not put content scripts back into open tabs when an extension updates or reloads; the old
 * script is orphaned. These are the tabs to start the coach in again, each once, frames as its manifest
 * or registered script would have it.
 */
export function tabsToReinject(tabs: readonly OpenTab[], grantedSites: readonly string[]): Reinjection[] {
  const out: Reinjection[] = [];
  for (const t of tabs) {
    if (t.id === undefined || !t.url) continue;
    let url: URL;
    try {
      url = new URL(t.url);
    } catch {
      continue;
    }
    const origin = siteOriginOf(t.url);
    if (origin && grantedSites.includes(origin)) out.push({ tabId: t.id, allFrames: true });
    else if (defaultMatches.some((p) => matchesPattern(p, url))) out.push({ tabId: t.id, allFrames: false });
  }
  return out;
}
