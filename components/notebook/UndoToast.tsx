import { i18n } from '@/runtime/i18n';
import { useEffect } from 'preact/hooks';

interface Props {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
  ms?: number;
}

/** A few seconds to take back a delete; after that the toast goes and the delete stands. */
export function UndoToast({ message, onUndo, onExpire, ms = 6000 }: Props) {
  useEffect(() => {
    const t = setTimeout(onExpire, ms);
    return () => clearTimeout(t);
  }, [message]);
  return (
    <div class="toast" role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        {i18n.t('notice.undo')}
      </button>
    </div>
  );
}
