import type { Alt, CompiledPattern } from './compile-pattern';
import { altMatches, firstTokenStep } from './compile-pattern';
import type { Token } from './tokenize';

/**
 * Patterns indexed by what their first token can be, so each token only tries the few patterns that
 * could start there. Matching from a start is a small NFA over a bounded window (patterns are a few
 * tokens with gaps of at most 9), so the whole scan is linear in the number of tokens.
 */
export interface PhraseIndex<T> {
  words: Map<string, Entry<T>[]>;
  prefixes: Map<string, Entry<T>[]>; // keyed by the first 3 letters of the prefix
  classes: Map<string, Entry<T>[]>;
}

interface Entry<T> {
  pattern: CompiledPattern;
  payload: T;
}

export interface PhraseMatch<T> {
  payload: T;
  startToken: number;
  endToken: number; // exclusive
}

function push<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>) {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export function buildIndex<T>(items: { pattern: CompiledPattern; payload: T }[]): PhraseIndex<T> {
  const index: PhraseIndex<T> = { words: new Map(), prefixes: new Map(), classes: new Map() };
  for (const item of items) {
    for (const alt of firstTokenStep(item.pattern).alts) addAlt(index, alt, item);
  }
  return index;
}

function addAlt<T>(index: PhraseIndex<T>, alt: Alt, entry: Entry<T>) {
  if (alt.type === 'word') push(index.words, alt.value, entry);
  else if (alt.type === 'prefix') push(index.prefixes, alt.value.slice(0, 3), entry);
  else push(index.classes, alt.value, entry);
}

function candidates<T>(index: PhraseIndex<T>, token: Token): Entry<T>[] {
  const out: Entry<T>[] = [];
  const w = index.words.get(token.norm);
  if (w) out.push(...w);
  if (token.norm.length >= 3) {
    const p = index.prefixes.get(token.norm.slice(0, 3));
    if (p) out.push(...p);
  }
  const c = index.classes.get(token.kind);
  if (c) out.push(...c);
  if (token.code) {
    const code = index.classes.get('code');
    if (code) out.push(...code);
  }
  return out;
}

/** End positions (exclusive) reachable by matching `pattern` from token `start`; the longest wins. */
function matchAt(pattern: CompiledPattern, tokens: Token[], start: number): number {
  let positions = [start];
  for (const step of pattern.steps) {
    const next = new Set<number>();
    for (const pos of positions) {
      if (step.type === 'start') {
        if (pos === 0) next.add(pos);
        continue;
      }
      if (step.type === 'gap') {
        for (let k = 0; k <= step.max && pos + k <= tokens.length; k++) next.add(pos + k);
        continue;
      }
      if (step.optional) next.add(pos);
      const token = tokens[pos];
      if (token && step.alts.some((a) => altMatches(a, token))) next.add(pos + 1);
    }
    if (next.size === 0) return -1;
    positions = [...next];
  }
  return Math.max(...positions);
}

export function matchPhrases<T>(index: PhraseIndex<T>, tokens: Token[]): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const entry of candidates(index, tokens[i])) {
      // A pattern anchored with ^ is indexed on its first real token but must start the draft.
      const from = entry.pattern.steps[0].type === 'start' ? (i === 0 ? 0 : -1) : i;
      if (from < 0) continue;
      const end = matchAt(entry.pattern, tokens, from);
      if (end > i) matches.push({ payload: entry.payload, startToken: i, endToken: end });
    }
  }
  return matches;
}
