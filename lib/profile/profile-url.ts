// Which person a profile URL points at, and the profile URL for a handle: both directions read the
// network's own ProfileSpec (lib/networks/<id>.ts), so they cannot drift apart. Pure: used by the page
// reader, by vCard/CSV import (URL and X-SOCIALPROFILE lines), by matching and by the coach card's "Add".
import { getNetwork, networkForUrl, type NetworkId } from '../networks';

export interface ProfileRef {
  network: NetworkId;
  handle: string;
  profileUrl: string;
}

/** The profile a URL points at, or null when it is not a person's profile page on a known network. */
export function profileFromUrl(input: string | URL, networkId?: NetworkId): ProfileRef | null {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const network = networkId ? getNetwork(networkId) : networkForUrl(url);
  const spec = network?.profile;
  const handle = spec?.handleFromUrl(url);
  if (!network || !spec || !handle) return null;
  const search = spec.profileSearch?.(url, handle) ?? '';
  // Most URLs (every row of a LinkedIn export) have no query or fragment to drop: no second parse for them.
  const profileUrl = search || /[?#]/.test(url.href) ? withSearch(url, search) : url.href;
  return { network: network.id, handle: decodeURIComponent(handle), profileUrl };
}

function withSearch(url: URL, search: string): string {
  const clean = new URL(url.href);
  clean.search = search;
  clean.hash = '';
  return clean.href;
}

/**
 * A profile address for a handle, so the card's "Add to notebook" can save a link back to the
 * person. Undefined where a handle alone does not make a profile URL (Facebook names, generic sites).
 */
export function profileUrlFor(network: NetworkId, handle: string, origin: string): string | undefined {
  return getNetwork(network)?.profile?.urlForHandle?.(handle.replace(/^@/, ''), origin);
}
