import { describe, expect, test } from 'vitest';
import { createOutreachCache } from '@/entrypoints/coach.content/outreach-cache';
import { recordSend } from '@/entrypoints/coach.content/record-send';
import type { OutreachRecordRequest } from '@/lib/messaging/protocol';
import type { SentFingerprint } from '@/lib/outreach';

// The content script's half of the copy-paste check, with a stand-in background: what the send hook
// records (a fingerprint and a hashed recipient, never the text) and what the next draft check sees.
const pitch = (who: string) =>
  `Hey ${who}! I just joined an amazing wellness company and I'm looking for three motivated people to build a side income with me. Open to a quick call this week?`;
const dm = (handle: string) => ({ kind: 'dm' as const, target: { handle }, mentions: [] });

function fakeBackground() {
  const stored: SentFingerprint[] = [];
  const asked: { since?: number }[] = [];
  return {
    stored,
    asked,
    recordOutreach: async (req: OutreachRecordRequest) => {
      stored.push({ ...req.fingerprint, recipientKey: req.recipientKey, at: req.at });
      return { recorded: true };
    },
    fetchRecent: async (req: { since?: number }) => {
      asked.push(req);
      return { sends: stored.filter((s) => req.since === undefined || s.at >= req.since) };
    },
  };
}

describe('recordSend and the outreach cache', () => {
  test('three sends to three people make the fourth draft a match; the text never leaves', async () => {
    const bg = fakeBackground();
    const errors: unknown[] = [];
    const outreach = createOutreachCache(bg.fetchRecent, (_k, e) => errors.push(e));
    await outreach.refresh();
    const deps = { outreach, recordOutreach: bg.recordOutreach, logOnce: (_k: string, e: unknown) => errors.push(e) };
    const now = Date.now();
    for (const [i, who] of ['ana', 'bob', 'carla'].entries()) {
      await recordSend(
        deps,
        { text: pitch(who), network: 'instagram', audience: dm(who) },
        'https://www.instagram.com/direct/t/1/',
        now - 1000 + i,
      );
    }
    expect(JSON.stringify(bg.stored)).not.toMatch(/wellness|ana|bob|carla/);
    expect(bg.stored).toHaveLength(3);
    expect(outreach.match(pitch('dev'), 'someone-else', now)).toEqual({ recipients: 3 });
    expect(errors).toEqual([]);
    // After the first load, each refresh asks only for what is newer.
    expect(bg.asked[0]).toEqual({});
    expect(bg.asked.slice(1).every((r) => typeof r.since === 'number')).toBe(true);
  });

  test('a send too short to ever match is not stored: a signature of a few words could be reversed', async () => {
    const bg = fakeBackground();
    const deps = { outreach: createOutreachCache(bg.fetchRecent, () => {}), recordOutreach: bg.recordOutreach, logOnce: () => {} };
    await recordSend(deps, { text: 'happy birthday Ana!!', network: 'instagram', audience: dm('ana') }, '', Date.now());
    expect(bg.stored).toHaveLength(0);
    await recordSend(deps, { text: pitch('ana'), network: 'instagram', audience: dm('ana') }, '', Date.now());
    expect(bg.stored).toHaveLength(1);
  });

  test('a send is counted once though the page adds it and the background returns it', async () => {
    const bg = fakeBackground();
    const outreach = createOutreachCache(bg.fetchRecent, () => {});
    const deps = { outreach, recordOutreach: bg.recordOutreach, logOnce: () => {} };
    const now = Date.now();
    await recordSend(deps, { text: pitch('ana'), network: 'instagram', audience: dm('ana') }, '', now - 10);
    await recordSend(deps, { text: pitch('bob'), network: 'instagram', audience: dm('bob') }, '', now - 5);
    await outreach.refresh();
    expect(outreach.match(pitch('dev'), 'x', now)).toBeNull(); // two people, not three
  });

  test('an empty send records nothing; a failing background is logged and the send is still counted here', async () => {
    const outreach = createOutreachCache(
      async () => ({ sends: [] }),
      () => {},
    );
    const errors: unknown[] = [];
    let calls = 0;
    const deps = {
      outreach,
      recordOutreach: async () => {
        calls++;
        throw new Error('background asleep');
      },
      logOnce: (_k: string, e: unknown) => errors.push(e),
    };
    await recordSend(deps, { text: '   ', network: 'x', audience: dm('a') }, '');
    expect(calls).toBe(0);
    await recordSend(deps, { text: pitch('ana'), network: 'x', audience: dm('ana') }, '');
    expect(calls).toBe(1);
    expect(errors).toHaveLength(1);
  });
});
