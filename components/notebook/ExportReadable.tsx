import { useState } from 'preact/hooks';
import { NotebookUnavailable } from '@/lib/db/notebook-health';
import type { ReadableNotebook } from '@/lib/db/readable-notebook';
import { backupJson } from '@/lib/import-export/export';
import { i18n } from '@/runtime/i18n';
import { downloadFile } from './download-file';

/**
 * "Export what can be read": the readable records as an ordinary backup file (it imports like any other), the
 * damaged ones left out and counted.
 */
export function ExportReadable({ read }: { read: () => Promise<ReadableNotebook> }) {
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    try {
      const notebook = await read();
      const name = `tact-notebook-readable-${new Date().toISOString().slice(0, 10)}.json`;
      downloadFile(name, backupJson(notebook), 'application/json');
      const counts = [notebook.contacts.length, notebook.coaching.length, notebook.damaged].map(String);
      setSaid({ ok: true, text: i18n.t('faults.exported', [name, counts[0], counts[1], counts[2]]) });
    } catch (err) {
      const text =
        err instanceof NotebookUnavailable && err.problem.kind === 'stuck'
          ? i18n.t('faults.exportStuck')
          : i18n.t('faults.exportFailed', [err instanceof Error ? err.message : String(err)]);
      setSaid({ ok: false, text });
    }
  };
  return (
    <div class="export-readable">
      <button type="button" class="primary" onClick={run}>
        {i18n.t('faults.exportReadable')}
      </button>
      {said && (
        <p class={said.ok ? 'done' : 'error'} role="status">
          {said.text}
        </p>
      )}
    </div>
  );
}
