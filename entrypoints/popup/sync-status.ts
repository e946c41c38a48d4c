import { pageStore } from '@/components/notebook/page-store';
import type { SyncStatus } from '@/runtime/notebook-sync';

// The last sync round's status, kept here so the Settings tab (loaded later, SettingsTab.tsx) shows it at once.
const status = pageStore<SyncStatus | { error: string } | null>(null);

export const publishSyncStatus = (s: SyncStatus | { error: string }): void => status.set(s);

export const useSyncStatus = status.use;
