import { describe, expect, test } from 'vitest';
import { classify } from '@/lib/classifier';
import { groupFindings, spansOf } from '@/lib/coach/group-findings';
import { mutedLabel } from '@/lib/coach/concerns';
import { translate } from '@/runtime/i18n';

const fb = (text: string) => classify({ text, network: 'facebook', composer: 'post' });

// Issue 9: the card listed the same note once per span; it lists one entry per thing to change.
describe('grouping findings by what the writer must change', () => {
  test('a referral code and its discount are one concern with two places', () => {
    const v = fb('Use my referral code SAVE20 for 20% off at my shop this weekend!');
    expect(v.findings.length).toBe(2);
    const groups = groupFindings(v.findings);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ key: 'promo-codes', muteKey: 'promo-codes' });
    expect(groups[0].spans.map((s) => s.actual)).toEqual(['Use my referral code', 'SAVE20 for 20% off']);
  });

  test('sibling rules of one family (a code, then "20% off at") fold into the same group', () => {
    const v = fb('Use code ANA20 for 20% off at my shop! Remember, code ANA20 gets you 20% off. Last chance: use ANA20 at checkout.');
    expect(new Set(v.findings.map((f) => f.ruleId)).size).toBeGreaterThan(0);
    const groups = groupFindings(v.findings);
    expect(groups.filter((g) => g.key === 'promo-codes')).toHaveLength(1);
    expect(groups.find((g) => g.key === 'promo-codes')!.spans.length).toBeGreaterThanOrEqual(3);
  });

  test('condolences before a pitch are context: the pitch is highlighted, and its note says it follows condolences', () => {
    const v = fb(
      'So sorry for your loss, Maria. The funeral was beautiful. If you need anything, my essential oils help with grief, DM me for prices.',
    );
    expect(v.findings.some((f) => f.actual === 'funeral')).toBe(true);
    const groups = groupFindings(v.findings);
    const highlighted = spansOf(groups).map((f) => f.actual);
    expect(highlighted).not.toContain('sorry for your');
    expect(highlighted).not.toContain('funeral');
    expect(highlighted).toContain('DM me for prices');
    expect(groups[0].note).toMatch(/follows condolences/);
    expect(groups[0].context).toEqual(['sorry for your', 'funeral']);
  });

  test('a private event with no pitch group beside it is left as it is', () => {
    const f = fb('So sorry for your loss. When you are ready, our estate planning package can help').findings;
    const groups = groupFindings(f.filter((x) => x.category === 'private-topics'));
    expect(groups.map((g) => g.key)).toEqual(['private-topics']);
  });

  test('muting the concern the card shows does not move the flag to a sibling rule or to the model', () => {
    const text = 'Use my referral code SAVE20 for 20% off at my shop this weekend!';
    expect(classify({ text, network: 'facebook' }).level).toBe('flip');
    const muted = classify({ text, network: 'facebook' }, { mutedRules: ['promo-codes'] });
    // Before: "20% off at" (promo-codes.discount), "my referral" (affiliate-links) or the model's
    // "referral code" took the muted code's place, and the draft stayed a flip.
    expect(muted.findings.filter((f) => f.start < 39)).toEqual([]);
    expect(muted.level).not.toBe('flip');
  });

  test('Settings names muted entries in words, never by id', () => {
    expect(mutedLabel('promo-codes', translate)).toBe('Discount codes and deals');
    expect(mutedLabel('promo-codes.code', translate)).toBe('Discount codes and deals (one rule)');
    expect(mutedLabel('model.pitch-language', translate)).toMatch(/^Sales language/);
  });
});
