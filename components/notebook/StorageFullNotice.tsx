import { useEffect, useState } from 'preact/hooks';
import { i18n } from '@/runtime/i18n';
import { watchStorageFull } from '@/runtime/storage-health';

/**
 * Says so while the browser refuses Tact's writes for lack of room, whoever's write it was (this popup's, or the
 * background's coaching record), and goes away by itself after the next write that succeeds.
 */
export function StorageFullNotice() {
  const [full, setFull] = useState(false);
  useEffect(() => watchStorageFull(setFull), []);
  if (!full) return null;
  return (
    <p class="notice storage-full" role="status">
      {i18n.t('faults.storageFullBanner')}
    </p>
  );
}
