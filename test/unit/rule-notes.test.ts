import { describe, expect, test } from 'vitest';
import { classify } from '@/lib/classifier';
import { ruleData } from '@/lib/classifier/rules';
import type { Rule, RuleFamily } from '@/lib/classifier/rules/types';

// Issue 9, item 7: a note must fit the words it is shown beside, be written in the pack's language,
// and not call strangers "friends" where the rule also fires for public audiences.
const families = ruleData.filter((d): d is RuleFamily => d.kind === 'signal');
const rows = families.flatMap((family) => family.rules.map((rule) => ({ family, rule, name: `${family.lang} ${rule.id}` })));

/** Words of at least 3 letters, accents folded, cut to their first 4 letters: "prices" ~ "price". */
const stems = (text: string) =>
  new Set(
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 3)
      .map((w) => w.slice(0, 4)),
  );

/** The literal words a rule matches on (not classes, gaps or wildcards' stars). */
const ruleWords = (rule: Rule) =>
  stems([...(rule.phrases ?? []), ...(rule.urlParams ?? []), ...(rule.urlPaths ?? [])].join(' ').replace(/<[^>]+>/g, ' '));

const FRIENDS: Record<string, RegExp> = {
  en: /\bfriends?\b|\bfriendly\b/i,
  es: /\bamig[oa]s?\b/i,
  de: /\bfreund(e|in|innen)?\b/i,
  fr: /\bami(e|s|es)?\b/i,
};

/** Common words that only one of the four languages uses; a note must hold one of its own pack's. */
const LANGUAGE_WORDS: Record<string, RegExp> = {
  en: /\b(the|and|you|your|to|of|is|are)\b/i,
  es: /\b(el|la|los|las|tus?|que|una?|con|para|es)\b/i,
  de: /\b(der|die|das|und|ist|dein(e|en)?|eine?n?|sie|wie)\b/i,
  fr: /\b(le|la|les|tes|ton|ta|une?|des|est|vos|votre|que)\b/i,
};

/** A rule fires for public and mixed audiences unless its family weighs the hybrid norm at zero. */
const reachesPublic = (family: RuleFamily) =>
  (family.weights?.hybrid ?? 1) > 0 && (family.direction === 'social-to-market' || family.socialDirection === 'social-to-market');

describe('every rule note fits its rule, its language and its audience', () => {
  test.each(rows)('$name: the note names something the rule matches', ({ rule }) => {
    const shared = [...stems(rule.note)].filter((s) => ruleWords(rule).has(s));
    expect(shared, `note: "${rule.note}"`).not.toEqual([]);
  });

  test.each(rows)('$name: the note is written in the pack’s language', ({ family, rule }) => {
    expect(rule.note).toMatch(LANGUAGE_WORDS[family.lang]);
    if (family.lang !== 'en') expect(rule.note).not.toMatch(/\b(the|your|and)\b/);
  });

  test.each(rows.filter((r) => reachesPublic(r.family)))('$name: the note does not call the readers friends', ({ family, rule }) => {
    expect(rule.note).not.toMatch(FRIENDS[family.lang]);
  });

  test('no two rules of a pack share a note', () => {
    for (const lang of new Set(families.map((f) => f.lang))) {
      const notes = rows.filter((r) => r.family.lang === lang).map((r) => r.rule.note);
      expect(notes.length - new Set(notes).size, lang).toBe(0);
    }
  });
});

// The drafts the issue saw with notes that did not fit their words.
describe('notes fit the words they are shown beside', () => {
  const notesOf = (text: string, network = 'x') => classify({ text, network }).findings.map((f) => [f.actual, f.note]);

  test('"grab yours now before" and "link in my profile" get different notes, each about its own words', () => {
    const [[, grab], [, link]] = notesOf('Grab yours now before they sell out! Link in my profile.');
    expect(grab).not.toBe(link);
    expect(grab).toMatch(/grab yours/);
    expect(link).toMatch(/link in your bio or profile/);
    for (const note of [grab, link]) expect(note).not.toMatch(/message you for prices/);
  });

  test('Spanish "mi tienda" gets a note about the shop, not about a price', () => {
    const [[actual, note]] = notesOf('Visita mi tienda en línea, tengo de todo', 'facebook');
    expect(actual).toBe('mi tienda');
    expect(note).toMatch(/tienda/);
    expect(note).not.toMatch(/precio/);
  });
});
