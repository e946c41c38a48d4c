import { registerNotebookHandlers } from '@/lib/messaging/register-notebook-handlers';
export default defineBackground(() => {
  // Notebook and site-permission handlers are registered here as they land.
  registerNotebookHandlers();
});
