import type { SendSpec } from '../composers/types';
import { firstOf, handleFromHref, person, selectorAdapter, textOf } from '../composers/dom';
import type { NetworkDef, ProfileSpec } from './types';

// Bluesky: TipTap/ProseMirror for posts and replies, a textarea for DMs. testids are stable.
const kindOf = (el: HTMLElement) => {
  const view = el.closest('[data-testid="composePostView"]');
  // A reply composer shows the parent post above the editor, linking to its author.
  return view?.querySelector('[data-testid="replyToPost"], [aria-label^="Reply to" i]') ? 'reply' : 'post';
};

const composers = [
  { css: '[data-testid="composePostView"] .ProseMirror[contenteditable]', kind: kindOf },
  { css: '[data-testid="composePostView"] [contenteditable="true"]', kind: kindOf },
  // Chat (/messages/<id>).
  { css: 'textarea[placeholder^="Write a message" i]', kind: 'dm' },
] as const;

// Send controls (issue 10): the composer's publish button (testid since 2023) and the chat's send
// button (an aria-label). Enter sends in chats; in the post composer it is a new line.
const sends: SendSpec = {
  controls: [
    { css: '[data-testid="composerPublishBtn"]' },
    { css: 'button[aria-label="Send message" i]' },
    { css: '[role="button"][aria-label="Send message" i]' },
  ],
  scopes: ['[data-testid="composePostView"]', '[role="dialog"]', '[role="main"]', 'main'],
  enterSends: ['dm'],
};

export const blueskyAdapter = selectorAdapter({
  network: 'bluesky',
  sends,
  composers,
  audience: ({ editor, kind }, doc) => {
    if (kind === 'reply') {
      const view = editor.closest('[data-testid="composePostView"]');
      const parent = view?.querySelector('[data-testid="replyToPost"], [aria-label^="Reply to" i]');
      const link = parent?.querySelector('a[href^="/profile/"]');
      return { kind, target: person(textOf(link), handleFromHref(link?.getAttribute('href'), '/profile/')) };
    }
    if (kind === 'dm') {
      const link = firstOf(doc, [
        '[data-testid="convoHeader"] a[href^="/profile/"]',
        'header a[href^="/profile/"]',
        'a[href^="/profile/"]',
      ]);
      return { kind, target: person(textOf(link), handleFromHref(link?.getAttribute('href'), '/profile/')) };
    }
    return { kind };
  },
});

const profile: ProfileSpec = {
  // /profile/<handle or did>
  handleFromUrl: (u) => u.pathname.match(/^\/profile\/([^/]+)/)?.[1] ?? null,
  urlForHandle: (h) => `https://bsky.app/profile/${encodeURIComponent(h)}`,
  page: { name: ['[data-testid="profileHeaderDisplayName"]'], headline: ['[data-testid="profileHeaderDescription"]'] },
};

// Follow-based like X, so the same mixed audience.
export const bluesky: NetworkDef = {
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*'],
  optIn: false,
  model: 'viral',
  defaultNorm: 'hybrid',
  testUrls: ['https://bsky.app/', 'https://bsky.app/profile/someone.bsky.social'],
  composer: blueskyAdapter,
  profile,
};
