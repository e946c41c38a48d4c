import { browser } from 'wxt/browser';
import { getDb } from '../db/schema';
import { loadSettings } from '../settings/storage';
import { handleNotebookMessage } from './handlers';
import { isNotebookMessage } from './validate';

/**
 * Called once by the background: answers notebook.* messages from our own content scripts and pages.
 * Replies go through sendResponse + `return true` (a returned Promise is ignored by WXT's fakeBrowser and
 * by Chrome before 144), and other messages are left alone for other listeners.
 */
export function registerNotebookHandlers(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (!isNotebookMessage(message)) return undefined;
    if (sender.id && sender.id !== browser.runtime.id) {
      sendResponse({ ok: false, error: 'Notebook messages are accepted from Tact only' });
      return undefined;
    }
    const openNotebook = async (hash: string) => {
      await browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)('/popup.html') + hash });
    };
    const keepDraftText = async () => (await loadSettings()).keepDraftText === true;
    void handleNotebookMessage(message, { db: getDb(), openNotebook, keepDraftText }).then(sendResponse);
    return true;
  });
}
