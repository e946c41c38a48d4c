import type { ComponentChildren } from 'preact';
import type { Words } from '@/lib/i18n/phrase';
import { say } from '@/runtime/say';

// INVISIBLE SEPARATOR: never in a message, so a marker cannot be confused with the message's own text.
const MARK = '\u2063';
const CUT = new RegExp(`${MARK}(\\d+)${MARK}`);

/**
 * A message with markup inside ("Tact paused <strong>3</strong> sends"): the translation decides where
 * each part goes, so the message is said with a marker in place of each part, then cut at the markers.
 * `count` picks a plural form.
 */
export function richMessage(key: string, parts: ComponentChildren[], count?: number): ComponentChildren[] {
  const marks: Words[] = parts.map((_, i) => `${MARK}${i}${MARK}`);
  const text = say({ key, subs: marks, count });
  return text
    .split(CUT)
    .map((piece, i) => (i % 2 ? parts[Number(piece)] : piece))
    .filter((piece) => piece !== '');
}
