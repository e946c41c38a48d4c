// Fingerprints of real sends (lib/outreach/), for the copy-paste check. Bounded by age (30 days) and
// size (MAX_FINGERPRINTS, oldest dropped first): the content script loads the last 14 days in one go.
import { WINDOW_MS, type SentFingerprint } from '../outreach/match';
import { isSendFingerprintRecord } from './record-shape';
import type { TactDb } from './schema';
import type { SendFingerprint } from './types';

export const FINGERPRINT_KEEP_MS = 30 * 86_400_000;
export const MAX_FINGERPRINTS = 10_000;

export async function addSendFingerprint(db: TactDb, row: Omit<SendFingerprint, 'id'>, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.sendFingerprints, async () => {
    const id = (await db.sendFingerprints.add({ ...row })) as number;
    await pruneFingerprints(db, now);
    return id;
  });
}

/** Drop fingerprints older than 30 days, then the oldest beyond MAX_FINGERPRINTS. */
export async function pruneFingerprints(db: TactDb, now = Date.now(), max = MAX_FINGERPRINTS): Promise<void> {
  await db.sendFingerprints
    .where('at')
    .below(now - FINGERPRINT_KEEP_MS)
    .delete();
  const over = (await db.sendFingerprints.count()) - max;
  if (over > 0) await db.sendFingerprints.orderBy('at').limit(over).delete();
}

/** The sends of the last 14 days (from `since` on, when given), in the shape the content script matches against. */
export async function recentFingerprints(db: TactDb, now = Date.now(), since = -Infinity): Promise<SentFingerprint[]> {
  const rows = await db.sendFingerprints
    .where('at')
    .between(Math.max(now - WINDOW_MS, since), now, true, true)
    .toArray();
  return rows.filter(isSendFingerprintRecord).map(({ sig, words, recipientKey, at }) => ({ sig, words, recipientKey, at }));
}
