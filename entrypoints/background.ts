import { registerNotebookHandlers } from '@/lib/messaging/register-notebook-handlers';
import { registerSitePermissionHandlers } from '@/lib/permissions';
import { registerClassifyHandler } from '@/lib/composers/classify-remote';
export default defineBackground(() => {
  // Notebook and site-permission handlers are registered here as they land.
  registerNotebookHandlers();
  registerSitePermissionHandlers();
  registerClassifyHandler();
});
