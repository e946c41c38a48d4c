/**
 * Words lib/ has for a person but cannot say, since it is pure: a message key of locales/en.yml, its
 * substitutions ($1, $2… each plain text, a number, or another phrase: "the name in line 3" inside a
 * refusal), and for a plural message the count that picks its form. The caller says it (runtime/say.ts).
 * Plain JSON, so a phrase crosses the messaging wire and sits in storage as is.
 */
export interface Phrase {
  key: string;
  subs?: readonly Words[];
  count?: number;
}

/** Plain text (a file's or a person's name) is said as it is; a number in the UI language's digits. */
export type Words = string | number | Phrase;

/** Turns words into the sentence a person reads. */
export type Say = (words: Words) => string;

export const phrase = (key: string, ...subs: Words[]): Phrase => (subs.length ? { key, subs } : { key });

/** A plural message whose $1 is the count ("1 skipped" / "$1 skipped"). */
export const counted = (key: string, count: number): Phrase => ({ key, subs: [count], count });

export const isPhrase = (v: unknown): v is Phrase => typeof (v as Phrase | null)?.key === 'string';

/**
 * A Say from a message lookup (the browser's i18n, or en.yml in Node) and a number format: the
 * substitutions are said first, so a phrase inside a phrase comes out in the same language.
 */
export function speaker(message: (key: string, subs: string[], count?: number) => string, number: (n: number) => string): Say {
  const say: Say = (w) => {
    if (typeof w === 'number') return number(w);
    if (typeof w === 'string') return w;
    return message(w.key, (w.subs ?? []).map(say), w.count);
  };
  return say;
}

/** For logs and error messages no translator reaches: the key and its substitutions, readable by a developer. */
export function plainText(w: Words): string {
  if (typeof w !== 'object') return String(w);
  return w.subs?.length ? `${w.key}(${w.subs.map(plainText).join(', ')})` : w.key;
}
