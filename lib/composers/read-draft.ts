/**
 * Reads a rich-text editor's draft the way the user sees it: one line per block (Draft.js
 * `div[data-block]`, Lexical/Quill/ProseMirror `<p>`), joined with "\n", and keeps where each text
 * node starts so a finding's offsets can be turned back into a DOM Range for highlighting.
 * Linear in the size of the editor; lookups are binary searches, so a 100 KB paste stays cheap.
 */

/** One text node of the editor and the offset of its first character in the draft text. */
export interface TextSegment {
  start: number;
  node: Text;
}

export interface DraftText {
  text: string;
  /** Sorted by start; empty for textareas, whose value has no DOM nodes to map. */
  segments: TextSegment[];
}

export interface DomPosition {
  node: Text;
  offset: number;
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'TABLE',
  'TBODY',
  'TR',
  'TD',
  'FIGURE',
]);
// Not text the user typed: scripts, styles, and images (Facebook's emoji <img> carry alt text we
// could not map back to a text node).
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IMG', 'SVG', 'NOSCRIPT']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

type Item = Text | 'br';
type Line = Item[];

const isElement = (n: Node): n is Element => n.nodeType === ELEMENT_NODE;
const isBlock = (n: Node) => isElement(n) && BLOCK_TAGS.has(n.tagName.toUpperCase());
const isSkipped = (el: Element) => SKIP_TAGS.has(el.tagName.toUpperCase());

function addInline(node: Node, line: Line): void {
  if (node.nodeType === TEXT_NODE) {
    if ((node as Text).data.length) line.push(node as Text);
  } else if (isElement(node) && !isSkipped(node)) {
    if (node.tagName.toUpperCase() === 'BR') line.push('br');
    else for (let c = node.firstChild; c; c = c.nextSibling) addInline(c, line);
  }
}

function collect(el: Element, lines: Line[]): void {
  let hasBlocks = false;
  for (let c = el.firstChild; c; c = c.nextSibling) if (isBlock(c)) hasBlocks = true;
  let current: Line | null = null;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (isBlock(c)) {
      current = null;
      const before = lines.length;
      collect(c as Element, lines);
      // An empty block (`<p></p>`) is still an empty line the user typed.
      if (lines.length === before) lines.push([]);
      continue;
    }
    // Formatting whitespace between blocks (hand-written fixtures, SSR) is not draft text.
    if (hasBlocks && c.nodeType === TEXT_NODE && !(c as Text).data.trim()) continue;
    if (!current) lines.push((current = []));
    addInline(c, current);
  }
}

export function readEditorText(root: Element): DraftText {
  const lines: Line[] = [];
  collect(root, lines);
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  lines.forEach((line, i) => {
    if (i > 0) {
      parts.push('\n');
      length += 1;
    }
    // A trailing <br> is a placeholder that keeps an empty line open (Lexical, ProseMirror), not a break.
    const end = line[line.length - 1] === 'br' ? line.length - 1 : line.length;
    for (let k = 0; k < end; k++) {
      const item = line[k];
      if (item === 'br') {
        parts.push('\n');
        length += 1;
      } else {
        segments.push({ start: length, node: item });
        parts.push(item.data);
        length += item.data.length;
      }
    }
  });
  return { text: parts.join(''), segments };
}

/** Textareas and inputs: the value is the draft, and the overlay mirror does the geometry. */
export function readFieldText(field: { value: string }): DraftText {
  return { text: field.value, segments: [] };
}

/**
 * The DOM position of a draft offset. `preferEnd` picks the end of the previous text node when the
 * offset sits on a boundary, so a range's end stays in the word it closes.
 */
export function positionAt(draft: DraftText, offset: number, preferEnd = false): DomPosition | null {
  const segs = draft.segments;
  if (!segs.length) return null;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segs[mid].start;
    if (s < offset || (s === offset && !preferEnd)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo];
  const within = Math.max(0, Math.min(offset - seg.start, seg.node.data.length));
  return { node: seg.node, offset: within };
}

/** Start and end positions for a finding's [start, end) offsets, or null for textareas. */
export function domRangeFor(draft: DraftText, start: number, end: number): [DomPosition, DomPosition] | null {
  const a = positionAt(draft, start);
  const b = positionAt(draft, end, true);
  return a && b ? [a, b] : null;
}
