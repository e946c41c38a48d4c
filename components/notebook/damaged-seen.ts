import { isContactRecord } from '@/lib/db/record-shape';
import type { Contact } from '@/lib/db/types';
import { pageStore } from './page-store';

// Records the popup's views met that are not readable contacts (written by hand, by another tool, by a broken
// build). The views skip them; the notice (DamagedNotice) says so and offers the export of what can be read.
const seen = pageStore(false);

/** The readable contacts among `rows`; any other row is remembered as seen damage. */
export function readableContacts(rows: readonly unknown[]): Contact[] {
  const good = rows.filter(isContactRecord);
  if (good.length < rows.length && !seen.get()) seen.set(true);
  return good;
}

/** Whether a view of this page has met a damaged record. */
export const useDamagedSeen = seen.use;
