// The popup's own localStorage (on this computer, like the notebook), which may refuse: disabled, private mode,
// or full. A refusal costs only what it would have kept: the first screen, a remembered choice.

/** The stored text, or null when there is none or storage refused. */
export function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` (null removes it), writing only when it differs; a refusal is let go. */
export function writeLocal(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else if (localStorage.getItem(key) !== value) localStorage.setItem(key, value);
  } catch {
    // Storage refused: the next opening does without what this would have kept.
  }
}
