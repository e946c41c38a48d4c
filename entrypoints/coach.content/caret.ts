/** Where the caret was in an editor when a send was held, to put it back on Edit. */
export type SavedCaret = { start: number; end: number } | Range | null;

const isField = (el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement => el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';

export function saveCaret(editor: HTMLElement): SavedCaret {
  if (isField(editor)) return { start: editor.selectionStart ?? 0, end: editor.selectionEnd ?? 0 };
  const sel = editor.ownerDocument.getSelection();
  const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
  // A click on a div "button" moves the selection out of the editor: then there is nothing to keep.
  return range && editor.contains(range.startContainer) ? range.cloneRange() : null;
}

/**
 * Focus back in the editor with the caret where it was, or at the end of the draft. Only the
 * selection moves (as a user's click would); the editor's DOM is never touched.
 */
export function restoreCaret(editor: HTMLElement, caret: SavedCaret): void {
  editor.focus({ preventScroll: true });
  if (isField(editor)) {
    const end = editor.value.length;
    const c = caret && !('startContainer' in caret) ? caret : { start: end, end };
    editor.setSelectionRange(c.start, c.end);
    return;
  }
  const sel = editor.ownerDocument.getSelection();
  if (!sel) return;
  let range = caret && 'startContainer' in caret && editor.contains(caret.startContainer) ? caret : null;
  if (!range) {
    range = editor.ownerDocument.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
  }
  sel.removeAllRanges();
  sel.addRange(range);
}
