/*
 * What a person typed into the first paint's search box (saved-first-paint.ts), carried over to the notebook's own
 * box when its view replaces the first paint (entrypoints/popup/app.tsx): the text, the selection and the caret.
 */

export interface TypedSearch {
  text: string;
  start: number;
  end: number;
  direction: 'forward' | 'backward' | 'none';
  focused: boolean;
}

let composing: Promise<void> | null = null;

/**
 * Notes when an input method (Japanese, Chinese, Korean…) is composing in the box: removed mid-composition, the box
 * would end it, and the unfinished conversion would be lost.
 */
export function watchComposition(box: HTMLInputElement): void {
  box.addEventListener('compositionstart', () => {
    composing ??= new Promise((done) =>
      box.addEventListener(
        'compositionend',
        () => {
          composing = null;
          done();
        },
        { once: true },
      ),
    );
  });
}

/** Resolves when no composition is under way in the first paint's box. */
export const compositionDone = (): Promise<void> => composing ?? Promise.resolve();

export function readTyped(root: ParentNode): TypedSearch {
  const box = root.querySelector<HTMLInputElement>('input.search');
  const text = box?.value ?? '';
  return {
    text,
    start: box?.selectionStart ?? text.length,
    end: box?.selectionEnd ?? text.length,
    direction: box?.selectionDirection ?? 'none',
    focused: !!box && box.ownerDocument.activeElement === box,
  };
}

/** Gives the notebook's box the caret and selection the first paint's box had, if it had the caret. */
export function restoreTyped(root: ParentNode, typed: TypedSearch): void {
  const box = root.querySelector<HTMLInputElement>('input.search');
  if (!typed.focused || !box) return;
  box.focus();
  box.setSelectionRange(typed.start, typed.end, typed.direction);
}
