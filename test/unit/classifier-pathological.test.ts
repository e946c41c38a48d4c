import { describe, expect, test } from 'vitest';
import { classify } from '../../lib/classifier';

// Inputs that make backtracking matchers explode. The matcher is linear, so each must finish at once;
// the generous bound only catches a blow-up (exact speed is the benchmark's job).
const K100 = 100_000;
const inputs: [string, string][] = [
  ['one 100 KB word', 'a'.repeat(K100)],
  ['100 KB of currency signs and digits', '$1'.repeat(K100 / 2)],
  ['100 KB of a near-miss phrase', 'only only only '.repeat(K100 / 15)],
  ['100 KB of a repeated gap pattern', 'dm me me me me to '.repeat(K100 / 18)],
  ['a 100 KB link', 'https://x.com/' + 'a/'.repeat(K100 / 2)],
  ['100 KB of dotted words', 'a.'.repeat(K100 / 2)],
  ['100 KB of handles', '@a '.repeat(K100 / 3)],
  ['100 KB of apostrophes', "'".repeat(K100)],
  ['100 KB of combining marks', 'e\u0301'.repeat(K100 / 2)],
  ['a real flip repeated to 100 KB', 'Use code JESS20 for 20% off, only 3 left, DM me to order! '.repeat(K100 / 58)],
];

describe('pathological inputs', () => {
  test.each(inputs)('%s', (_name, text) => {
    const started = performance.now();
    const v = classify({ text, network: 'facebook' });
    expect(performance.now() - started).toBeLessThan(1500);
    expect(v.findings.length).toBeLessThanOrEqual(200);
    for (const f of v.findings.slice(0, 20)) expect(text.slice(f.start, f.end)).toBe(f.actual);
  });

  test('the empty draft is ok', () => {
    expect(classify({ text: '' })).toMatchObject({ level: 'ok', flip: false, direction: null, score: 0, findings: [] });
  });
});
