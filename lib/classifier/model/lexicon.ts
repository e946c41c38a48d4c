/**
 * Data the learned scorer's normaliser reads. Kept apart from the code so a new spelling is a data
 * change, like a rule phrase.
 */

/** Txt-speak and common misspellings folded to one form, so "pls dm me" and "please DM me" share features. */
export const SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries({
  u: 'you',
  ya: 'you',
  ur: 'your',
  youre: 'your',
  "you're": 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  plss: 'please',
  msg: 'message',
  thx: 'thanks',
  thnx: 'thanks',
  tks: 'thanks',
  bc: 'because',
  cuz: 'because',
  b4: 'before',
  gr8: 'great',
  luv: 'love',
  frnds: 'friends',
  frends: 'friends',
  freinds: 'friends',
  fam: 'family',
  bday: 'birthday',
  inbx: 'inbox',
  pm: 'dm',
  dms: 'dm',
  subs: 'sub',
  '2day': 'today',
  '2nite': 'tonight',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  w: 'with',
  wit: 'with',
  n: 'and',
  nd: 'and',
  abt: 'about',
  wanna: 'want',
  gonna: 'going',
}));

/** Digits and symbols written in place of letters ("pr0ducts", "c1ick", "fr33"). */
export const LEET: ReadonlyMap<string, string> = new Map(Object.entries({
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b',
}));

/** Letters written in place of digits in an amount ("5O%", "l00"). */
export const DIGIT_LOOKALIKES: ReadonlySet<string> = new Set(['o', 'l', 'i', 's']);

/** Link shorteners and link-in-bio hosts: a link that hides where it goes, as funnels do. */
export const SHORT_LINK_HOSTS: ReadonlySet<string> = new Set([
  'bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'amzn.to', 'linktr.ee', 'is.gd', 'buff.ly', 'rebrand.ly',
  'cutt.ly', 'shorturl.at', 'tiny.cc', 'rb.gy', 'beacons.ai', 'linkin.bio', 'wa.me', 't.me',
]);

/** Query keys that track who sent the visitor: affiliate tags, referral ids (utm_* are campaign tags too). */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set(['ref', 'tag', 'aff', 'affid', 'affiliate', 'coupon', 'promo', 'referral', 'refcode', 'invite', 'discount']);

/** Stop words per language: the scorer runs only on drafts that read as English (see language.ts). */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'you', 'your', 'is', 'to', 'for', 'of', 'it', 'my', 'this', 'that', 'with', 'are', 'me', 'in', 'on', 'have', 'just', 'so', 'be', 'we', 'what', 'i', 'a', 'all', 'at', 'can', 'get', 'if', 'now', 'out', 'will', 'was', 'not', 'but', 'from', 'our', 'how'],
  es: ['el', 'la', 'los', 'las', 'que', 'de', 'del', 'y', 'en', 'por', 'para', 'con', 'es', 'un', 'una', 'mi', 'tu', 'su', 'lo', 'se', 'al', 'como', 'pero', 'muy', 'hola', 'gracias', 'esta', 'este', 'mas', 'ya'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ich', 'du', 'nicht', 'mit', 'ein', 'eine', 'zu', 'den', 'dem', 'auf', 'fur', 'von', 'sie', 'wir', 'mein', 'dein', 'auch', 'noch', 'hallo', 'danke', 'bitte', 'jetzt', 'nur', 'ja', 'es'],
  fr: ['le', 'la', 'les', 'et', 'est', 'je', 'tu', 'vous', 'nous', 'un', 'une', 'des', 'du', 'de', 'pour', 'avec', 'pas', 'que', 'qui', 'sur', 'mon', 'ma', 'mes', 'ton', 'ce', 'cette', 'merci', 'bonjour', 'tres', 'mais'],
};
