import { describe, expect, test } from 'vitest';
import { domRangeFor, positionAt, readEditorText, readFieldText } from '@/lib/composers/read-draft';
import { domFrom } from './coach-dom';

// Editor DOM shapes as test/fixtures/sites/_shared/ builds them, as each library renders two lines and an empty one.
const shapes: [string, string, string][] = [
  [
    'Draft.js (X)',
    `<div class="public-DraftEditor-content" contenteditable="true"><div data-contents="true">
      <div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="a"><span data-text="true">Happy birthday </span></span><span data-offset-key="b"><span data-text="true">mum!</span></span></div></div>
      <div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="c"><br data-text="true"></span></div></div>
      <div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="d"><span data-text="true">Use code SAVE20</span></span></div></div>
    </div></div>`,
    'Happy birthday mum!\n\nUse code SAVE20',
  ],
  [
    'Lexical (Facebook)',
    `<div contenteditable="true" data-lexical-editor="true"><p dir="auto"><span data-lexical-text="true">Happy birthday mum!</span></p><p><br></p><p><span data-lexical-text="true">Use code </span><strong data-lexical-text="true">SAVE20</strong></p></div>`,
    'Happy birthday mum!\n\nUse code SAVE20',
  ],
  [
    'Quill (LinkedIn)',
    `<div class="ql-editor" contenteditable="true"><p>Happy birthday mum!</p><p><br></p><p>Use code SAVE20</p></div>`,
    'Happy birthday mum!\n\nUse code SAVE20',
  ],
  [
    'ProseMirror (Bluesky) with a hard break and a mention chip',
    `<div class="tiptap ProseMirror" contenteditable="true"><p>Happy birthday <span class="mention" data-type="mention" contenteditable="false">@mum</span>!<br>Use code SAVE20<br class="ProseMirror-trailingBreak"></p></div>`,
    'Happy birthday @mum!\nUse code SAVE20',
  ],
  [
    'plain contenteditable (YouTube)',
    `<div id="contenteditable-root" contenteditable="true">Happy birthday mum!<br><br>Use code SAVE20</div>`,
    'Happy birthday mum!\n\nUse code SAVE20',
  ],
];

describe('readEditorText', () => {
  test.each(shapes)('%s reads block by block, joined with \\n', (_name, html, expected) => {
    const editor = domFrom(html).querySelector('[contenteditable]')!;
    expect(readEditorText(editor).text).toBe(expected);
  });

  test.each(shapes)('%s maps each finding offset back to the text node holding it', (_name, html, expected) => {
    const draft = readEditorText(domFrom(html).querySelector('[contenteditable]')!);
    for (const word of ['birthday', 'SAVE20', 'Use']) {
      const start = expected.indexOf(word);
      const range = domRangeFor(draft, start, start + word.length)!;
      // Same node for start and end here, so the slice is exactly the word the user sees.
      expect(range[0].node).toBe(range[1].node);
      expect(range[0].node.data.slice(range[0].offset, range[1].offset)).toBe(word);
    }
  });

  test('an offset on a line break lands at the end of the line before it, not in the next block', () => {
    const draft = readEditorText(domFrom(shapes[2][1]).querySelector('[contenteditable]')!);
    const nl = draft.text.indexOf('\n');
    const p = positionAt(draft, nl, true)!;
    expect(p.node.data).toBe('Happy birthday mum!');
    expect(p.offset).toBe(p.node.data.length);
  });

  test('emoji images and formatting whitespace between blocks are not draft text', () => {
    const editor = domFrom(`<div contenteditable="true">
      <p>Thanks <img alt="🙂" src="x.png"> friend</p>
      <p>bye</p>
    </div>`).querySelector('[contenteditable]')!;
    expect(readEditorText(editor).text).toBe('Thanks  friend\nbye');
  });

  test('a 100 KB paste of 2,000 paragraphs is read in one linear pass with every offset mappable', () => {
    const line = 'We should catch up soon, and I can send you the price list for the course. ';
    const html = `<div contenteditable="true">${Array.from({ length: 2000 }, (_, i) => `<p>${i} ${line}</p>`).join('')}</div>`;
    const draft = readEditorText(domFrom(html).querySelector('[contenteditable]')!);
    expect(draft.text.length).toBeGreaterThan(100_000);
    expect(draft.segments).toHaveLength(2000);
    const at = draft.text.lastIndexOf('price');
    const [a] = domRangeFor(draft, at, at + 5)!;
    expect(a.node.data.startsWith('1999 ')).toBe(true);
    expect(a.node.data.slice(a.offset, a.offset + 5)).toBe('price');
  });

  test('textareas: the value is the draft and there is nothing to map', () => {
    const draft = readFieldText({ value: 'line one\nline two' });
    expect(draft.text).toBe('line one\nline two');
    expect(positionAt(draft, 3)).toBeNull();
  });
});
