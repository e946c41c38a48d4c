import { describe, expect, test } from 'vitest';
import { adapterForPage, adapters } from '@/lib/composers';
import type { Audience } from '@/lib/composers/types';
import { isNetworkId } from '@/lib/networks';
import { domFrom } from './coach-dom';

// Trimmed composer DOM per network (the shapes the e2e fixtures in test/fixtures/sites/
// render, taken 2026-11-23): which composer each adapter finds, and what it reads of the audience.
const cases: [string, string, string, Partial<Audience>][] = [
  [
    'https://www.facebook.com/',
    'facebook',
    `<div role="dialog"><div role="button" aria-label="Edit privacy. Sharing with Public. "></div>
    <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind, Ana?"><p><br></p></div></div>`,
    { kind: 'post', visibility: 'public' },
  ],
  [
    'https://www.facebook.com/',
    'facebook',
    `<div role="article"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Reply to Sam Lopez"><p><br></p></div></form></div>`,
    { kind: 'reply', target: { name: 'Sam Lopez' } },
  ],
  [
    'https://www.messenger.com/t/100012345/',
    'facebook',
    `<div role="main"><h2>Lucía Pérez</h2><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Message"><p><br></p></div></div>`,
    { kind: 'dm', target: { name: 'Lucía Pérez' } },
  ],
  [
    'https://www.instagram.com/direct/t/340282366/',
    'instagram',
    `<div role="main"><header><a href="/lucia.perez/" role="link"><h2>Lucía Pérez</h2></a></header>
    <div role="textbox" contenteditable="true" aria-label="Message" spellcheck="false"><p><br></p></div></div>`,
    { kind: 'dm', target: { name: 'Lucía Pérez', handle: 'lucia.perez' } },
  ],
  [
    'https://www.instagram.com/p/C0ffee123/',
    'instagram',
    `<form><textarea aria-label="Add a comment…"></textarea></form>`,
    { kind: 'comment' },
  ],
  [
    'https://www.linkedin.com/feed/',
    'linkedin',
    `<div role="dialog"><button class="share-unified-settings-entry-button" aria-label="Post to Connections"></button>
    <div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p><br></p></div></div></div>`,
    { kind: 'post', visibility: 'connections' },
  ],
  // LinkedIn labels its comment boxes "Text editor for creating content" too: still a comment.
  [
    'https://www.linkedin.com/feed/',
    'linkedin',
    `<div class="comments-comment-box__form"><div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content" aria-placeholder="Add a comment…"><p><br></p></div></div></div>`,
    { kind: 'comment' },
  ],
  [
    'https://www.linkedin.com/messaging/thread/2-abc123/',
    'linkedin',
    `<div class="msg-convo-wrapper"><a href="/in/ana-garcia/"><h2 class="msg-entity-lockup__entity-title">Ana García</h2></a>
    <div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write a message…"><p><br></p></div></div>`,
    { kind: 'dm', target: { name: 'Ana García', handle: 'ana-garcia' } },
  ],
  [
    'https://x.com/samlopez/status/1790000000000000000',
    'x',
    `<article data-testid="tweet"><div data-testid="User-Name"><a href="/samlopez"><span>Sam Lopez</span></a><a href="/samlopez"><span>@samlopez</span></a></div></article>
    <div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"></div></div></div>`,
    { kind: 'reply', target: { name: 'Sam Lopez', handle: 'samlopez' } },
  ],
  [
    'https://x.com/home',
    'x',
    `<div aria-label="Choose audience"><span>Everyone</span></div><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0"></div></div>`,
    { kind: 'post', visibility: 'public' },
  ],
  [
    'https://x.com/i/chat/123-456',
    'x',
    `<div data-testid="dm-conversation-header"><a href="/lucia"><span data-testid="dm-conversation-username">Lucía Pérez</span></a></div><textarea data-testid="dm-composer-textarea"></textarea>`,
    { kind: 'dm', target: { name: 'Lucía Pérez', handle: 'lucia' } },
  ],
  [
    'https://bsky.app/messages/3kabc',
    'bluesky',
    `<div data-testid="convoHeader"><a href="/profile/lucia.bsky.social">Lucía</a></div><textarea placeholder="Write a message"></textarea>`,
    { kind: 'dm', target: { name: 'Lucía', handle: 'lucia.bsky.social' } },
  ],
  [
    'https://bsky.app/',
    'bluesky',
    `<div data-testid="composePostView"><div class="tiptap ProseMirror" contenteditable="true"><p></p></div></div>`,
    { kind: 'post' },
  ],
  [
    'https://www.threads.net/',
    'threads',
    `<div role="textbox" contenteditable="true" aria-placeholder="What's new?"><p><br></p></div>`,
    { kind: 'post' },
  ],
  [
    'https://old.reddit.com/r/Frugal/comments/abc123/cheap_meals/',
    'reddit',
    `<div class="thing link" data-author="samlopez" data-subreddit="Frugal"></div>
    <div class="commentarea"><form class="usertext"><textarea name="text"></textarea></form></div>`,
    { kind: 'comment', target: { handle: 'samlopez' } },
  ],
  [
    'https://www.youtube.com/watch?v=abc',
    'youtube',
    `<ytd-comment-simplebox-renderer><ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div></ytd-commentbox></ytd-comment-simplebox-renderer>`,
    { kind: 'comment' },
  ],
  [
    'https://mastodon.social/home',
    'mastodon',
    `<form class="compose-form"><div class="reply-indicator"><span class="display-name__html">Sam</span><span class="display-name__account">@sam@hachyderm.io</span></div>
    <div class="autosuggest-textarea"><textarea class="autosuggest-textarea__textarea"></textarea></div>
    <div class="compose-form__dropdowns"><button class="dropdown-button"><span class="dropdown-button__label">Specific people</span></button></div></form>`,
    { kind: 'reply', visibility: 'direct', target: { name: 'Sam', handle: 'sam@hachyderm.io' } },
  ],
];

