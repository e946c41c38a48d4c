import type { NormDecision, Norm } from '../classifier/types';
import type { Visibility } from '../composers/types';
import { getNetwork } from '../networks';

export interface AudienceFacts {
  network: string;
  norm: NormDecision;
  kind: 'post' | 'comment' | 'reply' | 'dm';
  visibility?: Visibility;
  /** The notebook's name for the person addressed, when the norm came from them. */
  contactName?: string;
}

const BY_VISIBILITY: Partial<Record<Visibility, string>> = {
  public: 'Anyone can read this, mostly strangers',
  friends: 'Your friends will read this',
  connections: 'Your connections will read this',
  followers: 'People who follow you will read this, mostly strangers',
  direct: 'Only the people you mention will read this',
  'only-me': 'Only you will see this',
};

const BY_MODEL = {
  permission: { social: 'Your friends will read this', other: 'Your connections will read this' },
  viral: 'People who follow you will read this, mostly strangers',
  community: 'People in this community will read this, mostly strangers',
} as const;

const FEEL: Record<Norm, string> = {
  social: 'They expect gifts and favours, not prices: a pitch tells them they are customers.',
  market: 'They expect business talk; remarks on private life or looks feel intrusive.',
  hybrid: 'Some business talk is fine, but a hard sell or a personal remark feels out of place.',
};

function who(f: AudienceFacts): string {
  if (f.norm.source === 'contact') return `${f.contactName ?? 'This person'} will read this, and you marked them as ${f.norm.norm}`;
  if (f.kind === 'dm') return 'The person you are writing to will read this';
  const byVisibility = f.visibility && BY_VISIBILITY[f.visibility];
  if (byVisibility) return byVisibility;
  const model = getNetwork(f.network)?.model ?? 'community';
  if (model === 'permission') return BY_MODEL.permission[f.norm.norm === 'social' ? 'social' : 'other'];
  return BY_MODEL[model];
}

/**
 * Who will read the draft and what they will feel, in words for a person ("People who follow you
 * will read this, mostly strangers."), instead of the classifier's norm line. Pure, for the card.
 */
export const audienceWords = (f: AudienceFacts): string => `${who(f)}. ${FEEL[f.norm.norm]}`;
