import { describe, expect, test } from 'vitest';
import { initialOutcome, stepOutcome, type OutcomeEvent, type OutcomeState } from '@/lib/coach/send-outcome';

const PITCH = 'Use my promo code ANA20 for 20% off at my new shop!';
const FIXED = 'I opened a shop! No pressure, just happy to share.';
const findings = { ruleIds: ['promo-codes.code'], categories: ['promo-codes'] };
const none = { ruleIds: [], categories: [] };

const held: OutcomeEvent = { type: 'held', text: PITCH, findings };
const flipBadge: OutcomeEvent = { type: 'checked', level: 'flip', empty: false, findings };
const okBadge: OutcomeEvent = { type: 'checked', level: 'ok', empty: false, findings: none };
const emptied: OutcomeEvent = { type: 'checked', level: 'ok', empty: true, findings: none };
const sentAnyway: OutcomeEvent = { type: 'sent', text: PITCH, level: 'flip' };

/** Runs events through the classifier and lists every outcome decided, in order. */
function outcomes(events: OutcomeEvent[]): string[] {
  let state: OutcomeState = initialOutcome;
  const out: string[] = [];
  for (const e of events) {
    const r = stepOutcome(state, e);
    state = r.state;
    if (r.decided) out.push(r.decided.outcome);
  }
  return out;
}

describe('outcome of a paused send', () => {
  test.each<[string, OutcomeEvent[], string[]]>([
    ['Post anyway, and the site sent it', [flipBadge, held, sentAnyway], ['posted-anyway']],
    // The site refused the released send (nothing went out), then the user emptied the box.
    ['Post anyway refused by the site, then emptied', [flipBadge, held, emptied], ['cancelled']],
    ['edited, then sent without a flip', [held, okBadge, { type: 'sent', text: FIXED, level: 'ok' }], ['revised']],
    [
      'edited, still a flip, held again, then revised',
      [held, flipBadge, held, okBadge, { type: 'sent', text: FIXED, level: 'caution' }],
      ['revised'],
    ],
    ['composer emptied', [held, emptied], ['cancelled']],
    ['composer left without sending', [held, { type: 'gone' }], ['cancelled']],
    ['sent unchanged after the pause was turned off', [held, { type: 'sent', text: PITCH, level: 'flip' }], ['posted-anyway']],
    ['a flip badge fixed before any send', [flipBadge, okBadge, { type: 'sent', text: FIXED, level: 'ok' }], ['fixed-before-send']],
    ['a flip sent with the pause off, no fix', [flipBadge, { type: 'sent', text: PITCH, level: 'flip' }, okBadge], []],
    ['an ok draft sent', [okBadge, { type: 'sent', text: FIXED, level: 'ok' }, emptied], []],
    ['a flip badge, then emptied: not a fix', [flipBadge, emptied, okBadge], []],
  ])('%s', (_, events, expected) => {
    expect(outcomes(events)).toEqual(expected);
  });

  test('the outcome carries the paused verdict’s rule ids and categories, never text', () => {
    const r = stepOutcome(stepOutcome(initialOutcome, held).state, sentAnyway);
    expect(r.decided).toEqual({ outcome: 'posted-anyway', ...findings });
    expect(JSON.stringify(r.decided)).not.toContain('ANA20');
  });

  test('one paused send gets exactly one outcome', () => {
    expect(outcomes([held, sentAnyway, sentAnyway, emptied, { type: 'gone' }])).toEqual(['posted-anyway']);
  });
});
