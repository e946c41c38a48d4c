import { readProfile } from '@/lib/profile/read-profile';
import { listen } from '@/runtime/messaging';

/**
 * The popup's "Add from this page": answers `profile.read` with the profile on this page (or null).
 * Returns a function that removes the listener, for `ctx.onInvalidated` when the extension reloads.
 */
export function listenForProfileRead(doc: Document = document, getUrl: () => string = () => location.href): () => void {
  return listen({
    'profile.read': () => {
      try {
        return readProfile(doc, new URL(getUrl()));
      } catch {
        return null; // a page we cannot read is "no profile here", never an error thrown into the page
      }
    },
  });
}
