import { getDb } from '@/lib/db/schema';
import { registerBackgroundHandlers } from '@/runtime/background-handlers';
import { watchInstalled } from '@/runtime/reinject-coach';
import { trackStorageFull } from '@/runtime/storage-health';
import { registerSitePermissionHandlers } from '@/runtime/site-permission-handlers';
import { watchDueBadge } from '@/runtime/toolbar-badge';
import { watchRemoteSync } from '@/runtime/sync-driver';

export default defineBackground(() => {
  trackStorageFull(getDb());
  registerBackgroundHandlers();
  registerSitePermissionHandlers();
  watchInstalled();
  watchDueBadge(getDb());
  watchRemoteSync(getDb());
});
