import { i18n } from '@/runtime/i18n';
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

export function CardNoticeBlock({ notice, onUndoMute, onConfirmPause, onCancelPause }: Props) {
  if (notice.kind === 'muted') {
    return (
      <div class="tact-notice" role="status">
        <p>{i18n.t('notice.muted', [notice.label])}</p>
        <button type="button" class="tact-action tact-undo" onClick={() => onUndoMute(notice.muteKey)}>
          {i18n.t('notice.undo')}
        </button>
      </div>
    );
  }
  if (notice.kind === 'pause-confirm') {
    return (
      <div class="tact-notice" role="group" aria-label={i18n.t('notice.pauseLabel')}>
        <p>{i18n.t('notice.pauseConfirm', [notice.site])}</p>
        <button type="button" class="tact-action tact-confirm-pause" onClick={onConfirmPause}>
          {i18n.t('notice.pauseUntil')}
        </button>{' '}
        <button type="button" class="tact-action tact-cancel-pause" onClick={onCancelPause}>
          {i18n.t('notice.cancel')}
        </button>
      </div>
    );
  }
  return (
    <div class="tact-notice" role="status">
      <p>{i18n.t('notice.paused', [notice.site])}</p>
      <button type="button" class="tact-action tact-undo" onClick={onCancelPause}>
        {i18n.t('notice.undo')}
      </button>
    </div>
  );
}
