import { marketClean, marketToSocial, socialClean, socialToMarket } from './sentence-bank';

/**
 * Deterministic drafts of an exact length: the same seed gives the same drafts on every machine,
 * so figures from two runs compare the classifier, not the inputs.
 */
export interface SyntheticDraft {
  text: string;
  network: string;
}

// Networks of each norm, so the social, market and hybrid paths all run.
const NETWORKS = ['facebook', 'linkedin', 'x', 'reddit', 'instagram', 'yammer', 'bluesky', 'youtube'];

/** mulberry32: tiny, fast, and good enough to shuffle sentences. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** About one sentence in six carries a flip signal; the rest is ordinary talk. */
function nextSentence(random: () => number): string {
  const r = random();
  if (r < 0.09) return pick(random, socialToMarket);
  if (r < 0.16) return pick(random, marketToSocial);
  if (r < 0.6) return pick(random, socialClean);
  return pick(random, marketClean);
}

export function syntheticDraft(chars: number, seed: number): SyntheticDraft {
  const random = seededRandom(seed);
  const network = pick(random, NETWORKS);
  let text = '';
  let inParagraph = 0;
  while (text.length < chars) {
    if (text.length > 0) {
      // Paragraphs of two to six sentences, as people break long posts.
      const newParagraph = inParagraph >= 2 && random() < 0.25;
      text += newParagraph ? '\n\n' : ' ';
      inParagraph = newParagraph ? 0 : inParagraph;
    }
    text += nextSentence(random);
    inParagraph++;
  }
  return { text: trimTo(text, chars), network };
}

/** Cuts to exactly `chars` UTF-16 units without splitting a surrogate pair (an emoji). */
function trimTo(text: string, chars: number): string {
  let cut = text.slice(0, chars);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1) + '.';
  return cut;
}

export function syntheticDrafts(chars: number, count: number, seed = 42): SyntheticDraft[] {
  return Array.from({ length: count }, (_, i) => syntheticDraft(chars, seed * 1000 + i));
}
