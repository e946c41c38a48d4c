import type { Translate } from '../i18n/translate';

/**
 * What each family of findings is about, in the words a person would use: the card's headline
 * ("Take out the discount codes"), the mute button ("Stop flagging discount codes") and the
 * Settings list all name a concern, never a rule id. Keyed by the finding's category, which every
 * language pack shares; the learned model's two heads have categories of their own.
 */
export interface Concern {
  /** Message key of a plural noun phrase: "Stop flagging {label}". */
  label: string;
  /** Message key of one imperative sentence without a full stop: what to change in the draft. */
  change: string;
}

// Message names allow letters, digits and "_" only, so the locale files name a category in camelCase.
const KEYS: Record<string, string> = {
  selling: 'selling',
  'calls-to-action': 'callsToAction',
  'promo-codes': 'promoCodes',
  urgency: 'urgency',
  recruiting: 'recruiting',
  'affiliate-links': 'affiliateLinks',
  'distribution-asks': 'distributionAsks',
  'paying-favours': 'payingFavours',
  'investment-asks': 'investmentAsks',
  'undisclosed-sponsorship': 'undisclosedSponsorship',
  'prize-scams': 'prizeScams',
  'private-data': 'privateData',
  'private-topics': 'privateTopics',
  romance: 'romance',
  'pet-names': 'petNames',
  'pitch-language': 'pitchLanguage',
  'private-life': 'privateLife',
};

const concernAt = (key: string): Concern => ({ label: `concern.${key}.label`, change: `concern.${key}.change` });

/** Every concern, keyed by the finding's category; the UI translates its label and change keys. */
export const CONCERNS: Record<string, Concern> = Object.fromEntries(Object.entries(KEYS).map(([c, k]) => [c, concernAt(k)]));

/** The concern of a category no pack names (yet): "this kind of finding". */
export const FALLBACK_CONCERN = concernAt('other');

export const concernOf = (category: string): Concern => CONCERNS[category] ?? FALLBACK_CONCERN;

/**
 * The name of a muted entry as Settings shows it. Entries are a category ("promo-codes", muted from
 * the card) or, from older versions, a single rule id ("promo-codes.code").
 */
export function mutedLabel(entry: string, t: Translate): string {
  if (entry in CONCERNS) return capitalise(t(CONCERNS[entry].label));
  if (entry === 'model.pitch-language') return capitalise(t(CONCERNS['pitch-language'].label));
  if (entry === 'model.private-life') return capitalise(t(CONCERNS['private-life'].label));
  const category = entry.split('.')[0];
  return category in CONCERNS ? t('concern.oneRule', [capitalise(t(CONCERNS[category].label))]) : entry;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
