import type { NetworkId } from '../networks/types';
import type { ComposerAdapter, FoundComposer, SendSpec } from './types';
import { isEditorRoot } from './dom';
import { typelessButtonSends } from './typeless-send';

// Opt-in sites (forums, blogs, MySpace, Yammer…): any textarea or contenteditable root the user
// can type prose into. Search boxes and single-line comboboxes are not prose.
const CANDIDATES = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

function isProseField(el: Element): el is HTMLElement {
  if (!isEditorRoot(el)) return false;
  if (el.getAttribute('role') === 'combobox' || el.getAttribute('role') === 'searchbox') return false;
  if (el.closest('tact-coach')) return false;
  if (el.tagName === 'TEXTAREA') {
    return !el.hasAttribute('readonly') && !el.hasAttribute('disabled') && el.getAttribute('aria-hidden') !== 'true';
  }
  return true;
}

// A form's own submit is the only send control Tact can name on an unknown site: an explicit
// type=submit, or a typeless button that says it sends (typeless-send.ts; most are toolbar buttons).
// Enter is left alone: a textarea takes it as a new line.
const sends: SendSpec = {
  controls: [
    { css: 'form button[type="submit" i]' },
    { css: 'form input[type="submit" i]' },
    { css: 'form button:not([type])', accept: typelessButtonSends },
  ],
  scopes: ['form'],
  enterSends: [],
};

export function genericAdapter(network: NetworkId): ComposerAdapter {
  return {
    network,
    sends,
    find(doc) {
      const out: FoundComposer[] = [];
      for (const el of doc.querySelectorAll(CANDIDATES)) if (isProseField(el)) out.push({ editor: el, kind: 'comment' });
      return out;
    },
    anchor: (editor) => editor,
    audience: ({ kind }) => ({ kind, mentions: [] }),
  };
}
