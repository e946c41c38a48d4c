import { SyncStatusLine } from '@/components/notebook/SyncStatusLine';
import { SettingsPanel } from '@/components/settings/SettingsPanel';
import { SiteToggle } from '@/components/settings/SiteToggle';
import { useSyncStatus } from './sync-status';

/** The Settings tab: the site switch for the current tab, then the coach's settings, then what syncs. */
export function SettingsTab() {
  return (
    <>
      <SiteToggle />
      <SettingsPanel />
      <SyncStatusLine status={useSyncStatus()} />
    </>
  );
}
