// A locality-sensitive fingerprint of a sent message: MinHash with 32 hash functions over its words,
// each minimum kept as 16 bits. Two messages that share most of their words share most minima, so
// "nearly the same pitch" can be spotted later without ever keeping the text (issue 10). Chosen by
// measurement on the labelled paraphrase set against 64-bit SimHash and longer shingles
// (scripts/tune-outreach.ts, README): better recall at the same precision, in 64 bytes.
import { SIGNATURE_SIZE } from './tuning';

export interface Fingerprint {
  /** SIGNATURE_SIZE minima of 16 bits, as 4 hex digits each (IndexedDB and messaging keep plain strings). */
  sig: string;
  /** Words after normalisation: very short messages are too alike by chance to count as copy-paste. */
  words: number;
}

const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const WORD_RE = /[\p{L}\p{N}]+/gu;

// Words nearly every message has. Left in, they become the minima many unrelated messages share: the
// look-up's candidate lists grow to thousands (bench) and two different messages look a little alike.
const COMMON = new Set(
  (
    'the and you for that this with are was have not but just what all your can out get about when how ' +
    'hey hello hiii one will from they our there would could been some them then than also really so'
  ).split(' '),
);

/** Lower-case words without accents, links folded to one token, @handles and numbers kept as words. */
export function normalizedWords(text: string): string[] {
  const folded = text
    .replace(URL_RE, ' zzlink ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded.match(WORD_RE) ?? [];
}

/** The words a fingerprint is made of: normalised, without one- and two-letter words and COMMON ones. */
export function fingerprintWords(text: string): string[] {
  return normalizedWords(text).filter((w) => w.length > 2 && !COMMON.has(w));
}

/** Word n-grams from 1 to `order` (the shipped fingerprint uses words; the tuning script measures more). */
export function shingles(words: readonly string[], order = 1): string[] {
  const out: string[] = [];
  for (let n = 1; n <= order; n++) for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

// FNV-1a of the item, then a seeded murmur3 finaliser: one cheap string pass, k independent-enough hashes.
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number, seed: number): number {
  h = (h ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The MinHash signature of a set of items, SIGNATURE_SIZE minima cut to 16 bits. */
export function minhash(items: readonly string[], k = SIGNATURE_SIZE): Uint16Array {
  const min = new Uint32Array(k).fill(0xffffffff);
  for (const item of new Set(items)) {
    const base = fnv(item);
    for (let j = 0; j < k; j++) {
      const h = mix(base, j + 1);
      if (h < min[j]) min[j] = h;
    }
  }
  return Uint16Array.from(min, (h) => h & 0xffff);
}

export function encodeSignature(sig: Uint16Array): string {
  return Array.from(sig, (v) => v.toString(16).padStart(4, '0')).join('');
}

// '0'–'9' are 48–57, 'a'–'f' 97–102: decoded by arithmetic, since a page load decodes 10,000 of these.
const nibble = (c: number) => (c < 58 ? c - 48 : c - 87);

export function decodeSignature(hex: string): Uint16Array {
  const out = new Uint16Array(hex.length >> 2);
  for (let j = 0, i = 0; j < out.length; j++, i += 4)
    out[j] =
      (nibble(hex.charCodeAt(i)) << 12) |
      (nibble(hex.charCodeAt(i + 1)) << 8) |
      (nibble(hex.charCodeAt(i + 2)) << 4) |
      nibble(hex.charCodeAt(i + 3));
  return out;
}

/** The fingerprint of a message's text. Pure: the same text gives the same fingerprint everywhere. */
export function fingerprint(text: string): Fingerprint {
  const words = fingerprintWords(text);
  return { sig: encodeSignature(minhash(words)), words: words.length };
}

/** How many of the two signatures' minima agree: an estimate of the word sets' Jaccard similarity × k. */
export function sharedMinima(a: ArrayLike<number>, b: ArrayLike<number>, offsetB = 0, k = a.length): number {
  let same = 0;
  for (let j = 0; j < k; j++) if (a[j] === b[offsetB + j]) same++;
  return same;
}
