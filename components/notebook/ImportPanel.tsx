import { useEffect, useState } from 'preact/hooks';
import { assertImportSize, decodeUtf8 } from '@/lib/import-export/errors';
import type { ParsedFile } from '@/lib/import-export/record';
import type { MergeChoices } from '@/lib/import-export/plan';
import { ImportDuplicates } from './ImportDuplicates';
import type { ImportSummary } from '@/lib/import-export/run-import';
import { importJournalMessage, type ImportJournal } from '@/lib/import-export/import-journal';
import { PREVIEW_GONE } from '@/lib/messaging/protocol';
import { send } from '@/runtime/messaging';

const formatNames: Record<ParsedFile['format'], string> = {
  'tact-json': 'Tact backup',
  vcard: 'vCard',
  'linkedin-csv': 'LinkedIn Connections.csv',
};

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
      const { summary, planId } = await send('notebook.previewImport', { fileName: file.name, text, merges: {} });
      setState({ step: 'preview', fileName: file.name, text, planId, summary, merges: {}, offered: summary.duplicates });
    } catch (err) {
      setState({ step: 'error', message: err instanceof Error ? err.message : String(err) });
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
      const summary = await importWithPlan(fileName, text, { ...merges }, planId);
      setState({ step: 'done', summary });
      void send('notebook.importStatus', { markSeen: true }).catch(() => undefined);
    } catch (err) {
      setState({
        step: 'error',
        message: `The import failed and nothing was changed: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  };
  return (
    <section class="import" aria-label="Import">
      <h2>Import</h2>
      <p class="hint">
        Tact backup (.json), vCard from a phone or mail address book (.vcf), or LinkedIn's Connections.csv (Settings → Data privacy → Get a
        copy of your data).
      </p>
      <input
        type="file"
        aria-label="Choose a file to import"
        accept=".json,.vcf,.csv,application/json,text/vcard,text/csv"
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
        <div class="preview" role="region" aria-label="Import preview">
          <p>
            {state.fileName} ({formatNames[state.summary.format]}): <strong class="count-new">{state.summary.created} new</strong>,{' '}
            <strong class="count-updated">{state.summary.updated} updated</strong>,{' '}
            <strong class="count-skipped">{state.summary.skipped.length} skipped</strong>.
          </p>
          <SkippedList skipped={state.summary.skipped} />
          <ImportDuplicates duplicates={state.offered} choices={state.merges} onChange={(m) => void choose(m)} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => confirm(state.fileName, state.text, state.merges, state.planId)}>
              Import
            </button>
            <button type="button" onClick={() => setState({ step: 'pick' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.step === 'done' && (
        <p class="done" role="status">
          Imported: {state.summary.created} new, {state.summary.updated} updated, {state.summary.skipped.length} skipped.
        </p>
      )}
    </section>
  );
}

/** The preview's plan, without sending the file again; the file only if the background no longer holds that plan. */
async function importWithPlan(fileName: string, text: string, merges: Record<string, string>, planId: string) {
  try {
    return await send('notebook.import', { fileName, merges, planId });
  } catch (err) {
    if (!(err instanceof Error) || err.message !== PREVIEW_GONE) throw err;
    return send('notebook.import', { fileName, text, merges, planId });
  }
}

/** What became of the last import started from a popup that may have closed since (polled while it runs). */
function useImportJournal(): string | null {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const j: ImportJournal | null = await send('notebook.importStatus', {}).catch(() => null);
      setMessage(importJournalMessage(j));
      if (j?.state === 'running') timer = setTimeout(() => void check(), 500);
      else if (j && !j.seen) void send('notebook.importStatus', { markSeen: true }).catch(() => undefined);
    };
    void check();
    return () => clearTimeout(timer);
  }, []);
  return message;
}

function SkippedList({ skipped }: { skipped: ImportSummary['skipped'] }) {
  if (!skipped.length) return null;
  return (
    <details>
      <summary>Why some were skipped</summary>
      <ul>
        {skipped.slice(0, 50).map((s, i) => (
          <li key={i}>
            {s.source}: {s.reason}
          </li>
        ))}
      </ul>
      {skipped.length > 50 && <p>…and {skipped.length - 50} more.</p>}
    </details>
  );
}
