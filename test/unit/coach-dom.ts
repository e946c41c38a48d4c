import { parseHTML } from 'linkedom';

/**
 * A DOM built from markup for adapter and draft-reading tests. linkedom (a WXT dependency) is a
 * fast, layout-free DOM: enough for selectors and text nodes; geometry is tested in e2e.
 */
export function domFrom(body: string, url = 'https://example.org/'): Document {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  Object.defineProperty(document, 'location', { value: new URL(url), configurable: true });
  return document as unknown as Document;
}
