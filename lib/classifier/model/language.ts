import { STOPWORDS } from './lexicon';
import type { ModelToken } from './normalize';

const BY_WORD = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) BY_WORD.set(w, [...(BY_WORD.get(w) ?? []), lang]);
}

/**
 * The scorer learned English only. A draft is read as English unless another pack's stop words
 * outnumber English ones (a draft with no stop words at all, "SUB 4 SUB 🔥", counts as English).
 */
export function readsAsEnglish(tokens: ModelToken[]): boolean {
  const counts = new Map<string, number>();
  for (const t of tokens) for (const lang of BY_WORD.get(t.t) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const en = counts.get('en') ?? 0;
  for (const [lang, n] of counts) if (lang !== 'en' && n > en) return false;
  return true;
}
