/**
 * Which head a labelled draft can teach, and what. A corpus says whether a draft flips *for its
 * audience*; the heads answer audience-free questions, so a draft teaches a head only where its label
 * settles that head's question:
 * - pitch ("would this turn friends into customers?"): a social-to-market flip says yes; a draft that
 *   does not flip under social norms says no. Under market or hybrid norms a non-flip settles nothing.
 * - intrude ("would this bring private life into a business exchange?"): a market-to-social flip says
 *   yes; a non-flip under market or hybrid norms says no. Among friends, private talk settles nothing.
 */
import { chooseNorm } from '../../lib/classifier/choose-norm';
import type { HeadName } from '../../lib/classifier/model/model-types';
import type { Doc } from './corpora';

export function labelFor(doc: Doc, head: HeadName): 0 | 1 | null {
  const d = doc.draft;
  if (doc.mailSpam !== undefined) return head === 'pitch' ? (doc.mailSpam ? 1 : 0) : null;
  const norm = chooseNorm(d).norm;
  if (head === 'pitch') {
    if (d.flip && d.direction === 'social-to-market') return 1;
    if (!d.flip && norm === 'social') return 0;
    return null;
  }
  if (d.flip && d.direction === 'market-to-social') return 1;
  if (!d.flip && norm !== 'social') return 0;
  return null;
}
