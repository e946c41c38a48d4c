import { render } from 'preact';
import { lazyView } from '@/components/notebook/lazy-view';
import { NotebookApp } from '@/components/notebook/NotebookApp';
import { routeFromHash } from '@/components/notebook/routes';
import { DamagedNotice } from '@/components/notebook/DamagedNotice';
import { NotebookGate } from '@/components/notebook/NotebookGate';
import { StorageFullNotice } from '@/components/notebook/StorageFullNotice';
import { liveSearchFor } from '@/lib/db/live-search';
import { getDb } from '@/lib/db/schema';
import { trackStorageFull } from '@/runtime/storage-health';
import { noteAnswered } from '@/components/notebook/saved-first-screen';
import { readTyped, restoreTyped } from '@/components/notebook/typed-search';
import { publishSyncStatus } from './sync-status';

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
    requestIdleCallback(start, { timeout: 300 });
  };
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  setTimeout(go, 3000);
}

// Then the search index reads the notebook into memory (lib/db/live-search.ts), and only once it has, the
// sync round, which reads it too: run together, both took the main thread and the database at once and
// the first keystroke waited for both. While the popup is open, sync keeps the notebook and the browser's
// sync area in step. Its code, like the Settings tab's, loads only then: the first script paints the list.
const startAfterFirstView = () =>
  afterFirstView(() => {
    const live = liveSearchFor(getDb());
    live.start();
    void live
      .settled()
      .then(() => import('@/runtime/sync-driver'))
      .then(({ startNotebookSync }) => startNotebookSync(getDb(), publishSyncStatus));
  });

// "Add from this page" checks the tab's answer against every network's rules: loaded on the click.
const readActiveTabProfile = () => import('./read-active-tab').then((m) => m.readActiveTabProfile());
const SettingsTab = lazyView(() => import('./SettingsTab').then((m) => m.SettingsTab));

/** The notebook's popup, in place of the first paint main.ts drew; what was typed into its search box is kept. */
export function startPopup(root: HTMLElement): void {
  const typed = readTyped(root);
  const route = routeFromHash(location.hash);
  // Opened on another view (the coach's link to a contact), the page's later list must not start from the save.
  if (route.name !== 'list') noteAnswered(getDb());
  trackStorageFull(getDb());
  // The first paint is plain DOM (saved-first-paint.ts): Preact would try to adopt its elements as its own. The
  // render below is synchronous, so no frame shows the popup empty in between.
  root.replaceChildren();
  render(
    <>
      <StorageFullNotice />
      <NotebookGate db={getDb()}>
        <DamagedNotice db={getDb()} />
        <NotebookApp
          db={getDb()}
          initialRoute={route}
          initialQuery={typed.text}
          readPageProfile={readActiveTabProfile}
          settings={<SettingsTab />}
        />
      </NotebookGate>
    </>,
    root,
  );
  restoreTyped(root, typed);
  startAfterFirstView();
}
