import type { SyncStatus } from '@/runtime/notebook-sync';

interface Props {
  status: SyncStatus | { error: string } | null;
}

/** How much of the notebook follows the user to their other computers, and what stays here. */
export function SyncStatusLine({ status }: Props) {
  if (!status) return <p class="sync-status hint">Checking your browser's sync…</p>;
  if ('error' in status) {
    return (
      <p class="sync-status error" role="alert">
        Sync failed: {status.error}. Your notebook on this computer is unchanged.
      </p>
    );
  }
  return (
    <div class="sync-status" aria-label="Sync">
      <p>
        Synced through your browser account: settings, muted rules, opt-in sites, and the relationship and circles of{' '}
        <strong class="sync-count">
          {status.synced} of {status.handEdited}
        </strong>{' '}
        contacts you added or edited by hand ({(status.bytes / 1024).toFixed(1)} of 100 KB).
        {status.omitted > 0 && ` The ${status.omitted} least recently edited do not fit the browser's sync quota.`}
      </p>
      <p class="hint">
        Stays on this computer: notes, coaching history, e-mails and the {Math.max(0, status.total - status.handEdited)} imported contacts.
        The backup file (Import / export) carries everything.
      </p>
      {status.corrupt.length > 0 && (
        <p class="error" role="alert">
          {status.corrupt.length} part{status.corrupt.length > 1 ? 's' : ''} of the synced data could not be read and{' '}
          {status.corrupt.length > 1 ? 'were' : 'was'} ignored ({status.corrupt.map((c) => c.key).join(', ')}); nothing on this computer was
          changed because of {status.corrupt.length > 1 ? 'them' : 'it'}.
        </p>
      )}
      {status.kept.length > 0 && (
        <p class="notice" role="status">
          Deleted on another computer but kept here because they hold notes or history: {status.kept.map((k) => k.name).join(', ')}.
        </p>
      )}
    </div>
  );
}
