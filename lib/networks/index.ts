import { bluesky } from './bluesky';
import { digg } from './digg';
import { discourse } from './discourse';
import { disqus } from './disqus';
import { facebook } from './facebook';
import { generic } from './generic';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { matchesPattern } from './match-pattern';
import { myspace } from './myspace';
import { reddit } from './reddit';
import { threads } from './threads';
import type { NetworkDef, NetworkId } from './types';
import { wordpress } from './wordpress';
import { x } from './x';
import { yammer } from './yammer';
import { youtube } from './youtube';

export type { NetworkDef, NetworkId, ProfileSpec, RelationshipModel } from './types';
export { matchesPattern } from './match-pattern';

/** The one list: every network Tact knows, `generic` last (the fallback for any other site). */
export const networks: readonly NetworkDef[] = [
  facebook,
  instagram,
  threads,
  myspace,
  linkedin,
  yammer,
  x,
  bluesky,
  mastodon,
  reddit,
  youtube,
  discourse,
  wordpress,
  disqus,
  digg,
  generic,
];

const byId = new Map(networks.map((n) => [n.id, n]));

export function getNetwork(id: string): NetworkDef | undefined {
  return byId.get(id as NetworkId);
}

export function isNetworkId(id: string): id is NetworkId {
  return byId.has(id as NetworkId);
}

/** The network a page belongs to; `generic` for any site the registry does not know. */
export function networkForUrl(url: string | URL): NetworkDef {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return generic;
  }
  for (const network of networks) {
    if (network.matches.some((p) => matchesPattern(p, parsed))) return network;
    if (network.matchesUrl?.(parsed)) return network;
  }
  return generic;
}

/** Match patterns Tact is injected into without asking: the networks with fixed, well-known hosts. */
export const defaultMatches: readonly string[] = networks.filter((n) => !n.optIn).flatMap((n) => n.matches);

/** Hosts the user may allow at run time, plus any other https site. */
export const optionalMatches: readonly string[] = [...networks.filter((n) => n.optIn).flatMap((n) => n.matches), 'https://*/*'];
