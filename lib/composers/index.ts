import { networkForUrl, networks, type NetworkId } from '../networks';
import { isMastodonPage, mastodon } from '../networks/mastodon';
import { genericAdapter } from './generic-adapter';
import type { ComposerAdapter } from './types';

export type * from './types';

/** Networks with their own adapter (from each network's module); every other network uses the generic one. */
export const adapters: Readonly<Partial<Record<NetworkId, ComposerAdapter>>> = Object.fromEntries(
  networks.flatMap((n) => (n.composer ? [[n.id, n.composer]] : [])),
);

/**
 * The adapter for a page: by host from the registry; a Mastodon instance the registry does not
 * list is recognised by its markup; any other site gets the generic adapter, judged under the
 * registry's norm for known hosts (MySpace, Yammer, Disqus, Digg…) and `generic` elsewhere.
 */
export function adapterForPage(doc: Document, url: URL): ComposerAdapter {
  const network = networkForUrl(url);
  if (network.composer) return network.composer;
  if (network.id === 'generic' && isMastodonPage(doc)) return mastodon.composer!;
  return genericAdapter(network.id);
}
