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

/**
 * Follows an input method (Japanese, Chinese, Korean…) composing in the box: removed mid-composition, the box would
 * end it, and the unfinished conversion would be lost. Returns what resolves once none is under way: at once, or a
 * task after the composition ends (so its last `input` event reaches this box). A missed `compositionend` must not
 * hold the notebook back for good, so leaving the box or an input no longer composing ends the wait too.
 */
export function watchComposition(box: HTMLInputElement): () => Promise<void> {
  let composing: Promise<void> | null = null;
  box.addEventListener('compositionstart', () => {
    composing ??= new Promise((done) => {
      const listening = new AbortController();
      const end = () => {
        listening.abort();
        composing = null;
        setTimeout(done);
      };
      const { signal } = listening;
      box.addEventListener('compositionend', end, { signal });
      box.addEventListener('blur', end, { signal });
      box.addEventListener('input', (e) => (e as InputEvent).isComposing === false && end(), { signal });
    });
  });
  return () => composing ?? Promise.resolve();
}

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
