// The only code that touches the browser's messaging API. Every channel of lib/messaging/protocol.ts
// goes through here: one sender check, one reply shape ({ ok, data | error }), one validator per type.
import { browser } from 'wxt/browser';
import { answerMessage, unwrapReply } from '@/lib/messaging/answer';
import type { Handlers, MessageType, Req, Res } from '@/lib/messaging/protocol';

/** Send to the background (or, from the background, to the extension's pages). */
export async function send<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  return unwrapReply(type, await browser.runtime.sendMessage({ type, payload }));
}

/** Send to the content script in one tab's frame (the top frame by default). */
export async function sendToTab<K extends MessageType>(tabId: number, type: K, payload: Req<K>, frameId = 0): Promise<Res<K>> {
  return unwrapReply(type, await browser.tabs.sendMessage(tabId, { type, payload }, { frameId }));
}

/** Messages from anywhere but Tact itself (another extension) are refused, on every channel. */
const fromTact = (sender: { id?: string }) => !sender.id || sender.id === browser.runtime.id;

/**
 * Answer the message types this context owns; every other message is left to other listeners.
 * Replies go through sendResponse + `return true`: a returned Promise is ignored by WXT's fakeBrowser
 * and by Chrome before 144. Returns the function that removes the listener (for ctx.onInvalidated).
 */
export function listen(handlers: Partial<Handlers>): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    if (!fromTact(sender)) {
      sendResponse({ ok: false, error: `${type}: Tact accepts messages from Tact only` });
      return undefined;
    }
    void answerMessage(message, handlers).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
