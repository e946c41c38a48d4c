// Who a send went to, as a key that tells people and threads apart without naming them: the store
// keeps a hash, so a leaked database says "12 sends to 9 people", not to whom.
import { addressee } from '../composers/audience';
import type { Audience } from '../composers/types';

// FNV-1a 32 twice with different bases: 64 bits is plenty to keep a few thousand keys apart.
function hashKey(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    a = Math.imul(a ^ s.charCodeAt(i), 0x01000193);
    b = Math.imul(b ^ s.charCodeAt(i), 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + '.' + (b >>> 0).toString(36);
}

/**
 * The person the message addresses (a DM recipient, the author replied to, a single @mention) when
 * the page names one; otherwise the thread, read from the page's address without query or fragment
 * (a comment under a post, a post on a feed). Handles are compared without @ and case.
 */
export function recipientKey(network: string, audience: Audience, pageUrl: string): string {
  const person = addressee(audience);
  const who = person?.handle?.replace(/^@/, '').toLowerCase() ?? person?.name?.trim().toLowerCase();
  if (who) return hashKey(`${network}|person|${who}`);
  let thread = pageUrl;
  try {
    const u = new URL(pageUrl);
    thread = u.origin + u.pathname.replace(/\/+$/, '');
  } catch {
    // Not a URL (tests, about:blank): the string itself is the thread.
  }
  return hashKey(`${network}|thread|${thread}`);
}