describe('composer adapters', () => {
  test.each(cases)('%s (%s) finds the composer and reads its audience', (url, network, html, expected) => {
    const doc = domFrom(html, url);
    const adapter = adapterForPage(doc, new URL(url));
    expect(adapter.network).toBe(network);
    const found = adapter.find(doc);
    expect(found).toHaveLength(1);
    const audience = adapter.audience(found[0], doc, new URL(url));
    expect(audience).toMatchObject(expected);
    // The badge goes beside the editor, never inside it.
    expect(found[0].editor.contains(adapter.anchor(found[0].editor)) && adapter.anchor(found[0].editor) !== found[0].editor).toBe(false);
  });

  test('a Mastodon server the registry does not list is recognised by its page', () => {
    const url = 'https://social.example.net/home';
    const doc = domFrom(
      `<div id="mastodon" data-props="{}"></div><form class="compose-form"><textarea class="autosuggest-textarea__textarea"></textarea></form>`,
      url,
    );
    expect(adapterForPage(doc, new URL(url)).network).toBe('mastodon');
  });

  test('opt-in hosts use the generic adapter under their own network; other sites under generic', () => {
    const form = `<form id="commentform"><textarea id="comment"></textarea></form><input type="search"><div role="combobox" contenteditable="true"></div>`;
    for (const [url, network] of [
      ['https://myspace.com/x', 'myspace'],
      ['https://example.org/blog/post', 'generic'],
    ]) {
      const doc = domFrom(form, url);
      const adapter = adapterForPage(doc, new URL(url));
      expect(adapter.network).toBe(network);
      expect(adapter.find(doc).map((f) => f.editor.id)).toEqual(['comment']);
    }
  });

  test('a page with no composer yields nothing (the coach stays out of the way)', () => {
    const doc = domFrom('<main><p contenteditable="false">hello</p><textarea readonly></textarea></main>', 'https://example.org/');
    expect(adapterForPage(doc, new URL('https://example.org/')).find(doc)).toEqual([]);
  });

  test('every adapter names a network in the registry', () => {
    for (const [key, adapter] of Object.entries(adapters)) {
      expect(adapter.network).toBe(key);
      expect(isNetworkId(key)).toBe(true);
    }
  });
});
