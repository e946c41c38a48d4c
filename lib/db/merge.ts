// Two entries for one person become one, and nothing either held is lost: every account, circle, email,
// phone, note and date is kept. Pure; the Dexie write (and moving the coaching history) is mergeInDb.
import { matchKeysFor } from './derive';
import type { ContactInput } from './types';

const union = <T>(a: readonly T[] = [], b: readonly T[] = []) => [...new Set([...a, ...b])];

/** Both texts when they differ, so a note written on either entry survives the merge. */
function joinText(a: string, b: string): string {
  const x = a.trim();
  const y = b.trim();
  if (!y || x.includes(y)) return a;
  if (!x || y.includes(x)) return b;
  return `${x}\n\n${y}`;
}

/** A single-valued field both entries fill differently: `keep` wins, the other's value goes into the notes. */
function extra(label: string, kept: string | undefined, other: string | undefined): string {
  return other && kept && other !== kept ? `${label}: ${other}` : '';
}

/**
 * `keep`'s name and relationship win; lists are united (accounts compared by their match keys), texts joined,
 * the latest conversation and the shorter keep-in-touch interval kept. A differing title, organisation or
 * name of the other entry is written into the notes rather than dropped.
 */
export function mergeContacts(keep: ContactInput, other: ContactInput): ContactInput {
  const known = new Set(matchKeysFor({ handles: keep.handles }));
  const handles = [...keep.handles, ...other.handles.filter((h) => !matchKeysFor({ handles: [h] }).some((k) => known.has(k)))];
  const kept = [
    extra('Also known as', keep.name.trim(), other.name.trim()),
    extra('Title', keep.title, other.title),
    extra('Organisation', keep.org, other.org),
  ].filter(Boolean);
  const intervals = [keep.keepInTouchDays, other.keepInTouchDays].filter((d): d is number => d !== null && d > 0);
  const talked = [keep.lastInteraction, other.lastInteraction].filter((t): t is number => t !== null);
  return {
    ...keep,
    handles,
    tags: union(keep.tags, other.tags),
    emails: union(keep.emails, other.emails),
    phones: union(keep.phones, other.phones),
    howWeMet: joinText(keep.howWeMet, other.howWeMet),
    notes: joinText(joinText(keep.notes, other.notes), kept.join('\n')),
    org: keep.org || other.org,
    title: keep.title || other.title,
    keepInTouchDays: intervals.length ? Math.min(...intervals) : null,
    lastInteraction: talked.length ? Math.max(...talked) : null,
  };
}
