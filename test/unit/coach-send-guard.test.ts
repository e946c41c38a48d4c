import { describe, expect, test } from 'vitest';
import { edit, initialGuard, onSend, postAnyway, releaseAll, type GuardState } from '@/lib/coach/send-guard';

const PITCH = 'Use my promo code ANA20 for 20% off at my new shop!';
const FIXED = 'I opened a shop! No pressure at all, just happy to share.';

describe('send guard: when a send is held and released', () => {
  test.each([
    ['flip', 'hold'],
    ['caution', 'pass'],
    ['ok', 'pass'],
  ] as const)('a %s draft: %s', (level, decision) => {
    expect(onSend(initialGuard, { text: PITCH, level, enabled: true }).decision).toBe(decision);
  });

  test('the pause turned off (globally or for this network) never holds, even a flip', () => {
    const r = onSend(initialGuard, { text: PITCH, level: 'flip', enabled: false });
    expect(r.decision).toBe('pass');
    expect(r.state.held).toBeNull();
  });

  test('Post anyway releases the held send exactly once', () => {
    const held = onSend(initialGuard, { text: PITCH, level: 'flip', enabled: true }).state;
    const first = postAnyway(held);
    expect(first.release).toBe(PITCH);
    expect(postAnyway(first.state).release).toBeNull();
    // The released send, re-dispatched into the page, passes the guard instead of being held again.
    expect(onSend(first.state, { text: PITCH, level: 'flip', enabled: true }).decision).toBe('pass');
  });

  test('a second send while the card is open stays held (no double send)', () => {
    const held = onSend(initialGuard, { text: PITCH, level: 'flip', enabled: true }).state;
    const again = onSend(held, { text: PITCH, level: 'flip', enabled: true });
    expect(again.decision).toBe('hold');
    expect(postAnyway(again.state).release).toBe(PITCH);
  });

  test('Edit drops the hold; the next send is judged again on its own text', () => {
    const held = onSend(initialGuard, { text: PITCH, level: 'flip', enabled: true }).state;
    const edited = edit(held);
    expect(edited.held).toBeNull();
    expect(onSend(edited, { text: FIXED, level: 'ok', enabled: true }).decision).toBe('pass');
    expect(onSend(edited, { text: PITCH, level: 'flip', enabled: true }).decision).toBe('hold');
  });

  test('approval covers that exact text only: a changed flip is held again', () => {
    const approved = postAnyway(onSend(initialGuard, { text: PITCH, level: 'flip', enabled: true }).state).state;
    const changed = onSend(approved, { text: `${PITCH} Tell your friends!`, level: 'flip', enabled: true });
    expect(changed.decision).toBe('hold');
    // And after another text went by, the old approval is gone.
    expect(onSend(changed.state, { text: PITCH, level: 'flip', enabled: true }).decision).toBe('hold');
  });

  test('turning Tact off while a send is held leaves nothing held', () => {
    const held: GuardState = onSend(initialGuard, { text: PITCH, level: 'flip', enabled: true }).state;
    expect(held.held).toBe(PITCH);
    expect(releaseAll()).toEqual({ held: null, approved: null });
    expect(onSend(held, { text: PITCH, level: 'flip', enabled: false }).decision).toBe('pass');
  });
});
