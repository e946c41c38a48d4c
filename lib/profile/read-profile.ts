// Reads the person a profile page shows: name, handle, headline. Pure apart from reading the given
// Document (no globals), so tests pass a parsed fixture. Selectors live in each network's module.
import type { PageProfile } from '../messaging/protocol';
import { getNetwork } from '../networks';
import { profileFromUrl } from './profile-url';

function firstText(doc: Document, list: readonly string[], max: number): string {
  for (const sel of list) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(sel);
    } catch {
      continue; // a selector this DOM implementation cannot parse: try the next one
    }
    const text = el?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, max);
  }
  return '';
}

/** The profile shown on this page, or null when the page is not a person's profile Tact can read. */
export function readProfile(doc: Document, url: URL): PageProfile | null {
  const ref = profileFromUrl(url);
  if (!ref) return null;
  const spec = getNetwork(ref.network)?.profile;
  const sel = spec?.page;
  if (!sel) return null;
  const handle = spec.handleOnPage?.(doc, url) ?? ref.handle;
  const name = firstText(doc, sel.name, 300) || handle;
  const headline = firstText(doc, sel.headline, 500);
  return { network: ref.network, handle, name, ...(headline ? { headline } : {}), profileUrl: ref.profileUrl };
}
