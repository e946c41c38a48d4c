import { registerBackgroundHandlers } from '@/runtime/background-handlers';
import { registerSitePermissionHandlers } from '@/runtime/site-permission-handlers';
import { getDb } from '@/lib/db/schema';
import { watchRemoteSync } from '@/runtime/sync-driver';

export default defineBackground(() => {
  registerBackgroundHandlers();
  registerSitePermissionHandlers();
  watchRemoteSync(getDb());
});
