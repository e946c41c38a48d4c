import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '@/runtime/notebook-sync';

// The last sync round's status, kept here so the Settings tab (loaded later, SettingsTab.tsx) shows it at once.
type Status = SyncStatus | { error: string } | null;
let last: Status = null;
const listeners = new Set<(s: Status) => void>();

export function publishSyncStatus(s: NonNullable<Status>): void {
  last = s;
  listeners.forEach((l) => l(s));
}

export function useSyncStatus(): Status {
  const [status, setStatus] = useState(last);
  useEffect(() => {
    listeners.add(setStatus);
    return () => void listeners.delete(setStatus);
  }, []);
  return status;
}
