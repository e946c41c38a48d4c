import type { Visibility, SendSpec } from '../composers/types';
import { firstOf, person, scopeOf, selectorAdapter, textOf } from '../composers/dom';
import type { NetworkDef, ProfileSpec } from './types';

// Facebook and Messenger both use Lexical; aria-labels are the stable part (class names are hashed).
const LEX = '[data-lexical-editor="true"]';
const composers = [
  // Create-post dialog: "What's on your mind, <Name>?"; groups say "Create a public post…" / "Write something…".
  { css: `${LEX}[aria-label*="on your mind" i]`, kind: 'post' },
  { css: `[role="dialog"] ${LEX}[aria-label^="Create a public post" i]`, kind: 'post' },
  { css: `[role="dialog"] ${LEX}[aria-label^="Write something" i]`, kind: 'post' },
  // Comment boxes: "Write a comment…", "Comment as <Name>"; reply boxes name the target.
  { css: `${LEX}[aria-label^="Write a comment" i]`, kind: 'comment' },
  { css: `${LEX}[aria-label^="Comment as" i]`, kind: 'comment' },
  { css: `${LEX}[aria-label^="Reply to" i]`, kind: 'reply' },
  { css: `${LEX}[aria-label^="Write a reply" i]`, kind: 'reply' },
  // Messenger (messenger.com, facebook.com/messages) and chat heads.
  { css: `[role="textbox"][contenteditable="true"][aria-label="Message" i]`, kind: 'dm' },
  { css: `[role="textbox"][contenteditable="true"][aria-label^="Message " i]`, kind: 'dm' },
] as const;

function visibility(scope: ParentNode): Visibility | undefined {
  const btn = firstOf(scope, ['[role="button"][aria-label^="Edit privacy" i]', '[aria-label^="Sharing with" i]']);
  const label = `${btn?.getAttribute('aria-label') ?? ''} ${textOf(btn) ?? ''}`.toLowerCase();
  if (/public/.test(label)) return 'public';
  if (/only me/.test(label)) return 'only-me';
  if (/friends/.test(label)) return 'friends';
  return undefined;
}

// Send controls (issue 10). Facebook's buttons are divs with role=button and an aria-label; the
// post dialog's "Post" (older: "Next" then "Post"), comment boxes' submit (newer: the
// #focused-state-composer-submit id), and Messenger's "Press enter to send" (older: "Send").
// Enter sends comments, replies and messages; in the post dialog it is a new line.
const sends: SendSpec = {
  controls: [
    { css: '[role="dialog"] [role="button"][aria-label="Post" i]' },
    { css: '#focused-state-composer-submit' },
    { css: '[role="button"][aria-label="Comment" i]' },
    { css: '[role="button"][aria-label="Press enter to send" i]' },
    { css: '[role="button"][aria-label="Send" i]' },
  ],
  scopes: ['[role="dialog"]', 'form', '[role="article"]', '[role="main"]'],
  enterSends: ['comment', 'reply', 'dm'],
};

export const facebookAdapter = selectorAdapter({
  network: 'facebook',
  sends,
  composers,
  audience: ({ editor, kind }, doc) => {
    const label = editor.getAttribute('aria-label') ?? '';
    if (kind === 'reply') {
      const m = /^Reply to (.+?)(?:…|\.\.\.)?$/i.exec(label);
      return { kind, target: person(m?.[1]?.trim()) };
    }
    if (kind === 'dm') {
      // Chat heads are dialogs labelled with the person; the full Messenger page names them in a heading.
      const chat = editor.closest('[role="dialog"][aria-label], [aria-label^="Chat with" i]');
      const fromChat = chat?.getAttribute('aria-label')?.replace(/^Chat with /i, '');
      const main = editor.closest('[role="main"]') ?? doc;
      const name = fromChat || textOf(firstOf(main, ['[role="main"] h1', 'h1', 'h2']));
      return { kind, target: person(name) };
    }
    return { kind, visibility: kind === 'post' ? visibility(scopeOf(editor)) : undefined };
  },
});

// First path segments that are app pages, not people.
const reserved = new Set([
  'home.php',
  'groups',
  'events',
  'marketplace',
  'watch',
  'messages',
  'notifications',
  'settings',
  'pages',
  'gaming',
  'friends',
  'bookmarks',
  'login',
  'help',
  'photo',
  'photo.php',
  'story.php',
  'permalink.php',
  'reel',
  'search',
  'hashtag',
  'share',
]);

// No profile URL from a handle: what Tact reads on Facebook is a display name, not a vanity path.
const profile: ProfileSpec = {
  // /profile.php?id=<number> or /<vanity>
  handleFromUrl: (u) => {
    if (u.pathname === '/profile.php') return u.searchParams.get('id');
    const m = u.pathname.match(/^\/([A-Za-z0-9.]{3,80})\/?$/);
    return m && !reserved.has(m[1].toLowerCase()) ? m[1] : null;
  },
  profileSearch: (u, handle) => (u.pathname === '/profile.php' ? `?id=${handle}` : ''),
  // /<vanity> or profile.php?id=: the only h1 in main is the person's name.
  page: { name: ['[role="main"] h1', 'h1'], headline: [] },
};

// Friends by mutual consent; Messenger shares the same social graph, so it is one network here.
export const facebook: NetworkDef = {
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*', 'https://www.messenger.com/*'],
  optIn: false,
  model: 'permission',
  defaultNorm: 'social',
  testUrls: ['https://www.facebook.com/', 'https://web.facebook.com/groups/123', 'https://www.messenger.com/t/100012345'],
  composer: facebookAdapter,
  profile,
};
