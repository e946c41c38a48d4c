import { useState } from 'preact/hooks';
import { wipeAll } from '@/lib/db/contacts';
import { forgetFirstScreen } from './saved-first-screen';
import type { TactDb } from '@/lib/db/schema';
import { exportBackupJson, exportVCard } from '@/lib/import-export/export';
import { i18n } from '@/runtime/i18n';
import { formatNumber } from '@/runtime/say';
import { downloadFile as download } from './download-file';
import { ImportPanel } from './ImportPanel';
import { useCount } from './use-notebook';

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
      <section aria-label={i18n.t('data.export')}>
        <h2>{i18n.t('data.export')}</h2>
        <div class="actions">
          <button type="button" onClick={async () => download(`tact-notebook-${day}.json`, await exportBackupJson(db), 'application/json')}>
            {i18n.t('data.backup')}
          </button>
          <button type="button" onClick={async () => download(`tact-contacts-${day}.vcf`, await exportVCard(db), 'text/vcard')}>
            {i18n.t('data.vcard')}
          </button>
        </div>
      </section>
      <section aria-label={i18n.t('data.wipe')}>
        <h2>{i18n.t('data.wipe')}</h2>
        {!confirming ? (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {i18n.t('data.wipeAll')}
          </button>
        ) : (
          <div class="confirm" role="alertdialog" aria-label={i18n.t('data.confirmWipe')}>
            <p>{i18n.t('data.wipeQuestion', count, [formatNumber(count)])}</p>
            <button
              type="button"
              class="danger"
              onClick={async () => {
                await wipeAll(db);
                forgetFirstScreen();
                setConfirming(false);
                setMessage(i18n.t('data.wiped'));
              }}
            >
              {i18n.t('data.wipeYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {i18n.t('data.cancel')}
            </button>
          </div>
        )}
        {message && <p role="status">{message}</p>}
      </section>
    </div>
  );
}
