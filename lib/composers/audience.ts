import { getNetwork } from '../networks';
import type { ClassifyInput, ContactContext, Norm } from '../classifier/types';
import type { Audience, Person } from './types';

// A handle as networks write it: letters, digits, _ . - and, for Mastodon, @host.
const MENTION = /(^|[^\w@/])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?)/g;

/** @handles in a draft, in order, each once, without the @. */
export function mentionsIn(text: string, limit = 20): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(MENTION)) {
    out.add(m[2]);
    if (out.size >= limit) break;
  }
  return [...out];
}

/**
 * The norm the audience itself sets, when the page says more than the network's default. Both
 * cases mix the two sides: a post on a social network set to Public reaches strangers and customers
 * too; a post on a market network kept to Connections reaches people you know, friends among them.
 * Either way the draft is judged as hybrid. Friends (on social) and Anyone (on market) keep the default.
 */
export function visibilityNorm(networkId: string, audience: Audience): Norm | undefined {
  const net = getNetwork(networkId);
  if (!net || audience.kind === 'dm') return undefined;
  if (audience.visibility === 'public' && net.defaultNorm === 'social') return 'hybrid';
  if ((audience.visibility === 'connections' || audience.visibility === 'friends') && net.defaultNorm === 'market') return 'hybrid';
  return undefined;
}

/** Mastodon "direct" is a private message to the mentioned people, whatever the composer looked like. */
export function effectiveKind(audience: Audience): Audience['kind'] {
  return audience.visibility === 'direct' ? 'dm' : audience.kind;
}

/**
 * The one person the draft speaks to, for the notebook look-up: the DM recipient, the author being
 * replied to, or the only @mention. Several mentions address a group: no single contact decides.
 */
export function addressee(audience: Audience): Person | undefined {
  const kind = effectiveKind(audience);
  if ((kind === 'dm' || kind === 'reply') && (audience.target?.handle || audience.target?.name)) return audience.target;
  if (audience.mentions.length === 1) return { handle: audience.mentions[0] };
  return undefined;
}

export function buildClassifyInput(text: string, networkId: string, audience: Audience, contact?: ContactContext): ClassifyInput {
  const input: ClassifyInput = { text, network: networkId, composer: effectiveKind(audience) };
  const norm = visibilityNorm(networkId, audience);
  if (norm) input.audience = norm;
  if (contact) input.contact = contact;
  return input;
}
