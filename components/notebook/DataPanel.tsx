import { useState } from 'preact/hooks';
import { wipeAll } from '@/lib/db/contacts';
import type { TactDb } from '@/lib/db/schema';
import { exportBackupJson, exportVCard } from '@/lib/import-export/export';
import { ImportPanel } from './ImportPanel';
import { useCount } from './use-notebook';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Import, export and wipe: the user's data, on the user's machine, in formats other tools read. */
export function DataPanel({ db }: { db: TactDb }) {
  // Counted here, not by the app: opening the popup then walks the contacts' keys once, for the list, not twice.
  const count = useCount(db).data;
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const day = new Date().toISOString().slice(0, 10);
  return (
    <div class="data-panel">
      <ImportPanel />
      <section aria-label="Export">
        <h2>Export</h2>
        <div class="actions">
          <button type="button" onClick={async () => download(`tact-notebook-${day}.json`, await exportBackupJson(db), 'application/json')}>
            Backup (Tact JSON)
          </button>
          <button type="button" onClick={async () => download(`tact-contacts-${day}.vcf`, await exportVCard(db), 'text/vcard')}>
            vCard 4 (.vcf)
          </button>
        </div>
      </section>
      <section aria-label="Wipe">
        <h2>Wipe</h2>
        {!confirming ? (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            Wipe all notebook data…
          </button>
        ) : (
          <div class="confirm" role="alertdialog" aria-label="Confirm wipe">
            <p>
              Delete all {count} contacts, their coaching history, the Impact figures and the copy-paste fingerprints from this browser?
              This cannot be undone; export a backup first if unsure.
            </p>
            <button
              type="button"
              class="danger"
              onClick={async () => {
                await wipeAll(db);
                setConfirming(false);
                setMessage('The notebook is empty.');
              }}
            >
              Yes, wipe everything
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        )}
        {message && <p role="status">{message}</p>}
      </section>
    </div>
  );
}
