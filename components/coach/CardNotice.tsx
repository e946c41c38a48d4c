/** A confirmation the card shows in place of silence after Mute or Pause, each with a way back. */
export type CardNotice =
  { kind: 'muted'; muteKey: string; label: string } | { kind: 'pause-confirm'; site: string } | { kind: 'paused'; site: string };

/** How long a confirmed pause waits for Undo before the coach leaves the site. */
export const PAUSE_UNDO_MS = 6000;

interface Props {
  notice: CardNotice;
  onUndoMute: (muteKey: string) => void;
  onConfirmPause: () => void;
  onCancelPause: () => void;
}

const RESUME_WHERE = 'Tact’s toolbar button → Settings';

export function CardNoticeBlock({ notice, onUndoMute, onConfirmPause, onCancelPause }: Props) {
  if (notice.kind === 'muted') {
    return (
      <div class="tact-notice" role="status">
        <p>
          Tact no longer flags {notice.label}, on any site. Turn it back on in {RESUME_WHERE} → Muted.
        </p>
        <button type="button" class="tact-action tact-undo" onClick={() => onUndoMute(notice.muteKey)}>
          Undo
        </button>
      </div>
    );
  }
  if (notice.kind === 'pause-confirm') {
    return (
      <div class="tact-notice" role="group" aria-label="Pause Tact on this site">
        <p>
          Stop coaching on {notice.site} until you resume it? You can resume in {RESUME_WHERE} → Paused sites.
        </p>
        <button type="button" class="tact-action tact-confirm-pause" onClick={onConfirmPause}>
          Pause until I resume
        </button>{' '}
        <button type="button" class="tact-action tact-cancel-pause" onClick={onCancelPause}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div class="tact-notice" role="status">
      <p>
        Pausing on {notice.site} until you resume it ({RESUME_WHERE} → Paused sites).
      </p>
      <button type="button" class="tact-action tact-undo" onClick={onCancelPause}>
        Undo
      </button>
    </div>
  );
}
