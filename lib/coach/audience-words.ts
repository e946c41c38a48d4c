import type { NormDecision, Norm } from '../classifier/types';
import type { Visibility } from '../composers/types';
import type { Translate } from '../i18n/translate';
import { getNetwork } from '../networks';

export interface AudienceFacts {
  network: string;
  norm: NormDecision;
  kind: 'post' | 'comment' | 'reply' | 'dm';
  visibility?: Visibility;
  /** The notebook's name for the person addressed, when the norm came from them. */
  contactName?: string;
}

// Message keys (locales/*.yml, under "audience").
const BY_VISIBILITY: Partial<Record<Visibility, string>> = {
  public: 'audience.public',
  friends: 'audience.friends',
  connections: 'audience.connections',
  followers: 'audience.followers',
  direct: 'audience.direct',
  'only-me': 'audience.onlyMe',
};

const BY_MODEL = {
  permission: { social: 'audience.friends', other: 'audience.connections' },
  viral: 'audience.followers',
  community: 'audience.community',
} as const;

const NORM: Record<Norm, { word: string; feel: string }> = {
  social: { word: 'audience.normSocial', feel: 'audience.feelSocial' },
  market: { word: 'audience.normMarket', feel: 'audience.feelMarket' },
  hybrid: { word: 'audience.normHybrid', feel: 'audience.feelHybrid' },
};

/** Every message key this file may ask for, so the locale test can check that each one exists. */
export const AUDIENCE_KEYS = [
  ...Object.values(BY_VISIBILITY),
  ...Object.values(NORM).flatMap((n) => [n.word, n.feel]),
  'audience.community',
  'audience.contact',
  'audience.thisPerson',
  'audience.dm',
  'audience.line',
];

function who(f: AudienceFacts, t: Translate): string {
  if (f.norm.source === 'contact') return t('audience.contact', [f.contactName ?? t('audience.thisPerson'), t(NORM[f.norm.norm].word)]);
  if (f.kind === 'dm') return t('audience.dm');
  const byVisibility = f.visibility && BY_VISIBILITY[f.visibility];
  if (byVisibility) return t(byVisibility);
  const model = getNetwork(f.network)?.model ?? 'community';
  if (model === 'permission') return t(BY_MODEL.permission[f.norm.norm === 'social' ? 'social' : 'other']);
  return t(BY_MODEL[model]);
}

/**
 * Who will read the draft and what they will feel, in words for a person ("People who follow you
 * will read this, mostly strangers."), instead of the classifier's norm line. Pure, for the card:
 * the caller passes the translator of the browser's UI language.
 */
export const audienceWords = (f: AudienceFacts, t: Translate): string => t('audience.line', [who(f, t), t(NORM[f.norm.norm].feel)]);
