/**
 * Splits a draft into tokens in one pass, keeping UTF-16 offsets into the original text so findings
 * point at what the user typed. No regular expression runs over the whole text: only short, anchored
 * checks on single tokens, so the cost stays linear whatever the input.
 */
export type TokenKind = 'word' | 'num' | 'money' | 'percent' | 'url' | 'mention' | 'hashtag';

export interface Token {
  /** Lowercased, accents folded, typographic apostrophes made plain. */
  norm: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Looks like a promo code as typed: upper-case letters and digits, 4–15 long, at least one digit. */
  code: boolean;
}

const CURRENCY = new Set(['$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₱']);
const APOSTROPHES = new Set(["'", '’', 'ʼ']);
const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return NON_ASCII_WORD.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\f' || ch === '\v';
}

export function normalizeWord(raw: string): string {
  let s = raw.toLowerCase();
  for (const a of APOSTROPHES) if (a !== "'" && s.includes(a)) s = s.split(a).join("'");
  // Folding only where needed keeps the ASCII hot path cheap.
  if (/[^\x00-\x7f]/.test(s))
    s = s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/ß/g, 'ss');
  return s;
}

const URL_START = /^(?:https?:\/\/|www\.)/i;
// A bare domain with a path or a common commercial suffix: "bit.ly/x", "shop.example.com".
const BARE_DOMAIN = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}(?:[/?#]\S*)?$/i;
const TLDS = new Set([
  'com',
  'co',
  'ly',
  'io',
  'shop',
  'store',
  'net',
  'org',
  'me',
  'link',
  'to',
  'us',
  'uk',
  'de',
  'fr',
  'es',
  'app',
  'biz',
  'it',
  'gl',
  'gg',
]);

function looksLikeUrl(run: string): boolean {
  if (URL_START.test(run)) return true;
  if (run.length > 2048 || !BARE_DOMAIN.test(run)) return false;
  const host = run.split(/[/?#]/)[0];
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  return /[/?#]/.test(run) ? /^[a-z]{2,}$/i.test(tld) : TLDS.has(tld);
}

const TRAILING = new Set(['.', ',', '!', '?', ')', ']', '"', "'", ';', ':', '…', '’', '”']);

/** Finds the end of a whitespace-delimited run starting at `i`. */
function runEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && !isSpace(text[j])) j++;
  return j;
}

function isCode(raw: string): boolean {
  if (raw.length < 4 || raw.length > 15) return false;
  let digit = false;
  let upper = false;
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') digit = true;
    else if (ch >= 'A' && ch <= 'Z') upper = true;
    else return false;
  }
  return digit && upper;
}

// Spelled-out amounts count as numbers and "22 bucks" as money, so rules need not list every spelling.
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'fifty',
  'hundred',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'diez',
  'zwei',
  'drei',
  'vier',
  'funf',
  'zehn',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'dix',
]);
const CURRENCY_WORDS = new Set([
  'bucks',
  'dollars',
  'dollar',
  'euros',
  'euro',
  'pounds',
  'quid',
  'usd',
  'eur',
  'gbp',
  'cad',
  'aud',
  'grand',
  'pesos',
]);

export function tokenize(text: string): Token[] {
  const scanned = scan(text);
  const tokens: Token[] = [];
  for (let i = 0; i < scanned.length; i++) {
    const t = scanned[i];
    if (t.kind === 'word' && NUMBER_WORDS.has(t.norm)) t.kind = 'num';
    const next = scanned[i + 1];
    if (t.kind === 'num' && next && CURRENCY_WORDS.has(next.norm)) {
      // "18 bucks each" is one amount, so "<money> each" reads it like "$18 each".
      tokens.push({ ...t, kind: 'money', norm: `${t.norm} ${next.norm}`, end: next.end });
      i++;
      continue;
    }
    tokens.push(t);
  }
  return tokens;
}

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let runStart = -1; // start of the current whitespace-delimited run, for URL detection
  let runLimit = -1;
  while (i < n) {
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (i >= runLimit) {
      runStart = i;
      runLimit = runEnd(text, i);
      let end = runLimit;
      while (end > runStart && TRAILING.has(text[end - 1])) end--;
      if (end > runStart + 3 && looksLikeUrl(text.slice(runStart, end))) {
        tokens.push({ norm: text.slice(runStart, end).toLowerCase(), kind: 'url', start: runStart, end, code: false });
        i = runLimit;
        continue;
      }
    }
    if (CURRENCY.has(ch) && isDigit(text[i + 1])) {
      const end = readNumber(text, i + 1);
      const tail = readSuffix(text, end);
      tokens.push({ norm: text.slice(i, tail).toLowerCase(), kind: 'money', start: i, end: tail, code: false });
      i = tail;
      continue;
    }
    if ((ch === '@' || ch === '#') && i + 1 < n && isWordChar(text[i + 1])) {
      let j = i + 1;
      while (j < n && (isWordChar(text[j]) || ((text[j] === '.' || text[j] === '-') && j + 1 < n && isWordChar(text[j + 1])))) j++;
      tokens.push({ norm: normalizeWord(text.slice(i, j)), kind: ch === '@' ? 'mention' : 'hashtag', start: i, end: j, code: false });
      i = j;
      continue;
    }
    if (isDigit(ch)) {
      const end = readNumber(text, i);
      let tail = readSuffix(text, end);
      let kind: TokenKind = 'num';
      if (text[tail] === '%') {
        kind = 'percent';
        tail++;
      } else if (CURRENCY.has(text[tail])) {
        kind = 'money';
        tail++;
      } else if (tail < n && isWordChar(text[tail])) {
        // "2nd", "SAVE20" style tokens that start with digits: read on as a word.
        let j = tail;
        while (j < n && isWordChar(text[j])) j++;
        tail = j;
        kind = 'word';
      }
      const raw = text.slice(i, tail);
      tokens.push({ norm: normalizeWord(raw), kind, start: i, end: tail, code: kind === 'word' && isCode(raw) });
      i = tail;
      continue;
    }
    if (isWordChar(ch)) {
      let j = i + 1;
      while (j < n && (isWordChar(text[j]) || (APOSTROPHES.has(text[j]) && j + 1 < n && isWordChar(text[j + 1])))) j++;
      const raw = text.slice(i, j);
      tokens.push({ norm: normalizeWord(raw), kind: 'word', start: i, end: j, code: isCode(raw) });
      i = j;
      continue;
    }
    i++;
  }
  return tokens;
}

function readNumber(text: string, i: number): number {
  let j = i;
  while (j < text.length && (isDigit(text[j]) || ((text[j] === ',' || text[j] === '.') && isDigit(text[j + 1])))) j++;
  return j;
}

// "$5k", "20m": a magnitude letter that is not the start of a word.
function readSuffix(text: string, j: number): number {
  const c = text[j];
  if ((c === 'k' || c === 'K' || c === 'm' || c === 'M') && !(j + 1 < text.length && isWordChar(text[j + 1]))) return j + 1;
  return j;
}
