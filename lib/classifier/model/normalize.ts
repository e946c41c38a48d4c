import type { Token } from '../tokenize';
import { tokenize } from '../tokenize';
import { DIGIT_LOOKALIKES, LEET, SHORT_LINK_HOSTS, SPELLINGS, TRACKING_PARAMS } from './lexicon';

/** A token as the learned scorer sees it, with the span of the draft it came from. */
export interface ModelToken {
  /** Normalised form; classes are in angle brackets: <money>, <url>, <phone>… */
  t: string;
  /** Whether the word's characters are worth character n-grams (real words, not classes). */
  word: boolean;
  start: number;
  end: number;
}

/** Flags of how a draft is typed, which carry signal of their own (shouting, "!!!", "soooo"). */
export interface TypingFlags {
  caps: number;
  bangs: number;
  elongated: number;
  emoji: number;
}

const EMOJI = /\p{Extended_Pictographic}/u;
const PHONE_CHARS = new Set([' ', '-', '.', '(', ')', '+', '/']);

/**
 * Reads a draft the way people type it: case, "soooo", "pr0ducts", "5O%", "D.M me", "s u b", and
 * money, numbers, phone numbers, URLs and handles as classes. Built on the rule tokenizer, so it
 * keeps its single linear pass and its offsets into the text as typed.
 */
export function normalize(text: string, ruleTokens: Token[] = tokenize(text)): { tokens: ModelToken[]; flags: TypingFlags } {
  const flags: TypingFlags = { caps: 0, bangs: 0, elongated: 0, emoji: 0 };
  const base = joinSpelledOut(text, ruleTokens);
  const words: ModelToken[] = [];
  for (let i = 0; i < base.length; i++) {
    const phoneEnd = phoneRun(text, base, i);
    if (phoneEnd > i) {
      words.push({ t: '<phone>', word: false, start: base[i].start, end: base[phoneEnd].end });
      i = phoneEnd;
      continue;
    }
    words.push(readToken(text, base, i, flags));
  }
  return { tokens: mergeByStart(words, scanMarks(text, flags)), flags };
}

function readToken(text: string, base: Token[], i: number, flags: TypingFlags): ModelToken {
  const tok = base[i];
  const span = { start: tok.start, end: tok.end };
  switch (tok.kind) {
    case 'url':
      return { t: urlClass(tok.norm), word: false, ...span };
    case 'mention':
      return { t: '<at>', word: false, ...span };
    case 'hashtag':
      return { t: fold(tok.norm.slice(1), flags), word: true, ...span };
    case 'money':
      return { t: '<money>', word: false, ...span };
    case 'percent':
      return { t: '<pct>', word: false, ...span };
    case 'num':
      return { t: numberWord(tok, base[i - 1], base[i + 1]), word: false, ...span };
    default:
      break;
  }
  const raw = text.slice(tok.start, tok.end);
  if (raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) flags.caps++;
  const amount = asAmount(tok.norm);
  if (amount) return { t: text[tok.end] === '%' ? '<pct>' : '<num>', word: false, ...span };
  // Fullwidth and "𝐁𝐎𝐋𝐃" letters dodge filters the way leetspeak does: fold them to plain letters.
  const norm = /[^\x00-\x7f]/.test(tok.norm) ? tok.norm.normalize('NFKC').toLowerCase() : tok.norm;
  return { t: SPELLINGS.get(norm) ?? fold(deLeet(norm), flags), word: true, ...span };
}

