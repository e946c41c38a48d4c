// What the background does with send outcomes and send fingerprints (issue 10). Takes the database as
// an argument so tests call it directly, without a browser.
import { addSendFingerprint, recentFingerprints } from '../db/send-fingerprints';
import { addSendOutcome } from '../db/send-outcomes';
import type { TactDb } from '../db/schema';
import type { Handlers } from './protocol';

export type SendType = 'send/outcome' | 'outreach/record' | 'outreach/recent';

export const sendHandlers = ({ db, now = Date.now }: { db: TactDb; now?: () => number }): Handlers<SendType> => ({
  'send/outcome': async (req) => {
    await addSendOutcome(db, { ...req }, now());
    return { recorded: true };
  },
  'outreach/record': async ({ network, recipientKey, fingerprint, at }) => {
    await addSendFingerprint(db, { network, recipientKey, at, ...fingerprint }, now());
    return { recorded: true };
  },
  'outreach/recent': async ({ since }) => ({ sends: await recentFingerprints(db, now(), since) }),
});
