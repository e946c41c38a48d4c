import { registerBackgroundHandlers } from '@/runtime/background-handlers';
import { registerSitePermissionHandlers } from '@/runtime/site-permission-handlers';

export default defineBackground(() => {
  registerBackgroundHandlers();
  registerSitePermissionHandlers();
});
