import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { MIN_SHARED, MIN_WORDS } from '../../lib/outreach';
import { crossValidate, parsePairs, scoreShipped, scoresOf, toMinShared, tune } from '../../scripts/outreach/evaluate';

// The figures the README reports for the copy-paste check, recomputed from the labelled pairs
// (data/outreach/paraphrases.jsonl, written blind): changing the fingerprint, the threshold or the
// data without re-running scripts/tune-outreach.ts and updating the README fails here.
const pairs = parsePairs(readFileSync(new URL('../../data/outreach/paraphrases.jsonl', import.meta.url), 'utf8'));
const rows = scoreShipped(pairs);

test('the shipped threshold is the one tuned on all pairs', () => {
  const s = tune(rows);
  expect({ minShared: toMinShared(s.maxDistance), minWords: s.minWords }).toEqual({ minShared: MIN_SHARED, minWords: MIN_WORDS });
});

test('group-wise 5-fold cross-validation: precision 0.992, recall 0.988 (README)', () => {
  const groups = new Set(pairs.map((p) => p.group));
  expect(pairs.length).toBe(492);
  expect(groups.size).toBe(70);
  const { scores } = crossValidate(rows, 5);
  expect(scores.precision.toFixed(3)).toBe('0.992');
  expect(scores.recall.toFixed(3)).toBe('0.988');
});

test('on all pairs at the shipped threshold, short generic greetings stay apart', () => {
  const short = rows.filter((r) => r.kind === 'short_generic');
  const s = scoresOf(short, { maxDistance: 64 - (MIN_SHARED * 64) / 32, minWords: MIN_WORDS });
  expect(short.length).toBeGreaterThan(10);
  expect(s.fp).toBeLessThanOrEqual(1);
});
