import { i18n } from '@/runtime/i18n';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { addContact, restoreContact } from '@/lib/db/contacts';
import { undoMerge } from '@/lib/db/merge-write';
import type { TactDb } from '@/lib/db/schema';
import type { PageProfile } from '@/lib/messaging/protocol';
import { lazyView } from './lazy-view';
import { ListView } from './ListView';
import { NotebookHeader } from './NotebookHeader';
import { emptyContact } from '@/lib/db/contacts';
import type { Route } from './routes';
import { UndoToast } from './UndoToast';

// Only the list is in the popup's first script; the other views load when first shown (lazy-view.ts).
const ContactView = lazyView(() => import('./ContactView').then((m) => m.ContactView));
const ContactEditor = lazyView(() => import('./ContactEditor').then((m) => m.ContactEditor));
const DataPanel = lazyView(() => import('./DataPanel').then((m) => m.DataPanel));
const ImpactTab = lazyView(() => import('../impact/ImpactTab').then((m) => m.ImpactTab));

interface Props {
  db: TactDb;
  initialRoute?: Route;
  /** The search to start with: what was typed into the popup's first paint (saved-first-paint.ts). */
  initialQuery?: string;
  now?: number;
  /** Asks the active tab's content script for the profile it shows (entrypoints/popup/read-active-tab.ts). */
  readPageProfile?: () => Promise<PageProfile | null>;
  /** The coach's settings UI, mounted by the popup entrypoint when it exists. */
  settings?: ComponentChildren;
}

export function NotebookApp({
  db,
  initialRoute = { name: 'list' },
  initialQuery = '',
  now = Date.now(),
  readPageProfile,
  settings,
}: Props) {
  const [route, setRoute] = useState<Route>(initialRoute);
  const [query, setQuery] = useState(initialQuery);
  // One undoable step at a time (a delete, a merge): its message and how to take it back.
  const [undo, setUndo] = useState<{ message: string; run: () => Promise<void> } | null>(null);
  const [notice, setNotice] = useState('');
  // Every view reads through liveQuery hooks (its own): writes show up without a refresh, wherever they come from.
  const go = (r: Route) => {
    setNotice('');
    setRoute(r);
  };
  const fromPage = async () => {
    try {
      // Loaded on the click: it brings every network's profile rules, which the list does not need.
      const { routeForPageProfile } = await import('./add-from-page');
      const next = await routeForPageProfile(db, readPageProfile ? await readPageProfile() : null);
      if (typeof next === 'string') setNotice(next);
      else go(next);
    } catch {
      setNotice(i18n.t('popup.cannotRead'));
    }
  };
  return (
    <div class="notebook">
      <NotebookHeader
        current={route.name}
        onTab={(name) => go({ name } as Route)}
        onAdd={() => go({ name: 'new' })}
        onAddFromPage={fromPage}
      />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <main>
        {route.name === 'list' && (
          <ListView
            db={db}
            now={now}
            query={query}
            onQuery={setQuery}
            onOpen={(id) => go({ name: 'contact', id })}
            onImport={() => go({ name: 'data' })}
            onAddFromPage={fromPage}
          />
        )}
        {route.name === 'contact' && (
          <ContactView
            db={db}
            id={route.id}
            now={now}
            onBack={() => go({ name: 'list' })}
            onDeleted={(d) => {
              setUndo({ message: i18n.t('popup.deleted', [d.contact.name]), run: () => restoreContact(db, d) });
              go({ name: 'list' });
            }}
            onMerged={(m) =>
              setUndo({ message: i18n.t('popup.merged', [m.before.other.name, m.merged.name]), run: () => undoMerge(db, m) })
            }
          />
        )}
        {route.name === 'new' && (
          <>
            {route.note && <p class="hint">{route.note}</p>}
            <ContactEditor
              title={i18n.t('popup.newContact')}
              initial={emptyContact(route.prefill)}
              onCancel={() => go({ name: 'list' })}
              onSave={async (input) => {
                const c = await addContact(db, input);
                go({ name: 'contact', id: c.id });
              }}
            />
          </>
        )}
        {route.name === 'data' && <DataPanel db={db} />}
        {route.name === 'impact' && <ImpactTab db={db} />}
        {route.name === 'settings' && <div class="settings">{settings ?? <p class="empty">{i18n.t('popup.noSettings')}</p>}</div>}
      </main>
      {undo && (
        <UndoToast
          message={undo.message}
          onExpire={() => setUndo(null)}
          onUndo={async () => {
            await undo.run();
            setUndo(null);
          }}
        />
      )}
    </div>
  );
}
