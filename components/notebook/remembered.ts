/** A small choice (the list's order) that the popup remembers between openings, in its own localStorage. */
export function readRemembered<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const v = localStorage.getItem(key);
    return allowed.includes(v as T) ? (v as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Keeps the choice for the next opening; refused storage loses only that. */
export function writeRemembered(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode, quota): the choice still holds while the popup is open.
  }
}
