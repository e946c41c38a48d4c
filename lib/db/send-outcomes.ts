// The outcomes of paused sends, for the Impact view. Kept 30 days (the view's window) and at most
// MAX_OUTCOMES rows, so a long-lived profile never grows without bound.
import { IMPACT_WINDOW_MS, summarizeImpact, type ImpactSummary } from '../impact/summarize';
import { isSendOutcomeRecord } from './record-shape';
import type { TactDb } from './schema';
import type { SendOutcome } from './types';

export const MAX_OUTCOMES = 20_000;

/** Store one outcome, dropping rows older than 30 days and the oldest beyond MAX_OUTCOMES. */
export async function addSendOutcome(db: TactDb, outcome: Omit<SendOutcome, 'id'>, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.sendOutcomes, async () => {
    const id = (await db.sendOutcomes.add({ ...outcome })) as number;
    await db.sendOutcomes
      .where('at')
      .below(now - IMPACT_WINDOW_MS)
      .delete();
    const over = (await db.sendOutcomes.count()) - MAX_OUTCOMES;
    if (over > 0) await db.sendOutcomes.orderBy('at').limit(over).delete();
    return id;
  });
}

/** The Impact view's figures for the 30 days before `now`. */
export async function impactSummary(db: TactDb, now = Date.now()): Promise<ImpactSummary> {
  const rows = await db.sendOutcomes
    .where('at')
    .between(now - IMPACT_WINDOW_MS, now, true, true)
    .toArray();
  return summarizeImpact(rows.filter(isSendOutcomeRecord), now);
}
