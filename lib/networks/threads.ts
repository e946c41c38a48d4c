import type { SendSpec } from '../composers/types';
import { person, selectorAdapter } from '../composers/dom';
import type { NetworkDef, ProfileSpec } from './types';

// Threads (threads.net / threads.com): Lexical-like textboxes; replies open in a dialog whose
// placeholder names the author ("Reply to jane…").
const kindOf = (el: HTMLElement) => (/^reply to/i.test(placeholder(el)) ? 'reply' : 'post');
const placeholder = (el: HTMLElement) =>
  el.getAttribute('aria-placeholder') ?? el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? '';

const composers = [
  { css: '[role="dialog"] [role="textbox"][contenteditable="true"]', kind: kindOf },
  { css: '[role="textbox"][contenteditable="true"][aria-placeholder]', kind: kindOf },
] as const;

// Send controls (issue 10). Threads hashes its classes: the composer's "Post" (older reply dialogs:
// "Reply") is a role=button div told by its words. Enter is a new line.
const sends: SendSpec = {
  controls: [{ css: '[role="button"]', text: /^(Post|Reply)$/i }],
  scopes: ['[role="dialog"]', '[role="main"]'],
  enterSends: [],
};

export const threadsAdapter = selectorAdapter({
  network: 'threads',
  sends,
  composers,
  audience: ({ editor, kind }) => {
    if (kind !== 'reply') return { kind };
    const m = /^reply to @?([\w.]+)/i.exec(placeholder(editor));
    return { kind, target: person(undefined, m?.[1]) };
  },
});

const profile: ProfileSpec = {
  handleFromUrl: (u) => u.pathname.match(/^\/@([A-Za-z0-9._]{1,30})\/?$/)?.[1] ?? null,
  urlForHandle: (h) => `https://www.threads.net/@${encodeURIComponent(h)}`,
  page: { name: ['h1', 'h2'], headline: [] },
};

// Meta moved Threads from threads.net to threads.com in 2025; both still serve the app.
export const threads: NetworkDef = {
  id: 'threads',
  name: 'Threads',
  matches: ['https://www.threads.net/*', 'https://www.threads.com/*'],
  optIn: false,
  model: 'viral',
  defaultNorm: 'social',
  testUrls: ['https://www.threads.net/@someone', 'https://www.threads.com/@someone/post/abc'],
  composer: threadsAdapter,
  profile,
};