/** A link as a class: tracked (affiliate or referral), hidden behind a shortener, or plain. */
function urlClass(url: string): string {
  const bare = url.replace(/^https?:\/\//, '').replace(/^www\./, '');
  const host = bare.split(/[/?#]/)[0];
  if (SHORT_LINK_HOSTS.has(host)) return '<url-short>';
  const query = bare.includes('?') ? bare.slice(bare.indexOf('?') + 1) : '';
  for (const pair of query.split('&')) {
    const key = pair.split('=')[0];
    if (key.startsWith('utm_') || TRACKING_PARAMS.has(key)) return '<url-tracked>';
  }
  return '<url>';
}

/** "4" between two words is "for" ("sub 4 sub"), "2" is "to"; other numbers are a class. */
function numberWord(tok: Token, prev: Token | undefined, next: Token | undefined): string {
  const between = prev?.kind === 'word' && next?.kind === 'word';
  if (between && tok.norm === '4') return 'for';
  if (between && tok.norm === '2') return 'to';
  return '<num>';
}

/** "5o", "l00": mostly digits with look-alike letters is an amount, not a word. */
function asAmount(norm: string): boolean {
  if (!/^\d/.test(norm) && !/\d$/.test(norm)) return false;
  let digits = 0;
  for (const ch of norm) {
    if (ch >= '0' && ch <= '9') digits++;
    else if (!DIGIT_LOOKALIKES.has(ch)) return false;
  }
  return digits > 0 && digits * 2 >= norm.length - 1 && norm.length <= 8;
}

/** Digits inside a mostly-letter word stand for letters: "pr0ducts", "fr33". */
function deLeet(norm: string): string {
  let letters = 0;
  let digits = 0;
  for (const ch of norm) {
    if (ch >= '0' && ch <= '9') digits++;
    else letters++;
  }
  if (digits === 0 || letters === 0 || letters < digits) return norm;
  let out = '';
  for (const ch of norm) out += LEET.get(ch) ?? ch;
  return out;
}

/** Three or more of a letter become two ("soooo" → "soo"), then txt-speak folds to one spelling. */
function fold(word: string, flags: TypingFlags): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    run = i > 0 && word[i] === word[i - 1] ? run + 1 : 1;
    if (run <= 2) out += word[i];
  }
  if (out.length < word.length) flags.elongated++;
  return SPELLINGS.get(out) ?? out;
}

/**
 * Letters typed apart to dodge filters: "D.M me", "c.l.i.c.k", "s u b". Dotted runs of two or more
 * and spaced runs of three or more single letters become one word.
 */
function joinSpelledOut(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    let dotted = false;
    while (j + 1 < tokens.length && isLetter(tokens[j]) && isLetter(tokens[j + 1])) {
      const gap = text.slice(tokens[j].end, tokens[j + 1].start);
      if (gap !== '.' && gap !== ' ' && gap !== '. ') break;
      if (gap !== ' ') dotted = true;
      j++;
    }
    const run = j - i + 1;
    if (run >= 3 || (run === 2 && dotted)) {
      const norm = tokens
        .slice(i, j + 1)
        .map((t) => t.norm)
        .join('');
      out.push({ norm, kind: 'word', start: tokens[i].start, end: tokens[j].end, code: false });
      i = j;
    } else {
      out.push(tokens[i]);
    }
  }
  return out;
}

function isLetter(t: Token): boolean {
  return t.kind === 'word' && t.end - t.start === 1 && t.norm >= 'a' && t.norm <= 'z';
}

/** Index of the last number token of a phone number starting at i (7+ digits joined by phone punctuation), else i. */
function phoneRun(text: string, tokens: Token[], i: number): number {
  if (tokens[i].kind !== 'num') return i;
  let digits = countDigits(tokens[i].norm);
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1].kind === 'num') {
    const gap = text.slice(tokens[j].end, tokens[j + 1].start);
    if (gap.length > 3 || ![...gap].every((c) => PHONE_CHARS.has(c))) break;
    j++;
    digits += countDigits(tokens[j].norm);
  }
  return digits >= 7 && (j > i || digits >= 9) ? j : i;
}

function countDigits(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}

/** Emoji as tokens of their own, and runs of "!" counted: the rule tokenizer skips both. */
function scanMarks(text: string, flags: TypingFlags): ModelToken[] {
  const marks: ModelToken[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 && text.charCodeAt(i + 1) === 33) {
      flags.bangs++;
      while (text.charCodeAt(i + 1) === 33) i++;
      continue;
    }
    if (c === 36 && !(text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) {
      // A bare "$" or "$$$" is money talk even without an amount.
      const start = i;
      while (text.charCodeAt(i + 1) === 36) i++;
      marks.push({ t: '<dollar>', word: false, start, end: i + 1 });
      continue;
    }
    if (c < 0x2000) continue;
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (EMOJI.test(ch)) {
      flags.emoji++;
      marks.push({ t: ch, word: false, start: i, end: i + ch.length });
    }
    if (cp > 0xffff) i++;
  }
  return marks;
}

function mergeByStart(a: ModelToken[], b: ModelToken[]): ModelToken[] {
  if (b.length === 0) return a;
  const out: ModelToken[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
