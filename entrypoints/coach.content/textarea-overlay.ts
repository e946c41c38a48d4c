import type { Finding } from '@/lib/classifier/types';
import { MAX_HIGHLIGHTS } from './highlights';
import { pointOnBoxes, type Point } from './hit-test';

// A textarea's text has no DOM nodes to range over, so a mirror div (in our shadow root, over the
// textarea, pointer-events:none) repeats its text with the flagged words wrapped in <mark>.
const COPIED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'textAlign',
  'direction',
  'tabSize',
] as const;

/**
 * Laying out a mirror of a 100 KB textarea costs the page tens of ms; only words in the first 20 KB
 * are marked there (the card still lists every finding).
 */
export const MIRROR_MAX_CHARS = 20_000;

export function renderMirror(mirror: HTMLElement, field: HTMLTextAreaElement, text: string, findings: readonly Finding[]): void {
  const marks = findings
    .slice(0, MAX_HIGHLIGHTS)
    .filter((f) => f.end > f.start && f.end <= MIRROR_MAX_CHARS)
    .sort((a, b) => a.start - b.start);
  mirror.replaceChildren();
  if (!marks.length) {
    mirror.style.display = 'none';
    return;
  }
  const cs = getComputedStyle(field);
  for (const key of COPIED) mirror.style[key] = cs[key];
  Object.assign(mirror.style, {
    boxSizing: 'border-box',
    display: 'block',
    position: 'absolute',
    pointerEvents: 'none',
    overflow: 'hidden',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    color: 'transparent',
    borderColor: 'transparent',
    background: 'transparent',
    margin: '0',
  });
  // Text after the last mark cannot move any mark, so a long paste is only mirrored up to there.
  let at = 0;
  for (const f of marks) {
    if (f.start < at) continue;
    mirror.append(document.createTextNode(text.slice(at, f.start)));
    const mark = document.createElement('mark');
    mark.className = f.severity === 'high' ? 'tact-mark-flip' : 'tact-mark-caution';
    mark.dataset.start = String(f.start);
    mark.dataset.end = String(f.end);
    mark.textContent = text.slice(f.start, f.end);
    mirror.append(mark);
    at = f.end;
  }
  placeMirror(mirror, field);
}

/** The span of the draft whose mark is drawn under this point, if any. */
export function markedAt(mirror: HTMLElement, p: Point): { start: number; end: number } | null {
  if (mirror.style.display === 'none') return null;
  for (const mark of mirror.querySelectorAll('mark')) {
    if (pointOnBoxes(mark.getClientRects(), p)) return { start: Number(mark.dataset.start), end: Number(mark.dataset.end) };
  }
  return null;
}

/** Keep the mirror over the textarea (relative to our host) and scrolled with it. */
export function placeMirror(mirror: HTMLElement, field: HTMLTextAreaElement): void {
  if (mirror.style.display === 'none') return;
  const host = (mirror.getRootNode() as ShadowRoot).host;
  if (!host) return;
  const f = field.getBoundingClientRect();
  const h = host.getBoundingClientRect();
  mirror.style.left = `${f.left - h.left}px`;
  mirror.style.top = `${f.top - h.top}px`;
  mirror.style.width = `${f.width}px`;
  mirror.style.height = `${f.height}px`;
  mirror.scrollTop = field.scrollTop;
  mirror.scrollLeft = field.scrollLeft;
}

export const mirrorCss = `
.tact-mirror mark { color: transparent; border-radius: 2px; }
.tact-mirror .tact-mark-flip { background: rgba(229,62,62,.2); text-decoration: underline wavy #e53e3e; }
.tact-mirror .tact-mark-caution { background: rgba(236,201,75,.25); text-decoration: underline wavy #c48a12; }
`;
