import type { Finding } from '@/lib/classifier/types';

/**
 * Flagged words are marked with the CSS Custom Highlight API: no node is ever added to the editor
 * (spans injected into Draft.js or Lexical break typing). `::highlight()` rules only apply from the
 * page's own style scope, so one tiny <style> goes into document.head, not into our shadow root.
 */
const NAME = { high: 'tact-flip', other: 'tact-caution' } as const;
/** Highlights per composer; a long paste may have hundreds of findings, the page needs only the first few. */
export const MAX_HIGHLIGHTS = 50;

const owned = new Map<object, Range[]>();
let styled = false;

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

function injectStyle(): void {
  if (styled || document.querySelector('style[data-tact-highlights]')) return;
  styled = true;
  const style = document.createElement('style');
  style.setAttribute('data-tact-highlights', '');
  style.textContent =
    '::highlight(tact-flip){background-color:rgba(229,62,62,.2);text-decoration:underline wavy #e53e3e}' +
    '::highlight(tact-caution){background-color:rgba(236,201,75,.25);text-decoration:underline wavy #c48a12}';
  (document.head ?? document.documentElement).append(style);
}

function registry(name: string): Highlight {
  let h = CSS.highlights.get(name);
  if (!h) {
    h = new Highlight();
    CSS.highlights.set(name, h);
  }
  return h;
}

/** Replace one composer's highlighted ranges. `rangeOf` maps a finding to a DOM Range, or null. */
export function setHighlights(owner: object, findings: readonly Finding[], rangeOf: (f: Finding) => Range | null): void {
  if (!supported()) return;
  clearHighlights(owner);
  const mine: Range[] = [];
  for (const f of findings.slice(0, MAX_HIGHLIGHTS)) {
    const range = rangeOf(f);
    if (!range) continue;
    registry(f.severity === 'high' ? NAME.high : NAME.other).add(range);
    mine.push(range);
  }
  if (mine.length) injectStyle();
  owned.set(owner, mine);
}

export function clearHighlights(owner: object): void {
  const prev = owned.get(owner);
  if (!prev || !supported()) return;
  for (const name of Object.values(NAME)) {
    const h = CSS.highlights.get(name);
    if (h) for (const r of prev) h.delete(r);
  }
  owned.delete(owner);
}
