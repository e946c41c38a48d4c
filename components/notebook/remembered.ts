import { readLocal } from './local-storage';

/** A small choice (the list's order) that the popup remembers between openings; `fallback` when none is kept. */
export function readRemembered<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const v = readLocal(key);
  return allowed.includes(v as T) ? (v as T) : fallback;
}
