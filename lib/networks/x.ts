import type { Visibility, SendSpec } from '../composers/types';
import { firstOf, handleFromHref, person, scopeOf, selectorAdapter, textOf } from '../composers/dom';
import type { NetworkDef, ProfileSpec } from './types';

// X keeps data-testid attributes stable across redesigns; classes are hashed, so none are used.
const isReply = (el: HTMLElement, url: URL) => {
  const dialog = el.closest('[role="dialog"]');
  if (dialog) return dialog.querySelector('article[data-testid="tweet"]') ? 'reply' : 'post';
  return /\/status\/\d+/.test(url.pathname) ? 'reply' : 'post';
};

const composers = [
  // Draft.js post/reply editor; threads number the boxes tweetTextarea_0, _1…
  { css: '[data-testid^="tweetTextarea_"][contenteditable="true"]', kind: isReply },
  { css: '.DraftEditor-root [data-testid^="tweetTextarea_"]', kind: isReply },
  // Some mobile compose pages fall back to a plain textarea.
  { css: 'textarea[data-testid^="tweetTextarea_"]', kind: isReply },
  // DMs (/messages and the newer /i/chat).
  { css: 'textarea[data-testid="dm-composer-textarea"]', kind: 'dm' },
  { css: '[data-testid="dmComposerTextInput"]', kind: 'dm' },
] as const;

function visibility(scope: ParentNode): Visibility | undefined {
  const label = textOf(scope.querySelector('[aria-label="Choose audience"]'))?.toLowerCase();
  if (!label) return undefined;
  return /everyone/.test(label) ? 'public' : /circle|community/.test(label) ? 'friends' : undefined;
}

function authorOf(article: Element | null) {
  const box = article?.querySelector('[data-testid="User-Name"]');
  if (!box) return undefined;
  const handle = [...box.querySelectorAll('a[href^="/"]')]
    .map((a) => handleFromHref(a.getAttribute('href')))
    .find((h) => h && !h.includes('status'));
  return person(textOf(box.querySelector('span')), handle);
}

// Send controls (issue 10). data-testids survive X's redesigns: the inline box's button, the
// compose dialog's, and the chat's. Enter sends in chat only; in posts it is a new line.
const sends: SendSpec = {
  controls: [
    { css: '[data-testid="tweetButtonInline"]' },
    { css: '[data-testid="tweetButton"]' },
    { css: '[data-testid="dmComposerSendButton"]' },
    // Older /messages layout, before the data-testid: the send button's label.
    { css: '[data-testid="DmActivityContainer"] [role="button"][aria-label="Send" i]' },
  ],
  scopes: ['[role="dialog"]', '[data-testid="DmActivityContainer"]', '[data-testid="primaryColumn"]', 'main'],
  enterSends: ['dm'],
};

export const xAdapter = selectorAdapter({
  network: 'x',
  sends,
  composers,
  anchor: (editor) => editor.closest('.DraftEditor-root') ?? editor,
  audience: ({ editor, kind }, doc) => {
    if (kind === 'dm') {
      const header = firstOf(doc, ['[data-testid="dm-conversation-header"]', '[data-testid="DmActivityContainer"] header']);
      const name = textOf(firstOf(doc, ['[data-testid="dm-conversation-username"]'])) ?? textOf(header?.querySelector('span'));
      const link = header?.querySelector('a[href^="/"]');
      return { kind, target: person(name, handleFromHref(link?.getAttribute('href'))) };
    }
    const scope = scopeOf(editor);
    if (kind === 'reply') {
      const article =
        (scope as Element).querySelector?.('article[data-testid="tweet"]') ?? doc.querySelector('article[data-testid="tweet"]');
      return { kind, target: authorOf(article) };
    }
    return { kind, visibility: visibility(scope) };
  },
});

// First path segments that are app pages, not users (x.com/home, x.com/explore…).
const reserved = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'search',
  'settings',
  'compose',
  'login',
  'signup',
  'tos',
  'privacy',
  'hashtag',
  'intent',
  'share',
]);

const profile: ProfileSpec = {
  // /<handle> and /<handle>/with_replies etc.; handles are 1–15 word characters.
  handleFromUrl: (u) => {
    const m = u.pathname.match(/^\/([A-Za-z0-9_]{1,15})(?:\/(?:with_replies|media|likes|highlights|articles)?)?\/?$/);
    return m && !reserved.has(m[1].toLowerCase()) ? m[1] : null;
  },
  urlForHandle: (h) => `https://x.com/${encodeURIComponent(h)}`,
  // Profile header: display name block, then the bio.
  page: {
    name: ['[data-testid="UserName"] span', '[data-testid="UserProfileHeader_Items"] ~ div span'],
    headline: ['[data-testid="UserDescription"]'],
  },
};

// The essays' model of a viral, hybrid network: followers include friends and customers alike.
export const x: NetworkDef = {
  id: 'x',
  name: 'X (Twitter)',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*', 'https://mobile.x.com/*'],
  optIn: false,
  model: 'viral',
  defaultNorm: 'hybrid',
  testUrls: ['https://x.com/home', 'https://twitter.com/someone/status/1', 'https://mobile.x.com/i/chat'],
  composer: xAdapter,
  profile,
};
