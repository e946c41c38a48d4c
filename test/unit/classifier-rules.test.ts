import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify } from '../../lib/classifier';
import { compilePattern } from '../../lib/classifier/compile-pattern';
import { languages, ruleData } from '../../lib/classifier/rules';
import type { Rule, RuleFamily } from '../../lib/classifier/rules/types';

const families = ruleData.filter((d): d is RuleFamily => d.kind === 'signal');
const rules = families.flatMap((family) => family.rules.map((rule) => ({ family, rule })));

// Judge each example under the audience its family speaks to, so the rule is what is being tested.
function audienceFor(family: RuleFamily) {
  return family.direction === 'social-to-market' ? 'social' : 'market';
}

function ruleIdsFor(text: string, family: RuleFamily): string[] {
  return classify({ text, audience: audienceFor(family) }, { sensitivity: 1 }).findings.map((f) => f.ruleId);
}

describe('rule examples (every example in the rule data runs)', () => {
  const flagged = rules.flatMap(({ family, rule }) => rule.examples.flag.map((text) => [rule.id, text, family] as const));
  const passed = rules.flatMap(({ family, rule }) => (rule.examples.pass ?? []).map((text) => [rule.id, text, family] as const));

  test.each(flagged)('%s flags: %s', (id, text, family) => {
    expect(ruleIdsFor(text, family)).toContain(id);
  });

  test.each(passed)('%s stays quiet on: %s', (id, text, family) => {
    expect(ruleIdsFor(text, family)).not.toContain(id);
  });
});

describe('rule data', () => {
  test('rule ids are unique and named after their category', () => {
    const ids = rules.map(({ rule }) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { family, rule } of rules) expect(rule.id.startsWith(`${family.category}.`), rule.id).toBe(true);
  });

  test.each(rules.map(({ rule }) => [rule.id, rule] as const))(
    '%s has a note, a suggestion, patterns that compile, and examples',
    (_id, rule: Rule) => {
      expect(rule.note.length).toBeGreaterThan(20);
      expect(rule.suggestion.length).toBeGreaterThan(10);
      expect(rule.examples.flag.length).toBeGreaterThan(0);
      const patterns = [...(rule.phrases ?? []), ...(rule.unless ?? [])];
      expect(patterns.length + (rule.urlParams?.length ?? 0) + (rule.urlHosts?.length ?? 0)).toBeGreaterThan(0);
      for (const p of patterns) expect(() => compilePattern(p)).not.toThrow();
      expect(new Set(rule.phrases ?? []).size).toBe((rule.phrases ?? []).length);
    },
  );

  test('every rule file in every language pack is imported by its pack, and every pack is registered', () => {
    const root = new URL('../../lib/classifier/rules/', import.meta.url);
    const packs = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(packs.sort()).toEqual([...languages].sort());
    for (const lang of packs) {
      const index = readFileSync(new URL(`${lang}/index.ts`, root), 'utf8');
      for (const file of readdirSync(new URL(`${lang}/`, root)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
        expect(index, `${lang}/${file}`).toContain(`from './${file.replace(/\.ts$/, '')}'`);
      }
      expect(
        ruleData.some((d) => d.lang === lang),
        lang,
      ).toBe(true);
    }
  });

  test('a malformed pattern is refused with a message naming it', () => {
    expect(() => compilePattern('~2 buy')).toThrow(/must begin/);
    expect(() => compilePattern('buy ~2')).toThrow(/must end/);
    expect(() => compilePattern('<price> now')).toThrow(/Unknown class/);
    expect(() => compilePattern('ab* now')).toThrow(/shorter than 3/);
  });
});
