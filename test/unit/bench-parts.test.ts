import { describe, expect, test } from 'vitest';
import { quantile } from '../../bench/measure';
import { sections } from '../../bench/sections';
import { socialToMarket, marketToSocial } from '../../bench/sentence-bank';
import { syntheticDraft, syntheticDrafts } from '../../bench/synthetic-drafts';

describe('synthetic drafts', () => {
  test.each([280, 3000, 100_000])('%i chars exactly, the same for the same seed', (chars) => {
    const a = syntheticDraft(chars, 7);
    expect(a.text).toHaveLength(chars);
    expect(syntheticDraft(chars, 7)).toEqual(a);
    expect(syntheticDraft(chars, 8).text).not.toBe(a.text);
  });

  test('long drafts mix in flip signals of both directions among clean sentences', () => {
    const text = syntheticDrafts(100_000, 1)[0].text;
    expect(socialToMarket.some((s) => text.includes(s))).toBe(true);
    expect(marketToSocial.some((s) => text.includes(s))).toBe(true);
    expect(text).toContain('\n\n');
  });
});

describe('quantile', () => {
  test('median of an even count is the mean of the middle two; p95 is nearest-rank', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(
      quantile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBe(95);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

test('sections have unique names, the classifier first', () => {
  const names = sections.map((s) => s.name);
  expect(new Set(names).size).toBe(names.length);
  expect(names[0]).toBe('classifier');
});
