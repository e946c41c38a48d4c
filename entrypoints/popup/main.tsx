import { i18n } from '@/runtime/i18n';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NotebookApp } from '@/components/notebook/NotebookApp';
import { routeFromHash } from '@/components/notebook/routes';
import { DamagedNotice } from '@/components/notebook/DamagedNotice';
import { NotebookGate } from '@/components/notebook/NotebookGate';
import { StorageFullNotice } from '@/components/notebook/StorageFullNotice';
import { SyncStatusLine } from '@/components/notebook/SyncStatusLine';
import { SettingsPanel } from '@/components/settings/SettingsPanel';
import { SiteToggle } from '@/components/settings/SiteToggle';
import { getDb } from '@/lib/db/schema';
import type { SyncStatus } from '@/runtime/notebook-sync';
import { trackStorageFull } from '@/runtime/storage-health';
import { startNotebookSync } from '@/runtime/sync-driver';
import { readActiveTabProfile } from './read-active-tab';
import '@/components/settings/settings.css';
import './style.css';

let lastStatus: SyncStatus | { error: string } | null = null;
const statusListeners = new Set<(s: typeof lastStatus) => void>();
/**
 * Runs `start` once the popup shows what it was opened for (the list's rows, the welcome, a contact), or
 * after 3 s, and then when the browser is idle. A sync round reads the whole notebook (10,000 records take
 * about a second to deserialize on a busy machine); started at once it was queued before the list's own
 * reads and held the first rows back by that long.
 */
function afterFirstView(start: () => void): void {
  let started = false;
  const observer = new MutationObserver(() => {
    if (document.querySelector('.list-view[data-shown-query], .first-run, .contact-page')) go();
  });
  const go = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    requestIdleCallback(start, { timeout: 1000 });
  };
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  setTimeout(go, 3000);
}

// While the popup is open it keeps the notebook and the browser's sync area in step.
afterFirstView(() =>
  startNotebookSync(getDb(), (s) => {
    lastStatus = s;
    statusListeners.forEach((l) => l(s));
  }),
);

function LiveSyncStatus() {
  const [status, setStatus] = useState(lastStatus);
  useEffect(() => {
    statusListeners.add(setStatus);
    return () => void statusListeners.delete(setStatus);
  }, []);
  return <SyncStatusLine status={status} />;
}

// The Settings tab: the site switch for the current tab, then the coach's settings, then what syncs.
const settings = (
  <>
    <SiteToggle />
    <SettingsPanel />
    <LiveSyncStatus />
  </>
);

document.title = i18n.t('popupTitle');
trackStorageFull(getDb());
render(
  <>
    <StorageFullNotice />
    <NotebookGate db={getDb()}>
      <DamagedNotice db={getDb()} />
      <NotebookApp db={getDb()} initialRoute={routeFromHash(location.hash)} readPageProfile={readActiveTabProfile} settings={settings} />
    </NotebookGate>
  </>,
  document.getElementById('app')!,
);
