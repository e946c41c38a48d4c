import { describe, expect, test } from 'vitest';
import { formatVerdict } from '../../cli/format-verdict';
import { markSpan } from '../../cli/mark-span';
import type { Verdict } from '../../lib/classifier/types';

describe('markSpan', () => {
  test('shows the sentence holding the span, carets under it', () => {
    const text = 'Lovely to see you. I can do it for $40 an hour!\nCheers';
    const start = text.indexOf('$40');
    const m = markSpan(text, start, start + 3);
    expect(m.before + m.span + m.after).toBe('I can do it for $40 an hour!');
    expect(m.marker).toBe(' '.repeat('I can do it for '.length) + '^^^');
  });

  test('keeps carets aligned after emoji and wide characters', () => {
    const text = '🎉 最高 use code SAVE20';
    const start = text.indexOf('SAVE20');
    const m = markSpan(text, start, start + 6);
    // 🎉 and each CJK character take two terminal columns.
    expect(m.marker.indexOf('^')).toBe(2 + 1 + 4 + ' use code '.length);
  });

  test('a span deep in a 100 KB paragraph prints a short window, not the paragraph', () => {
    const text = 'word '.repeat(20_000) + 'PROMO ' + 'word '.repeat(20_000);
    const start = text.indexOf('PROMO');
    const m = markSpan(text, start, start + 5);
    expect(m.before.length + m.after.length).toBeLessThanOrEqual(120);
    expect(m.before.startsWith('…')).toBe(true);
    expect(m.after.endsWith('…')).toBe(true);
  });
});

describe('formatVerdict', () => {
  const text = 'Use code JANE15 for 15% off';
  const verdict: Verdict = {
    level: 'caution',
    flip: false,
    direction: 'social-to-market',
    score: 0.456,
    norm: { norm: 'social', source: 'network', reason: 'Facebook post: social norms' },
    findings: [
      {
        ruleId: 'promo-codes.code',
        category: 'promo-codes',
        severity: 'medium',
        direction: 'social-to-market',
        start: 9,
        end: 15,
        actual: 'JANE15',
        note: 'A code turns friends into customers.',
        suggestion: 'Share it only if asked.',
        source: 'rule',
      },
    ],
  };

  test('colour only when asked for', () => {
    expect(formatVerdict(text, verdict, { color: false })).not.toContain('\x1b[');
    expect(formatVerdict(text, verdict, { color: true })).toContain('\x1b[');
  });

  test('says level, direction, norm with its reason, score, and each finding with note and suggestion', () => {
    const out = formatVerdict(text, verdict, { color: false });
    expect(out).toMatch(/^CAUTION:/);
    expect(out).toContain('social → market');
    expect(out).toContain('social (from network): Facebook post: social norms');
    expect(out).toContain('score:     0.46');
    expect(out).toContain('why: A code turns friends into customers.');
    expect(out).toContain('try: Share it only if asked.');
    expect(out).toContain('Use code JANE15 for 15% off\n' + ' '.repeat(5 + 9) + '^^^^^^');
  });
});
