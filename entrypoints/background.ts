import { registerNotebookHandlers } from '@/lib/messaging/register-notebook-handlers';
import { registerSitePermissionHandlers } from '@/lib/permissions';
export default defineBackground(() => {
  // Notebook and site-permission handlers are registered here as they land.
  registerNotebookHandlers();
  registerSitePermissionHandlers();
});
