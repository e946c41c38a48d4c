import type { Visibility, SendSpec } from '../composers/types';
import { firstOf, handleFromHref, person, scopeOf, selectorAdapter, textOf } from '../composers/dom';
import type { NetworkDef, ProfileSpec } from './types';

// Composer DOM as of 2025-26 (the shape test/fixtures/sites/linkedin/ reproduces). LinkedIn hashes class names in newer
// layouts, so role/aria alternatives come after the classic class names.
// Order matters: an editor is claimed by the first selector that finds it, and LinkedIn gives comment
// boxes the same "Text editor for creating content" label as the share box, so comments come first.
const commentKind = (el: HTMLElement) => (el.closest('.comments-comment-item, .comments-comment-entity') ? 'reply' : 'comment');
const composers = [
  // Comment and reply boxes under feed posts (Quill); a box inside a comment replies to it.
  { css: '.comments-comment-box__form .ql-editor', kind: commentKind },
  { css: '[contenteditable="true"][aria-placeholder*="Add a comment" i]', kind: commentKind },
  { css: '[contenteditable="true"][aria-placeholder*="Add a reply" i]', kind: 'reply' },
  // Messaging page and overlay bubbles.
  { css: 'div.msg-form__contenteditable[contenteditable="true"]', kind: 'dm' },
  { css: '[role="textbox"][contenteditable="true"][aria-label^="Write a message" i]', kind: 'dm' },
  // Invitation note: a private message to the invitee.
  { css: 'textarea#custom-message', kind: 'dm' },
  // Share box dialog, classic layout (Quill).
  { css: '.share-creation-state__text-editor .ql-editor', kind: 'post' },
  // Share box, hashed-class layout: only role and the aria-label survive.
  { css: '.ql-editor[role="textbox"][aria-label*="creating content" i]', kind: 'post' },
] as const;

const recipientName = [
  '.msg-entity-lockup__entity-title', // messaging page header
  '.msg-thread__title',
  '.msg-overlay-bubble-header__title', // overlay bubble
  'h2.msg-overlay-bubble-header__title',
  '.msg-overlay-bubble-header dt',
];

function visibility(scope: ParentNode): Visibility | undefined {
  const btn = firstOf(scope, ['.share-unified-settings-entry-button', 'button[aria-label*="Post to" i]', '[data-test-share-visibility]']);
  const label = `${btn?.getAttribute('aria-label') ?? ''} ${textOf(btn) ?? ''}`.toLowerCase();
  if (/anyone|public/.test(label)) return 'public';
  if (/connections/.test(label)) return 'connections';
  return undefined;
}

// Send controls (issue 10): the share box's primary action (hashed layouts keep the aria-label),
// comment boxes' submit (classic and "--cr" redesign), messaging's send button. Enter sends in
// messaging when "Press Enter to Send" is on, LinkedIn's default on desktop [U]; posts and comments
// take Enter as a new line.
const sends: SendSpec = {
  controls: [
    { css: 'button.share-actions__primary-action' },
    { css: '[role="dialog"] button', text: /^Post$/i },
    { css: 'button.comments-comment-box__submit-button' },
    { css: 'button.comments-comment-box__submit-button--cr' },
    { css: 'button.msg-form__send-button' },
    { css: '.msg-form button[type="submit"]' },
  ],
  scopes: ['[role="dialog"]', '.msg-form', '.comments-comment-box__form', 'form', '.feed-shared-update-v2'],
  enterSends: ['dm'],
};

export const linkedinAdapter = selectorAdapter({
  network: 'linkedin',
  sends,
  composers,
  anchor: (editor) => editor.closest('.ql-container, .msg-form__msg-content-container') ?? editor,
  audience: ({ editor, kind }, doc) => {
    if (kind === 'dm') {
      const scope = scopeOf(editor, ['.msg-overlay-conversation-bubble', '.msg-convo-wrapper', '.artdeco-modal']);
      const nameEl = firstOf(scope, recipientName) ?? firstOf(doc, recipientName);
      const link = nameEl?.closest('a') ?? (scope as Element).querySelector?.('a[href*="/in/"]');
      return { kind, target: person(textOf(nameEl), handleFromHref(link?.getAttribute('href'), '/in/')) };
    }
    if (kind === 'reply') {
      const item = editor.closest('.comments-comment-item, .comments-comment-entity');
      const author = item?.querySelector('.comments-post-meta__name-text, .comments-comment-meta__description-title');
      const link = item?.querySelector('a[href*="/in/"]');
      return { kind, target: person(textOf(author), handleFromHref(link?.getAttribute('href'), '/in/')) };
    }
    return { kind, visibility: kind === 'post' ? visibility(scopeOf(editor)) : undefined };
  },
});

const profile: ProfileSpec = {
  // /in/<slug>/ (public profile URL since 2012); /in/<slug>/overlay/… still names the same person.
  handleFromUrl: (u) => u.pathname.match(/^\/in\/([^/]+)/)?.[1] ?? null,
  urlForHandle: (h) => `https://www.linkedin.com/in/${encodeURIComponent(h)}/`,
  // /in/<slug>/ (2024–2026 layouts): the top card's h1 and the headline under it.
  page: { name: ['main h1', 'h1'], headline: ['.text-body-medium.break-words', '[data-generated-suggestion-target] + div'] },
};

// Connections by consent, for work: the one big network where prices and offers are expected.
export const linkedin: NetworkDef = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  optIn: false,
  model: 'permission',
  defaultNorm: 'market',
  testUrls: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/messaging/thread/2-abc/', 'https://www.linkedin.com/in/someone/'],
  composer: linkedinAdapter,
  profile,
};
