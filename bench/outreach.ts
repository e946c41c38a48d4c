// The copy-paste check's look-up (issue 10): with 10,000 sends in the store, one draft check
// fingerprints the draft and scans every stored signature. Budget: p95 ≤ 1 ms. Also the one-off cost of
// laying the sends out for the scan when the content script receives them, and of the background's
// read of the last 14 days from IndexedDB (fake-indexeddb in Node, slower than Chromium's).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createDb } from '../lib/db/schema';
import { recentFingerprints } from '../lib/db/send-fingerprints';
import { fingerprint, indexSends, matchOutreach, recipientKey, type SentFingerprint } from '../lib/outreach';
import { formatTable, ms } from './format-table';
import { round, timePerCall } from './measure';
import type { BenchContext, BenchSection } from './section';
import { marketClean, marketToSocial, socialClean, socialToMarket } from './sentence-bank';
import { seededRandom } from './synthetic-drafts';

export const OUTREACH_LIMITS = { lookupMs: 1 };
const STORED = 10_000;
const day = 86_400_000;

const PITCH =
  "Hey Sam! I just joined an amazing wellness company and I'm looking for 3 motivated people to build a side income with me. Open to a quick call?";
const corpus = readFileSync(new URL('../data/outreach/paraphrases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { a: string; b: string });
// Sentences people write: the bench's sentence bank and every sentence of the blind-written pairs.
const bank = [
  ...socialClean,
  ...marketClean,
  ...socialToMarket,
  ...marketToSocial,
  ...new Set(corpus.flatMap((p) => `${p.a} ${p.b}`.split(/(?<=[.!?])\s+/)).values()),
];
const names = ['Sam', 'Ana', 'Dev', 'Priya', 'Marc', 'Yuki', 'Zoe', 'Tom', 'Lena', 'Omar', 'Ines', 'Kofi'];

/**
 * 10,000 sends over the last 14 days to 1,500 people: two or three sentences people really write
 * under a greeting, so many sends share a sentence, and one in 40 the same pitch.
 */
function storedSends(now: number): SentFingerprint[] {
  const random = seededRandom(10);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const out: SentFingerprint[] = [];
  for (let i = 0; i < STORED; i++) {
    const body = Array.from({ length: 2 + (i % 2) }, () => pick(bank)).join(' ');
    const text = i % 40 === 0 ? PITCH.replace('Sam', `friend ${i}`) : `Hi ${pick(names)}! ${body}`;
    const audience = { kind: 'dm' as const, target: { handle: `person${i % 1500}` }, mentions: [] };
    out.push({ ...fingerprint(text), recipientKey: recipientKey('instagram', audience, ''), at: now - (i % (14 * 24)) * 3_600_000 });
  }
  return out;
}

/** The pitch (a campaign among the stored sends), then the blind-written messages of the paraphrase set. */
const drafts = [
  PITCH,
  'Hi Ana, thinking of the garden today, are you free Sunday? The tomatoes are finally red and I saved you a bag.',
  ...corpus.map((p) => p.a),
];

export const outreachSection: BenchSection = {
  name: 'outreach',
  async run(ctx: BenchContext) {
    const now = Date.now();
    const sends = storedSends(now);
    const t0 = performance.now();
    const index = indexSends(sends);
    const indexMs = performance.now() - t0;
    const lookup = timePerCall(
      drafts,
      (text) => matchOutreach(fingerprint(text), 'someone-new', index, now),
      ctx.quick ? { maxSamples: 8, maxMs: 200, minSamples: 4, warmup: 2 } : { maxSamples: 4000, maxMs: 4000, minSamples: 400, warmup: 200 },
    );
    const pitchMatch = matchOutreach(fingerprint(drafts[0]), 'someone-new', index, now);

    const db = createDb(`bench-outreach-${now}`);
    await db.sendFingerprints.bulkAdd(sends.map((s) => ({ ...s, network: 'instagram' })));
    const r0 = performance.now();
    const loaded = await recentFingerprints(db, now);
    const loadMs = performance.now() - r0;
    db.close();
    ctx.log(`outreach: ${STORED} stored sends, ${lookup.samples} look-ups`);
    return {
      stored: STORED,
      lookupMs: { samples: lookup.samples, medianMs: round(lookup.medianMs), p95Ms: round(lookup.p95Ms) },
      indexMs: round(indexMs),
      loadRecentMs: round(loadMs),
      loadedSends: loaded.length,
      pitchRecipients: pitchMatch?.recipients ?? 0,
      bytesPerSend: JSON.stringify(sends[1]).length,
      budgets: { lookupMs: lookup.p95Ms <= OUTREACH_LIMITS.lookupMs },
      quick: ctx.quick,
    };
  },
  format(result) {
    const r = result as {
      stored: number;
      lookupMs: { medianMs: number; p95Ms: number };
      indexMs: number;
      loadRecentMs: number;
      budgets: { lookupMs: boolean };
    };
    return formatTable(
      ['copy-paste check, 10,000 stored sends', 'median', 'p95', 'budget'],
      [
        ['look-up per draft check', ms(r.lookupMs.medianMs), ms(r.lookupMs.p95Ms), `p95 ≤ 1 ms: ${r.budgets.lookupMs ? 'PASS' : 'FAIL'}`],
        ['lay out the sends (once per page)', ms(r.indexMs), '', ''],
        ['read 14 days from IndexedDB (fake-indexeddb)', ms(r.loadRecentMs), '', ''],
      ],
    );
  },
};
