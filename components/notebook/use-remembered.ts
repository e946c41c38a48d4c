import { useState } from 'preact/hooks';
import { writeLocal } from './local-storage';
import { readRemembered } from './remembered';

/** A remembered choice (remembered.ts) as component state: set, it is kept for the next opening too. */
export function useRemembered<T extends string>(key: string, allowed: readonly T[], fallback: T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => readRemembered(key, allowed, fallback));
  const set = (v: T) => {
    setValue(v);
    writeLocal(key, v);
  };
  return [value, set];
}
