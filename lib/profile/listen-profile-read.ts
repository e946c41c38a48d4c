import { browser } from 'wxt/browser';
import { PROFILE_READ } from '../messaging/protocol';
import { readProfile } from './read-profile';

/**
 * Content-script glue for the popup's "Add from this page": answers `{ type: 'profile.read' }` with the profile
 * on this page (or null) and ignores every other message. Returns a function that removes the listener, for
 * `ctx.onInvalidated` when the extension reloads.
 */
export function listenForProfileRead(doc: Document = document, getUrl: () => string = () => location.href): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== PROFILE_READ) return undefined;
    try {
      sendResponse(readProfile(doc, new URL(getUrl())));
    } catch {
      sendResponse(null); // a page we cannot read is "no profile here", never an error thrown into the page
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
