import { getNetwork } from '../networks';
import type { ClassifyInput, NormDecision } from './types';

const COMPOSER_LABEL = { post: 'post', comment: 'comment', reply: 'reply', dm: 'DM' } as const;

function where(input: ClassifyInput): string {
  const network = input.network ? getNetwork(input.network) : undefined;
  const name = network && network.id !== 'generic' ? network.name : 'This site';
  return input.composer ? `${name} ${COMPOSER_LABEL[input.composer]}` : name;
}

/**
 * The norm a draft is judged by: what the caller says of the audience, else what the user wrote of
 * the contact in the notebook, else the network's habit, else both norms at once.
 */
export function chooseNorm(input: ClassifyInput): NormDecision {
  const place = where(input);
  if (input.audience) {
    return { norm: input.audience, source: 'audience', reason: `${place} to a ${input.audience} audience: ${input.audience} norms` };
  }
  if (input.contact) {
    const { relationship, tags, name } = input.contact;
    const marked = tags && tags.length > 0 ? tags[0] : relationship;
    const who = name ? `${name}, whom you marked as ${marked}` : `a contact you marked as ${marked}`;
    return { norm: relationship, source: 'contact', reason: `${place} to ${who}: ${relationship} norms` };
  }
  const network = input.network ? getNetwork(input.network) : undefined;
  if (network && network.id !== 'generic') {
    return {
      norm: network.defaultNorm,
      source: 'network',
      reason: `${place}: ${network.name}'s audience expects ${network.defaultNorm} norms`,
    };
  }
  return { norm: 'hybrid', source: 'default', reason: `${place}: audience unknown, so both social and market norms apply` };
}
