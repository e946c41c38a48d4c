import type { Norm } from '../classifier/types';
import type { ComposerAdapter } from '../composers/types';

/** Every network Tact knows. A new network is one module in lib/networks/, one id here, one line in the list. */
export type NetworkId =
  | 'facebook'
  | 'instagram'
  | 'threads'
  | 'myspace'
  | 'linkedin'
  | 'yammer'
  | 'x'
  | 'bluesky'
  | 'mastodon'
  | 'reddit'
  | 'youtube'
  | 'discourse'
  | 'wordpress'
  | 'disqus'
  | 'digg'
  | 'generic';

/**
 * How people connect on a network, after the seed essays: permission (both sides consent, as on
 * Facebook and LinkedIn), viral (you follow without consent, as on X), community (forums, threads).
 */
export type RelationshipModel = 'permission' | 'viral' | 'community';

/** A network's profile pages: URL ⇄ handle in both directions, and what its profile page shows. */
export interface ProfileSpec {
  /** The handle a profile URL names (without @), or null for the network's app pages. */
  handleFromUrl(url: URL): string | null;
  /** The query string that is part of a profile's address (Facebook's profile.php?id=); '' when absent. */
  profileSearch?(url: URL, handle: string): string;
  /** A profile URL for a handle (without @); absent where a handle alone makes none. */
  urlForHandle?(handle: string, origin: string): string;
  /** Selectors for the person's name and headline on their profile page, newest layout first. */
  page?: { name: readonly string[]; headline: readonly string[] };
  /** A handle the page states more reliably than its path (Mastodon's meta tag). */
  handleOnPage?(doc: Document, url: URL): string | null;
}

export interface NetworkDef {
  id: NetworkId;
  name: string;
  /** Match patterns in the WebExtension syntax; the manifest is generated from these. */
  matches: readonly string[];
  /**
   * True where hosts vary or are not worth a blanket permission (Mastodon, Discourse, WordPress…):
   * Tact runs there only after the user allows the site.
   */
  optIn: boolean;
  model: RelationshipModel;
  defaultNorm: Norm;
  /** URLs this network must claim, and that every other network must not. */
  testUrls: readonly string[];
  /** Optional extra predicate for networks recognised by path or by page markers rather than host. */
  matchesUrl?: (url: URL) => boolean;
  /** Where its composers are and who they speak to; networks without one get the generic adapter. */
  composer?: ComposerAdapter;
  profile?: ProfileSpec;
}
