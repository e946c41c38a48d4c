import type { Norm } from '../classifier/types';

/**
 * How people connect on a network, after the seed essays: permission (both sides consent, as on
 * Facebook and LinkedIn), viral (you follow without consent, as on X), community (forums, threads).
 */
export type RelationshipModel = 'permission' | 'viral' | 'community';

export interface NetworkDef {
  id: string;
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
}
