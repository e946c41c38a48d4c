import { useState } from 'preact/hooks';

/** A small choice (the list's order) that the popup remembers between openings, in its own localStorage. */
export function useRemembered<T extends string>(key: string, allowed: readonly T[], fallback: T): [T, (v: T) => void] {
  const read = (): T => {
    try {
      const v = localStorage.getItem(key);
      return allowed.includes(v as T) ? (v as T) : fallback;
    } catch {
      return fallback;
    }
  };
  const [value, setValue] = useState<T>(read);
  const set = (v: T) => {
    setValue(v);
    try {
      localStorage.setItem(key, v);
    } catch {
      // Storage refused (private mode, quota): the choice still holds while the popup is open.
    }
  };
  return [value, set];
}
