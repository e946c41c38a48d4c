import type { SendSpec } from '../composers/types';
import { firstOf, handleFromHref, person, selectorAdapter, textOf } from '../composers/dom';
import type { NetworkDef, ProfileSpec } from './types';

// Instagram: comments are React textareas, DMs a Lexical box with spellcheck=false (so never key on spellcheck).
const composers = [
  { css: 'form textarea[aria-label^="Add a comment" i]', kind: 'comment' },
  { css: 'textarea[placeholder^="Add a comment" i]', kind: 'comment' },
  // New-post dialog caption.
  { css: '[role="dialog"] [role="textbox"][contenteditable="true"][aria-label^="Write a caption" i]', kind: 'post' },
  // Direct messages (/direct/t/<id>).
  { css: '[role="textbox"][contenteditable="true"][aria-label="Message" i]', kind: 'dm' },
  { css: '[role="textbox"][contenteditable="true"][aria-placeholder^="Message" i]', kind: 'dm' },
] as const;

// Send controls (issue 10). Instagram's buttons carry no testid: the comment form's "Post" is a
// submit button (older: a role=button div), the DM's "Send" a role=button div; both are told by
// their words. Enter posts a comment and sends a message; a new caption's Share is in the dialog.
const sends: SendSpec = {
  controls: [
    { css: 'form button[type="submit"]' },
    { css: 'form [role="button"]', text: /^Post$/i },
    { css: '[role="button"]', text: /^Send$/i },
    { css: '[role="dialog"] [role="button"]', text: /^Share$/i },
  ],
  scopes: ['form', '[role="dialog"]', '[role="main"]', 'main'],
  enterSends: ['comment', 'dm'],
};

export const instagramAdapter = selectorAdapter({
  network: 'instagram',
  sends,
  composers,
  audience: ({ editor, kind }, doc) => {
    if (kind !== 'dm') return { kind };
    // The thread header links to the other person's profile: /<username>/.
    const main = editor.closest('[role="main"]') ?? doc;
    const link = firstOf(main, ['header a[href^="/"][role="link"]', 'header a[href^="/"]', 'a[aria-label^="Open the profile" i]']);
    const name = textOf(firstOf(main, ['header h2', 'header [dir="auto"]'])) ?? textOf(link);
    return { kind, target: person(name, handleFromHref(link?.getAttribute('href'))) };
  },
});

// First path segments that are app pages, not users (instagram.com/explore/…).
const reserved = new Set(['explore', 'direct', 'accounts', 'reels', 'reel', 'p', 'stories', 'tv', 'about', 'legal', 'developer']);

const profile: ProfileSpec = {
  // /<user>/ (usernames: letters, digits, dot, underscore)
  handleFromUrl: (u) => {
    const m = u.pathname.match(/^\/([A-Za-z0-9._]{1,30})\/?$/);
    return m && !reserved.has(m[1].toLowerCase()) ? m[1] : null;
  },
  urlForHandle: (h) => `https://www.instagram.com/${encodeURIComponent(h)}/`,
  // /<user>/: the header's section h2/h1 and the bio span.
  page: {
    name: ['header section span[dir="auto"]', 'header h2', 'header h1'],
    headline: ['header section h1', 'header section > div span'],
  },
};

// Follow without consent, but the audience treats it as a friends-and-family feed.
export const instagram: NetworkDef = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  optIn: false,
  model: 'viral',
  defaultNorm: 'social',
  testUrls: ['https://www.instagram.com/p/C0abc/', 'https://www.instagram.com/direct/t/1234/'],
  composer: instagramAdapter,
  profile,
};
