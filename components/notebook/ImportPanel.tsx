import { useEffect, useState } from 'preact/hooks';
import { storageErrorMessage } from '@/lib/db/storage-errors';
import { phrase } from '@/lib/i18n/phrase';
import { assertImportSize, decodeUtf8 } from '@/lib/import-export/errors';
import type { ParsedFile } from '@/lib/import-export/record';
import type { MergeChoices } from '@/lib/import-export/plan';
import { sourceWords } from '@/lib/import-export/source';
import { ImportDuplicates } from './ImportDuplicates';
import type { ImportSummary } from '@/lib/import-export/run-import';
import { importCounts, importJournalMessage, type ImportJournal } from '@/lib/import-export/import-journal';
import { requestImport } from '@/lib/import-export/import-request';
import { PREVIEW_GONE } from '@/lib/messaging/protocol';
import { importJournalStorage } from '@/runtime/import-journal-storage';
import { i18n } from '@/runtime/i18n';
import { send } from '@/runtime/messaging';
import { formatNumber, say } from '@/runtime/say';
import { richMessage } from '../i18n/rich-message';
import { timedAsync } from '@/lib/perf/step-timing';

const formatNames = {
  'tact-json': 'importer.formatTact',
  vcard: 'importer.formatVcard',
  'linkedin-csv': 'importer.formatLinkedin',
} as const satisfies Record<ParsedFile['format'], string>;

const counts = (s: ImportSummary) => importCounts({ created: s.created, updated: s.updated, skipped: s.skipped.length });

type State =
  | { step: 'pick' }
  | {
      step: 'preview';
      fileName: string;
      text: string;
      /** The background's plan for this preview: "Import" writes it unless a contact changed since. */
      planId: string;
      summary: ImportSummary;
      merges: MergeChoices;
      offered: ImportSummary['duplicates'];
    }
  | { step: 'done'; summary: ImportSummary }
  | { step: 'error'; message: string };

/** Pick a file, see what it would change, then confirm. Nothing is written before "Import". */
export function ImportPanel() {
  const [state, setState] = useState<State>({ step: 'pick' });
  // The file chooser opens: a file will probably follow, so the background reads the notebook while the user
  // picks it (a big file's preview uses that read if no contact changed meanwhile). Not when the tab opens:
  // most openings are to export or wipe, and the read would hold every contact in the background for nothing.
  const prepare = () => void send('notebook.prepareImport', {}).catch(() => undefined);
  const pick = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      // Check the size before reading a byte, so a 50 MB file never sits in the popup's memory.
      assertImportSize(file.size);
      const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
      // The background parses and plans (and keeps the plan for "Import"); the popup stays responsive.
      const { summary, planId } = await timedAsync('popup:preview-send', () =>
        send('notebook.previewImport', { fileName: file.name, text, merges: {} }),
      );
      setState({ step: 'preview', fileName: file.name, text, planId, summary, merges: {}, offered: summary.duplicates });
    } catch (err) {
      setState({ step: 'error', message: storageErrorMessage(err, say) });
    }
  };
  // A changed merge choice re-plans, so the counts always say what "Import" will write.
  const choose = async (merges: MergeChoices) => {
    if (state.step !== 'preview') return;
    const { summary, planId } = await send('notebook.previewImport', { fileName: state.fileName, text: state.text, merges: { ...merges } });
    setState({ ...state, summary, planId, merges });
  };
  const journal = useImportJournal();
  // The background writes the import (one transaction): closing the popup meanwhile does not cut it short.
  const confirm = async (fileName: string, text: string, merges: MergeChoices, planId: string) => {
    try {
      const summary = await timedAsync('popup:import-send', () => importWithPlan(fileName, text, { ...merges }, planId));
      setState({ step: 'done', summary });
      void send('notebook.importStatus', { markSeen: true }).catch(() => undefined);
    } catch (err) {
      setState({
        step: 'error',
        message: i18n.t('importer.failed', [err instanceof Error ? err.message : String(err)]),
      });
    }
  };
  return (
    <section class="import" aria-label={i18n.t('importer.title')}>
      <h2>{i18n.t('importer.title')}</h2>
      <p class="hint">{i18n.t('importer.hint')}</p>
      <input
        type="file"
        aria-label={i18n.t('importer.choose')}
        accept=".json,.vcf,.csv,application/json,text/vcard,text/csv"
        onClick={prepare}
        onChange={pick}
      />
      {state.step === 'pick' && journal && (
        <p class="import-journal" role="status">
          {journal}
        </p>
      )}
      {state.step === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {state.step === 'preview' && (
        <div class="preview" role="region" aria-label={i18n.t('importer.preview')}>
          <PreviewLine fileName={state.fileName} summary={state.summary} />
          <SkippedList skipped={state.summary.skipped} />
          <ImportDuplicates duplicates={state.offered} choices={state.merges} onChange={(m) => void choose(m)} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => confirm(state.fileName, state.text, state.merges, state.planId)}>
              {i18n.t('importer.import')}
            </button>
            <button type="button" onClick={() => setState({ step: 'pick' })}>
              {i18n.t('importer.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.step === 'done' && (
        <p class="done" role="status">
          {say(phrase('importer.done', ...counts(state.summary)))}
        </p>
      )}
    </section>
  );
}

/** The preview's plan, without sending the file again; the file only if the background no longer holds that plan. */
async function importWithPlan(fileName: string, text: string, merges: Record<string, string>, planId: string) {
  return requestImport(importJournalStorage, fileName, Date.now(), async () => {
    try {
      return await send('notebook.import', { fileName, merges, planId });
    } catch (err) {
      if (!(err instanceof Error) || err.message !== PREVIEW_GONE) throw err;
      return send('notebook.import', { fileName, text, merges, planId });
    }
  });
}

/** What became of the last import started from a popup that may have closed since (polled while it runs). */
function useImportJournal(): string | null {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const j: ImportJournal | null = await send('notebook.importStatus', {}).catch(() => null);
      const said = importJournalMessage(j);
      setMessage(said && say(said));
      if (j?.state === 'running') timer = setTimeout(() => void check(), 500);
      else if (j && !j.seen) void send('notebook.importStatus', { markSeen: true }).catch(() => undefined);
    };
    void check();
    return () => clearTimeout(timer);
  }, []);
  return message;
}

/** "Connections.csv (LinkedIn Connections.csv): 4 new, 0 updated, 1 skipped.", each count in bold. */
function PreviewLine({ fileName, summary }: { fileName: string; summary: ImportSummary }) {
  const [created, updated, skipped] = counts(summary).map(say);
  return (
    <p>
      {richMessage('importer.previewLine', [
        fileName,
        i18n.t(formatNames[summary.format]),
        <strong class="count-new">{created}</strong>,
        <strong class="count-updated">{updated}</strong>,
        <strong class="count-skipped">{skipped}</strong>,
      ])}
    </p>
  );
}

function SkippedList({ skipped }: { skipped: ImportSummary['skipped'] }) {
  if (!skipped.length) return null;
  return (
    <details>
      <summary>{i18n.t('importer.whySkipped')}</summary>
      <ul>
        {skipped.slice(0, 50).map((s, i) => (
          <li key={i}>{i18n.t('importer.skippedRow', [say(sourceWords(s.source)), say(s.reason)])}</li>
        ))}
      </ul>
      {skipped.length > 50 && <p>{i18n.t('importer.more', [formatNumber(skipped.length - 50)])}</p>}
    </details>
  );
}
