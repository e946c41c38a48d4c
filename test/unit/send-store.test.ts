import { describe, expect, test } from 'vitest';
import {
  addSendFingerprint,
  addSendOutcome,
  createDb,
  FINGERPRINT_KEEP_MS,
  impactSummary,
  recentFingerprints,
  wipeAll,
  type SendOutcome,
} from '../../lib/db';
import { summarizeImpact } from '../../lib/impact/summarize';
import { answerMessage } from '../../lib/messaging/answer';
import { sendHandlers } from '../../lib/messaging/send-handlers';
import { fingerprint } from '../../lib/outreach';

const day = 86_400_000;
const now = 1_800_000_000_000;
let k = 0;
const freshDb = () => createDb(`sends-${k++}`);

describe('fingerprint store bounds', () => {
  test('keeps 30 days: older sends are dropped on the next write', async () => {
    const db = freshDb();
    const fp = fingerprint('We are looking for three motivated people to join my team this month');
    await addSendFingerprint(db, { ...fp, network: 'x', recipientKey: 'old', at: now - FINGERPRINT_KEEP_MS - day }, now - 40 * day);
    await addSendFingerprint(db, { ...fp, network: 'x', recipientKey: 'new', at: now }, now);
    expect((await db.sendFingerprints.toArray()).map((r) => r.recipientKey)).toEqual(['new']);
  });

  test('keeps at most MAX_FINGERPRINTS rows, dropping the oldest first', async () => {
    const db = freshDb();
    const { pruneFingerprints } = await import('../../lib/db/send-fingerprints');
    const fp = fingerprint('a message long enough to be fingerprinted for the store bound test');
    await db.sendFingerprints.bulkAdd(Array.from({ length: 25 }, (_, i) => ({ ...fp, network: 'x', recipientKey: `r${i}`, at: now - i })));
    await pruneFingerprints(db, now, 20);
    const left = await db.sendFingerprints.toArray();
    expect(left).toHaveLength(20);
    expect(left.map((r) => r.recipientKey)).not.toContain('r24');
    expect(left.map((r) => r.recipientKey)).toContain('r0');
  });

  test('the content script gets the last 14 days only, without ids or networks', async () => {
    const db = freshDb();
    const fp = fingerprint('a message long enough to be fingerprinted for the window test');
    await db.sendFingerprints.bulkAdd([
      { ...fp, network: 'x', recipientKey: 'in', at: now - 13 * day },
      { ...fp, network: 'x', recipientKey: 'out', at: now - 15 * day },
    ]);
    expect(await recentFingerprints(db, now)).toEqual([{ sig: fp.sig, words: fp.words, recipientKey: 'in', at: now - 13 * day }]);
  });
});

const outcome = (o: Partial<SendOutcome>): SendOutcome => ({
  at: now - day,
  network: 'facebook',
  outcome: 'revised',
  ruleIds: ['pitch.discount'],
  categories: ['price'],
  ...o,
});

describe('impact summary', () => {
  test('counts, shares and the 30-day window, by network and by rule', () => {
    const rows = [
      outcome({ outcome: 'revised' }),
      outcome({ outcome: 'cancelled', network: 'x', ruleIds: ['pitch.discount', 'cta.follow'] }),
      outcome({ outcome: 'posted-anyway', network: 'x', ruleIds: ['cta.follow'] }),
      outcome({ outcome: 'posted-anyway' }),
      outcome({ outcome: 'fixed-before-send' }),
      outcome({ outcome: 'revised', at: now - 31 * day }), // outside the window
    ];
    const s = summarizeImpact(rows, now);
    expect(s.total).toEqual({ paused: 4, revised: 1, cancelled: 1, postedAnyway: 2, fixedBeforeSend: 1, revisedOrCancelledShare: 0.5 });
    expect(s.byNetwork.map((n) => [n.network, n.paused, n.revisedOrCancelledShare])).toEqual([
      ['facebook', 2, 0.5],
      ['x', 2, 0.5],
    ]);
    const discount = s.byRule.find((r) => r.ruleId === 'pitch.discount')!;
    expect([discount.paused, discount.revised, discount.cancelled, discount.postedAnyway, discount.fixedBeforeSend]).toEqual([
      3, 1, 1, 1, 1,
    ]);
  });

  test('a rule posted anyway over 80% of at least 10 pauses is named; 80% exactly or 9 pauses is not', () => {
    const many = (ruleId: string, anyway: number, revised: number) => [
      ...Array.from({ length: anyway }, () => outcome({ outcome: 'posted-anyway', ruleIds: [ruleId] })),
      ...Array.from({ length: revised }, () => outcome({ outcome: 'revised', ruleIds: [ruleId] })),
    ];
    const s = summarizeImpact([...many('noisy', 9, 1), ...many('exactly80', 8, 2), ...many('few', 9, 0)], now);
    expect(s.noisyRules).toEqual([{ ruleId: 'noisy', paused: 10, postedAnyway: 9, share: 0.9 }]);
  });

  test('no pauses: shares are null, not NaN', () => {
    expect(summarizeImpact([outcome({ outcome: 'fixed-before-send' })], now).total.revisedOrCancelledShare).toBeNull();
  });
});

describe('send messages through the background handlers', () => {
  test('send/outcome is validated and stored, then summarised; wipe clears it with the notebook', async () => {
    const db = freshDb();
    const handlers = sendHandlers({ db, now: () => now });
    const ok = await answerMessage(
      { type: 'send/outcome', payload: { network: 'x', outcome: 'posted-anyway', ruleIds: ['r1'], categories: ['price'], at: now - 5 } },
      handlers,
    );
    expect(ok).toEqual({ ok: true, data: { recorded: true } });
    const bad = await answerMessage(
      { type: 'send/outcome', payload: { network: 'x', outcome: 'posted-anyway', ruleIds: [], categories: [], at: now, text: 'secret' } },
      handlers,
    );
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('unknown field(s) "text"') });
    expect((await impactSummary(db, now)).total.postedAnyway).toBe(1);
    await wipeAll(db);
    expect(await db.sendOutcomes.count()).toBe(0);
  });

  test('outreach/record refuses a malformed signature and stores a good one', async () => {
    const db = freshDb();
    const handlers = sendHandlers({ db, now: () => now });
    const fp = fingerprint('We are looking for three motivated people to join my team this month');
    const msg = (sig: string) => ({
      type: 'outreach/record',
      payload: { network: 'x', recipientKey: 'k1', fingerprint: { sig, words: 12 }, at: now },
    });
    expect(await answerMessage(msg('<b>hi</b>'), handlers)).toMatchObject({ ok: false });
    expect(await answerMessage(msg(fp.sig), handlers)).toEqual({ ok: true, data: { recorded: true } });
    const recent = await answerMessage({ type: 'outreach/recent', payload: {} }, handlers);
    expect(recent).toEqual({ ok: true, data: { sends: [{ sig: fp.sig, words: 12, recipientKey: 'k1', at: now }] } });
  });
});
