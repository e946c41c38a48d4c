/**
 * Shows a flagged span in its sentence with a ^^^ line under it, the way compilers point at an error.
 * Pure; the caller decides about colour.
 */
export interface MarkedSpan {
  before: string;
  span: string;
  after: string;
  /** Spaces up to the span, then one ^ per terminal column of the span. */
  marker: string;
}

const MAX_SIDE = 60; // columns of context either side; a 100 KB paste must not print 100 KB per finding

export function markSpan(text: string, start: number, end: number): MarkedSpan {
  start = clamp(start, 0, text.length);
  end = clamp(end, start, text.length);
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  let before = flatten(text.slice(from, start)).trimStart();
  let after = flatten(text.slice(end, to)).trimEnd();
  const span = flatten(text.slice(start, end));
  if (before.length > MAX_SIDE) before = '…' + before.slice(before.length - MAX_SIDE + 1);
  if (after.length > MAX_SIDE) after = after.slice(0, MAX_SIDE - 1) + '…';
  const marker = ' '.repeat(displayWidth(before)) + '^'.repeat(Math.max(1, displayWidth(span)));
  return { before, span, after, marker };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}

// A sentence ends at . ! ? … followed by whitespace, or at a line break.
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if (/\s/.test(c) && /[.!?…]/.test(text[i - 1])) return i + 1;
  }
  return 0;
}

function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return i;
    if (/[.!?…]/.test(c) && (i + 1 === text.length || /\s/.test(text[i + 1]))) return i + 1;
  }
  return text.length;
}

/** Tabs and line breaks become spaces so the marker line stays aligned. */
function flatten(s: string): string {
  return s.replace(/[\t\r\n\v\f]/g, ' ');
}

/** Terminal columns, roughly: wide East Asian and emoji take two, combining marks none. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
