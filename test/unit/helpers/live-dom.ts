import { render } from 'preact';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, vi } from 'vitest';
import { createDb, type TactDb } from '@/lib/db';

export interface LiveDom {
  doc: Document;
  root: HTMLElement;
  db: TactDb;
}

/**
 * A fresh parsed page and a fresh notebook database for each test of a liveQuery view; `use` receives
 * them before each test. The page is unmounted afterwards so no live query outlives its test.
 */
export function setUpLiveDom(dbPrefix: string, use: (dom: LiveDom) => void): void {
  let k = 0;
  let root: HTMLElement | undefined;
  beforeEach(() => {
    const doc = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>').document as unknown as Document;
    vi.stubGlobal('document', doc);
    root = doc.getElementById('root')!;
    use({ doc, root, db: createDb(`${dbPrefix}-${k++}`) });
  });
  afterEach(() => {
    if (root) render(null, root);
    vi.unstubAllGlobals();
  });
}

/** Waits for the view to catch up (no fixed delay); the bound only ends a test that would never pass. */
export async function until(check: () => boolean): Promise<boolean> {
  const end = Date.now() + 30_000;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
  return check();
}
