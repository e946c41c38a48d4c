import { useEffect, useState } from 'preact/hooks';
import { isContactRecord } from '@/lib/db/record-shape';
import type { Contact } from '@/lib/db/types';

// Records the popup's views met that are not readable contacts (written by hand, by another tool, by a broken
// build). The views skip them; the notice (DamagedNotice) says so and offers the export of what can be read.
let seen = false;
const listeners = new Set<(seen: boolean) => void>();

/** The readable contacts among `rows`; any other row is remembered as seen damage. */
export function readableContacts(rows: readonly unknown[]): Contact[] {
  const good = rows.filter(isContactRecord);
  if (good.length < rows.length && !seen) {
    seen = true;
    listeners.forEach((l) => l(true));
  }
  return good;
}

/** Whether a view of this page has met a damaged record. */
export function useDamagedSeen(): boolean {
  const [value, setValue] = useState(seen);
  useEffect(() => {
    listeners.add(setValue);
    return () => void listeners.delete(setValue);
  }, []);
  return value;
}
