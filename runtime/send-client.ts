// Content-script side of the send channel (issue 10): outcomes of paused sends and send fingerprints
// go to the background, which owns the database; never the draft's text.
import type { Req } from '@/lib/messaging/protocol';
import { send } from './messaging';

export const recordSendOutcome = (req: Req<'send/outcome'>) => send('send/outcome', req);
export const recordOutreach = (req: Req<'outreach/record'>) => send('outreach/record', req);
export const recentOutreach = (req: Req<'outreach/recent'> = {}) => send('outreach/recent', req);
