import type { Finding } from '@/lib/classifier/types';
import { domRangeFor, readEditorText, readFieldText, type DraftText } from '@/lib/composers/read-draft';
import { clearHighlights, setHighlights } from './highlights';
import { placeMirror, renderMirror } from './textarea-overlay';

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
  /** The finding whose words hold the caret (after a click), if any. */
  findingAtCaret(draft: DraftText, findings: readonly Finding[]): Finding | null;
}

/** A textarea's value has no text nodes: a mirror div in our shadow root repeats it with <mark>s. */
function fieldKind(field: HTMLTextAreaElement): EditorKind {
  return {
    isField: true,
    read: () => readFieldText(field),
    highlight: (mirror, draft, findings) => renderMirror(mirror, field, draft.text, findings),
    place: (mirror) => placeMirror(mirror, field),
    clear: () => {},
    findingAtCaret: (_draft, findings) => {
      const at = field.selectionStart;
      return findings.find((f) => at >= f.start && at <= f.end) ?? null;
    },
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
    findingAtCaret: (draft, findings) => {
      const sel = editor.ownerDocument.getSelection();
      if (!sel?.focusNode) return null;
      const { focusNode, focusOffset } = sel;
      return findings.find((f) => toRange(draft, f.start, f.end)?.isPointInRange(focusNode, focusOffset)) ?? null;
    },
  };
}

export const editorKindOf = (editor: HTMLElement): EditorKind =>
  editor.tagName === 'TEXTAREA' ? fieldKind(editor as HTMLTextAreaElement) : richKind(editor);
