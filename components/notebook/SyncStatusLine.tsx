import { i18n } from '@/runtime/i18n';
import type { SyncStatus } from '@/runtime/notebook-sync';
import { uiLocale } from '@/runtime/say';

interface Props {
  status: SyncStatus | { error: string } | null;
}

// Stands in for the bold count while the sentence is translated whole, so each language orders it.
const MARK = '\uE000';

/** How much of the notebook follows the user to their other computers, and what stays here. */
export function SyncStatusLine({ status }: Props) {
  if (!status) return <p class="sync-status hint">{i18n.t('syncLine.checking')}</p>;
  if ('error' in status) {
    return (
      <p class="sync-status error" role="alert">
        {i18n.t('syncLine.failed', [status.error])}
      </p>
    );
  }
  const kb = new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(status.bytes / 1024);
  const [before, after] = i18n.t('syncLine.synced', [MARK, kb]).split(MARK);
  const imported = Math.max(0, status.total - status.handEdited);
  const corrupt = status.corrupt.length;
  return (
    <div class="sync-status" aria-label={i18n.t('syncLine.label')}>
      <p>
        {before}
        <strong class="sync-count">{i18n.t('syncLine.count', [String(status.synced), String(status.handEdited)])}</strong>
        {after}
        {status.omitted > 0 && ` ${i18n.t('syncLine.omitted', status.omitted)}`}
      </p>
      <p class="hint">{i18n.t('syncLine.stays', imported)}</p>
      {corrupt > 0 && (
        <p class="error" role="alert">
          {i18n.t('syncLine.corrupt', corrupt, [String(corrupt), status.corrupt.map((c) => c.key).join(', ')])}
        </p>
      )}
      {status.kept.length > 0 && (
        <p class="notice" role="status">
          {i18n.t('syncLine.kept', [status.kept.map((k) => k.name).join(', ')])}
        </p>
      )}
    </div>
  );
}
