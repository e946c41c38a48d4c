import type { Finding } from '@/lib/classifier/types';
import { domRangeFor, readEditorText, readFieldText, type DraftText } from '@/lib/composers/read-draft';
import { clearHighlights, MAX_HIGHLIGHTS, setHighlights } from './highlights';
import { pointOnBoxes, type Point } from './hit-test';
import { markedAt, placeMirror, renderMirror } from './textarea-overlay';

/**
 * What differs between a textarea and a rich editor (contenteditable), decided once per editor:
 * how the draft is read, whether its DOM is observed, and how flagged words are highlighted.
 */
export interface EditorKind {
  readonly isField: boolean;
  read(): DraftText;
  /** Show these findings over the editor; `mirror` is the overlay in our shadow root (textareas only). */
  highlight(mirror: HTMLElement, draft: DraftText, findings: readonly Finding[]): void;
  /** Keep the highlights over the editor after it moved or scrolled. */
  place(mirror: HTMLElement): void;
  clear(): void;
  /** The highlighted finding drawn under this point of the viewport (a click's), if any. */
  findingAt(p: Point, mirror: HTMLElement, draft: DraftText, findings: readonly Finding[]): Finding | null;
  /** Whether the user has text selected in the editor (a drag ends in a click too). */
  hasSelection(): boolean;
}

/** A textarea's value has no text nodes: a mirror div in our shadow root repeats it with <mark>s. */
function fieldKind(field: HTMLTextAreaElement): EditorKind {
  return {
    isField: true,
    read: () => readFieldText(field),
    highlight: (mirror, draft, findings) => renderMirror(mirror, field, draft.text, findings),
    place: (mirror) => placeMirror(mirror, field),
    clear: () => {},
    // The mirror lays the text out as the textarea does (it is what paints the marks), and its
    // pointer-events are off so the click itself reached the textarea.
    findingAt: (p, mirror, _draft, findings) => {
      const marked = markedAt(mirror, p);
      return marked ? (findings.find((f) => f.start === marked.start && f.end === marked.end) ?? null) : null;
    },
    hasSelection: () => field.selectionStart !== field.selectionEnd,
  };
}

/** A rich editor's text nodes are ranged over with the CSS Custom Highlight API: no node is added to it. */
function richKind(editor: HTMLElement): EditorKind {
  const owner = {};
  const toRange = (draft: DraftText, start: number, end: number): Range | null => {
    const at = domRangeFor(draft, start, end);
    if (!at) return null;
    try {
      const r = editor.ownerDocument.createRange();
      r.setStart(at[0].node, at[0].offset);
      r.setEnd(at[1].node, at[1].offset);
      return r;
    } catch {
      return null; // the text changed since it was read; the next check maps it again
    }
  };
  return {
    isField: false,
    read: () => readEditorText(editor),
    highlight: (_mirror, draft, findings) => setHighlights(owner, findings, (f) => toRange(draft, f.start, f.end)),
    place: () => {},
    clear: () => clearHighlights(owner),
    // The click's point against the highlighted ranges' line boxes, not the selection: a click past
    // the end of a line leaves the caret at that line's end, which may touch a phrase not clicked.
    findingAt: (p, _mirror, draft, findings) =>
      findings.slice(0, MAX_HIGHLIGHTS).find((f) => {
        const r = toRange(draft, f.start, f.end);
        return !!r && pointOnBoxes(r.getClientRects(), p);
      }) ?? null,
    hasSelection: () => {
      const sel = editor.ownerDocument.getSelection();
      return !!sel && !sel.isCollapsed && editor.contains(sel.anchorNode);
    },
  };
}

export const editorKindOf = (editor: HTMLElement): EditorKind =>
  editor.tagName === 'TEXTAREA' ? fieldKind(editor as HTMLTextAreaElement) : richKind(editor);
