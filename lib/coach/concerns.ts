/**
 * What each family of findings is about, in the words a person would use: the card's headline
 * ("Take out the discount codes"), the mute button ("Stop flagging discount codes") and the
 * Settings list all name a concern, never a rule id. Keyed by the finding's category, which every
 * language pack shares; the learned model's two heads have categories of their own.
 */
export interface Concern {
  /** A plural noun phrase: "Stop flagging {label}". */
  label: string;
  /** One imperative sentence without a full stop: what to change in the draft. */
  change: string;
}

export const CONCERNS: Record<string, Concern> = {
  selling: { label: 'selling to the people reading', change: 'Leave out the sales pitch' },
  'calls-to-action': { label: 'calls to buy or order', change: 'Drop the call to buy or order' },
  'promo-codes': { label: 'discount codes and deals', change: 'Take out the discount code or deal' },
  urgency: { label: 'sales pressure ("today only")', change: 'Drop the deadline pressure' },
  recruiting: { label: 'recruiting and income claims', change: 'Leave out the invitation to join or earn' },
  'affiliate-links': { label: 'affiliate and tracking links', change: 'Use a plain link, or say you earn from it' },
  'distribution-asks': { label: 'asks to share your marketing', change: 'Ask for help without making people your ad' },
  'paying-favours': { label: 'paying for favours', change: 'Thank them as a friend instead of paying' },
  'investment-asks': { label: 'asks to invest or lend', change: 'Leave out the ask to put money in' },
  'undisclosed-sponsorship': { label: 'undisclosed sponsorships', change: 'Say that it is sponsored' },
  'prize-scams': { label: 'prize and giveaway bait', change: 'Drop the prize bait' },
  'private-data': { label: 'private details from elsewhere', change: 'Leave out what they did not share with you' },
  'private-topics': { label: 'private events used as a hook', change: 'Keep the private event apart from the offer' },
  romance: { label: 'remarks on looks or romance', change: 'Keep remarks on looks out of a work message' },
  'pet-names': { label: 'pet names in business', change: 'Use their name instead of a pet name' },
  'pitch-language': { label: 'sales language (learned model)', change: 'Tone down the sales language' },
  'private-life': { label: 'private life in business (learned model)', change: 'Leave their private life out of it' },
};

const FALLBACK: Concern = { label: 'this kind of finding', change: 'Reconsider the highlighted words' };

export const concernOf = (category: string): Concern => CONCERNS[category] ?? FALLBACK;

/**
 * The name of a muted entry as Settings shows it. Entries are a category ("promo-codes", muted from
 * the card) or, from older versions, a single rule id ("promo-codes.code").
 */
export function mutedLabel(entry: string): string {
  if (entry in CONCERNS) return capitalise(CONCERNS[entry].label);
  if (entry === 'model.pitch-language') return capitalise(CONCERNS['pitch-language'].label);
  if (entry === 'model.private-life') return capitalise(CONCERNS['private-life'].label);
  const category = entry.split('.')[0];
  return category in CONCERNS ? `${capitalise(CONCERNS[category].label)} (one rule)` : entry;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
