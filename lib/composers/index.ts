import { networkForUrl } from '../networks';
import { blueskyAdapter } from './adapters/bluesky';
import { facebookAdapter } from './adapters/facebook';
import { genericAdapter } from './adapters/generic';
import { instagramAdapter } from './adapters/instagram';
import { linkedinAdapter } from './adapters/linkedin';
import { isMastodonPage, mastodonAdapter } from './adapters/mastodon';
import { redditAdapter } from './adapters/reddit';
import { threadsAdapter } from './adapters/threads';
import { xAdapter } from './adapters/x';
import { youtubeAdapter } from './adapters/youtube';
import type { ComposerAdapter } from './types';

export type * from './types';

/** Networks with their own adapter; every other network (opt-in hosts) uses the generic one. */
export const adapters: Readonly<Record<string, ComposerAdapter>> = {
  linkedin: linkedinAdapter,
  x: xAdapter,
  facebook: facebookAdapter,
  instagram: instagramAdapter,
  threads: threadsAdapter,
  bluesky: blueskyAdapter,
  reddit: redditAdapter,
  youtube: youtubeAdapter,
  mastodon: mastodonAdapter,
};

/**
 * The adapter for a page: by host from the registry; a Mastodon instance the registry does not
 * list is recognised by its markup; any other site gets the generic adapter, judged under the
 * registry's norm for known hosts (MySpace, Yammer, Disqus, Digg…) and `generic` elsewhere.
 */
export function adapterForPage(doc: Document, url: URL): ComposerAdapter {
  const network = networkForUrl(url);
  if (adapters[network.id]) return adapters[network.id];
  if (network.id === 'generic' && isMastodonPage(doc)) return mastodonAdapter;
  return genericAdapter(network.id);
}
