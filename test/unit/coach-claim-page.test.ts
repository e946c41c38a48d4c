import { afterEach, describe, expect, test, vi } from 'vitest';
import { claimPage, COACH_MARKER } from '@/entrypoints/coach.content/claim-page';
import { domFrom } from './coach-dom';

// One coach per page, however often its script is injected (issue 12 review: Firefox starts the
// manifest's scripts in open tabs on install and update, and Tact re-injects them too).

/** A content script's context as the coach uses it: valid until invalidated. */
function context() {
  const listeners: (() => void)[] = [];
  let valid = true;
  return {
    get isValid() {
      return valid;
    },
    onInvalidated(cb: () => void) {
      listeners.push(cb);
      return () => undefined;
    },
    /** The extension went away under the script (Chromium: orphaned), before anything told it. */
    orphan: () => void (valid = false),
    invalidate() {
      valid = false;
      for (const cb of listeners) cb();
    },
  };
}

function page(): Document {
  const doc = domFrom('<main><textarea></textarea><div id="shadow-host"></div></main>', 'https://x.com/home');
  // linkedom dispatches only its own Event class; a browser's global Event is the page's.
  vi.stubGlobal('Event', (doc.defaultView as unknown as { Event: typeof Event }).Event);
  return doc;
}
afterEach(() => void vi.unstubAllGlobals());

describe('one coach per page', () => {
  test('a second injection while a coach is live stands down; once that coach stops, the next one starts', () => {
    const doc = page();
    const first = context();
    expect(claimPage(doc, first)).toBe(true);
    expect(doc.documentElement.hasAttribute(COACH_MARKER)).toBe(true);
    expect(claimPage(doc, context())).toBe(false);
    first.invalidate();
    expect(doc.documentElement.hasAttribute(COACH_MARKER)).toBe(false);
    expect(claimPage(doc, context())).toBe(true);
  });

  test('a coach whose extension went away (orphaned) does not hold the page', () => {
    const doc = page();
    const old = context();
    claimPage(doc, old);
    old.orphan();
    expect(claimPage(doc, context())).toBe(true);
  });

  test('a coach whose script was unloaded (Firefox on update): its badges, even in shadow roots, are removed', () => {
    const doc = page();
    // What an unloaded coach leaves: the marker nobody answers for, and its badge hosts.
    doc.documentElement.setAttribute(COACH_MARKER, '');
    doc.querySelector('textarea')!.after(doc.createElement('tact-coach'));
    const shadow = doc.getElementById('shadow-host')!.attachShadow({ mode: 'open' });
    shadow.append(doc.createElement('tact-coach'));
    expect(claimPage(doc, context())).toBe(true);
    expect(doc.querySelectorAll('tact-coach').length).toBe(0);
    expect(shadow.querySelectorAll('tact-coach').length).toBe(0);
    expect(doc.querySelector('textarea')).not.toBeNull();
  });
});
