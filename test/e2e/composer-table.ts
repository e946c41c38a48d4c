import type { EditorKind } from './harness/editor-integrity';
import type { ComposerKind } from './harness/page-helpers';

/** One row per composer Tact must coach: where it lives, how to reach its editor, what it is. */
export interface ComposerRow {
  /** Network id as in lib/networks (the badge's data-network). */
  network: string;
  url: string;
  /** Playwright selector for the editor element (pierces open shadow roots). */
  editor: string;
  editorKind: EditorKind;
  composer: ComposerKind;
  /** Argument to window.__fixture.editorText/remount on pages with two composers. */
  slot?: string;
  /** Needs a runtime host permission before Tact runs there. */
  optIn?: boolean;
  /** The network's own send control on the fixture page (Playwright selector), and whether Enter sends (issue 10). */
  send?: { control: string; enter?: boolean };
}

export const composerRows: readonly ComposerRow[] = [
  {
    network: 'facebook',
    url: 'https://www.facebook.com/',
    editor: `[data-lexical-editor=true][aria-label^="What's on your mind"]`,
    editorKind: 'lexical',
    composer: 'post',
    slot: 'post',
    send: { control: '[role=dialog] [role=button][aria-label=Post]' },
  },
  {
    network: 'facebook',
    url: 'https://www.facebook.com/',
    editor: '[data-lexical-editor=true][aria-label^="Write a comment"]',
    editorKind: 'lexical',
    composer: 'comment',
    slot: 'comment',
    send: { control: '#focused-state-composer-submit', enter: true },
  },
  {
    network: 'facebook',
    url: 'https://www.messenger.com/t/100012345/',
    editor: '[role=textbox][aria-label=Message]',
    editorKind: 'lexical',
    composer: 'dm',
    send: { control: '[role=button][aria-label="Press enter to send"]', enter: true },
  },
  {
    network: 'instagram',
    url: 'https://www.instagram.com/direct/t/340282366/',
    editor: '[role=textbox][aria-label=Message]',
    editorKind: 'lexical',
    composer: 'dm',
    send: { control: '#send-button', enter: true },
  },
  {
    network: 'instagram',
    url: 'https://www.instagram.com/p/C0ffee123/',
    editor: 'form textarea[aria-label="Add a comment…"]',
    editorKind: 'textarea',
    composer: 'comment',
    send: { control: 'form div[role=button]', enter: true },
  },
  {
    network: 'threads',
    url: 'https://www.threads.net/',
    editor: '[role=textbox][contenteditable=true]',
    editorKind: 'lexical',
    composer: 'post',
    send: { control: '#post-button' },
  },
  {
    network: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    editor: '[role=dialog] .ql-editor[aria-label="Text editor for creating content"]',
    editorKind: 'quill',
    composer: 'post',
    slot: 'post',
    send: { control: 'button.share-actions__primary-action' },
  },
  {
    network: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    editor: '.comments-comment-box__form .ql-editor',
    editorKind: 'quill',
    composer: 'comment',
    slot: 'comment',
    send: { control: 'button.comments-comment-box__submit-button' },
  },
  {
    network: 'linkedin',
    url: 'https://www.linkedin.com/messaging/thread/2-abc123/',
    editor: 'div.msg-form__contenteditable[role=textbox]',
    editorKind: 'contenteditable',
    composer: 'dm',
    send: { control: 'button.msg-form__send-button', enter: true },
  },
  {
    network: 'x',
    url: 'https://x.com/home',
    editor: '[data-testid=tweetTextarea_0]',
    editorKind: 'draft',
    composer: 'post',
    send: { control: '[data-testid=tweetButtonInline]' },
  },
  {
    network: 'x',
    url: 'https://x.com/samlopez/status/1790000000000000000',
    editor: '[data-testid=tweetTextarea_0]',
    editorKind: 'draft',
    composer: 'reply',
    send: { control: '[data-testid=tweetButtonInline]' },
  },
  {
    network: 'x',
    url: 'https://x.com/i/chat/123-456',
    editor: 'textarea[data-testid=dm-composer-textarea]',
    editorKind: 'textarea',
    composer: 'dm',
    send: { control: '[data-testid=dmComposerSendButton]', enter: true },
  },
  {
    network: 'bluesky',
    url: 'https://bsky.app/',
    editor: '[data-testid=composePostView] .tiptap.ProseMirror',
    editorKind: 'prosemirror',
    composer: 'post',
    send: { control: '[data-testid=composerPublishBtn]' },
  },
  {
    network: 'bluesky',
    url: 'https://bsky.app/messages/3kabc',
    editor: 'textarea[placeholder="Write a message"]',
    editorKind: 'textarea',
    composer: 'dm',
    send: { control: 'button[aria-label="Send message"]', enter: true },
  },
  {
    network: 'reddit',
    url: 'https://www.reddit.com/r/Frugal/comments/abc123/cheap_meals/',
    editor: 'shreddit-composer [data-lexical-editor=true]',
    editorKind: 'lexical',
    composer: 'comment',
    send: { control: 'shreddit-composer button[slot=submit-button]' },
  },
  {
    network: 'reddit',
    url: 'https://old.reddit.com/r/Frugal/comments/abc123/cheap_meals/',
    editor: 'form.usertext textarea[name=text]',
    editorKind: 'textarea',
    composer: 'comment',
    send: { control: 'form.usertext button.save' },
  },
  {
    network: 'youtube',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    editor: 'ytd-comment-simplebox-renderer #contenteditable-root',
    editorKind: 'contenteditable',
    composer: 'comment',
    send: { control: 'ytd-commentbox #submit-button button' },
  },
  {
    network: 'mastodon',
    url: 'https://mastodon.social/home',
    editor: 'form.compose-form textarea.autosuggest-textarea__textarea',
    editorKind: 'textarea',
    composer: 'post',
    optIn: true,
  },
  {
    network: 'generic',
    url: 'https://example.org/blog/post',
    editor: 'textarea#comment',
    editorKind: 'textarea',
    composer: 'comment',
    optIn: true,
  },
];

export const rowName = (r: ComposerRow) => `${r.network} ${r.composer} (${new URL(r.url).host}, ${r.editorKind})`;
