import { fingerprint, MIN_WORDS, recipientKey } from '@/lib/outreach';
import type { CoachDeps, SentMessage } from './coach-deps';

/**
 * Called once per confirmed send through a coached composer (the pause's onSent hook, once the site took it): stores the
 * message's fingerprint and hashed recipient, never its text, and teaches this page's cache at once.
 * Empty sends and failures are dropped quietly: the copy-paste check is advice, the send went out anyway.
 * Sends too short to ever match are not stored: a signature of one to five words could be reversed by
 * hashing a dictionary, and the check ignores them anyway.
 */
export async function recordSend(
  deps: Pick<CoachDeps, 'outreach' | 'recordOutreach' | 'logOnce'>,
  { text, network, audience }: SentMessage,
  pageUrl = location.href,
  now = Date.now(),
): Promise<void> {
  if (!text.trim() || !deps.recordOutreach) return;
  const fp = fingerprint(text);
  if (fp.words < MIN_WORDS) return;
  const key = recipientKey(network, audience, pageUrl);
  deps.outreach?.add({ ...fp, recipientKey: key, at: now });
  try {
    await deps.recordOutreach({ network, recipientKey: key, fingerprint: fp, at: now });
    await deps.outreach?.refresh();
  } catch (err) {
    deps.logOnce('outreach', err);
  }
}
