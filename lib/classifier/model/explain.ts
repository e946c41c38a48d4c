import { STOPWORDS } from './lexicon';
import type { ModelToken } from './normalize';

/** Words that carry a phrase but never make one: a span does not begin or end on them. */
const GLUE = new Set([...STOPWORDS.en, 'hey', 'hi', 'you', 'your', 'are', 'really', 'so', 'very', 'too']);

export interface Span {
  start: number;
  end: number;
  /** Share of the head's logit that the span carries. */
  weight: number;
  /** Normalised tokens of the span, for choosing the note. */
  words: string[];
}

/** A token counts when it carries at least this share of the strongest token's push. */
const KEEP_FROM = 0.3;
const MAX_SPANS = 3;

/**
 * Turns per-token contributions into the few spans of the draft that pushed the score most: runs of
 * strong tokens (a weak positive token may bridge two strong ones), strongest first, at most three.
 */
export function strongestSpans(tokens: ModelToken[], contrib: Float64Array): Span[] {
  let max = 0;
  for (const c of contrib) max = Math.max(max, c);
  if (max <= 0) return [];
  const strong = (i: number) => contrib[i] >= max * KEEP_FROM;
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!strong(i)) continue;
    let j = i;
    while (j + 1 < tokens.length && (strong(j + 1) || (contrib[j + 1] > 0 && j + 2 < tokens.length && strong(j + 2)))) j++;
    let a = i;
    let b = j;
    while (a < b && GLUE.has(tokens[a].t)) a++;
    while (b > a && GLUE.has(tokens[b].t)) b--;
    let weight = 0;
    const words: string[] = [];
    for (let k = a; k <= b; k++) {
      weight += contrib[k];
      words.push(tokens[k].t);
    }
    if (!(a === b && GLUE.has(tokens[a].t))) spans.push({ start: tokens[a].start, end: tokens[b].end, weight, words });
    i = j;
  }
  return spans.sort((a, b) => b.weight - a.weight).slice(0, MAX_SPANS);
}
