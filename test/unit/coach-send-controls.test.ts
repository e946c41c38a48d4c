import { describe, expect, test } from 'vitest';
import { composerForEnter, composersForControl, isSendEnter, sendControlIn, suggestionListOpen } from '@/lib/composers/send-controls';
import type { FoundComposer } from '@/lib/composers/types';
import { genericAdapter } from '@/lib/composers/generic-adapter';
import { networks } from '@/lib/networks';
import { domFrom } from './coach-dom';

// Which composer a send belongs to, read from the event's path alone, on parsed copies of the
// fixture pages' shapes. A send that belongs to no coached composer is never Tact's to hold.

/** The event's composed path for a click on `el`: the element and its ancestors. */
const pathOf = (el: Element): Element[] => {
  const out: Element[] = [];
  for (let n: Element | null = el; n; n = n.parentElement) out.push(n);
  return out;
};
const adapterOf = (id: string) => networks.find((n) => n.id === id)!.composer!;

describe('send controls', () => {
  test('Facebook: the dialog Post sends the post box, the comment arrow the comment box', () => {
    const doc = domFrom(
      `<div role="main"><div role="dialog"><div id="post" contenteditable="true" data-lexical-editor="true" role="textbox" aria-label="What's on your mind, Ana?"></div>
       <div role="button" aria-label="Post" id="post-btn">Post</div></div>
       <div role="article"><form><div id="comment" contenteditable="true" data-lexical-editor="true" role="textbox" aria-label="Write a comment…"></div>
       <div role="button" aria-label="Comment" id="focused-state-composer-submit">➤</div></form></div>
       <div role="button" aria-label="Like" id="like">Like</div></div>`,
      'https://www.facebook.com/',
    );
    const adapter = adapterOf('facebook');
    const spec = adapter.sends!;
    const found = adapter.find(doc);
    const postBtn = sendControlIn(pathOf(doc.getElementById('post-btn')!), spec)!;
    expect(composersForControl(postBtn, found, spec).map((f) => f.editor.id)).toEqual(['post']);
    const arrow = sendControlIn(pathOf(doc.getElementById('focused-state-composer-submit')!), spec)!;
    expect(composersForControl(arrow, found, spec).map((f) => f.editor.id)).toEqual(['comment']);
    // Not a send control: left to the page.
    expect(sendControlIn(pathOf(doc.getElementById('like')!), spec)).toBeNull();
  });

  test('a disabled send button stays the site’s business', () => {
    const doc = domFrom(
      `<main><div data-testid="primaryColumn"><div contenteditable="true" data-testid="tweetTextarea_0"></div>
       <button data-testid="tweetButtonInline" disabled>Post</button><div data-testid="tweetButton" aria-disabled="true">Post</div></div></main>`,
      'https://x.com/home',
    );
    const spec = adapterOf('x').sends!;
    expect(sendControlIn(pathOf(doc.querySelector('[data-testid="tweetButtonInline"]')!), spec)).toBeNull();
    expect(sendControlIn(pathOf(doc.querySelector('[data-testid="tweetButton"]')!), spec)).toBeNull();
  });

  test('a control outside every coached composer’s scope is attributed to none', () => {
    const doc = domFrom(
      `<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"></div></form>
       <div role="dialog"><button class="share-actions__primary-action">Post</button></div>`,
      'https://www.linkedin.com/messaging/',
    );
    const adapter = adapterOf('linkedin');
    const control = sendControlIn(pathOf(doc.querySelector('button')!), adapter.sends!)!;
    expect(control).not.toBeNull();
    expect(composersForControl(control, adapter.find(doc), adapter.sends!)).toEqual([]);
  });

  test('controls told by their words: Instagram’s "Send" div sends, its other buttons do not', () => {
    const doc = domFrom(
      `<div role="main"><div contenteditable="true" role="textbox" aria-label="Message"></div>
       <div role="button" id="send">Send</div><div role="button" id="like">Like</div></div>`,
      'https://www.instagram.com/direct/t/1/',
    );
    const spec = adapterOf('instagram').sends!;
    expect(sendControlIn(pathOf(doc.getElementById('send')!), spec)).not.toBeNull();
    expect(sendControlIn(pathOf(doc.getElementById('like')!), spec)).toBeNull();
  });

  test('Enter sends only from composer kinds where the network sends on Enter', () => {
    const dm: FoundComposer = { editor: domFrom('<textarea></textarea>').querySelector('textarea')!, kind: 'dm' };
    const post: FoundComposer = { editor: domFrom('<div contenteditable="true"><p>hi</p></div>').querySelector('div')!, kind: 'post' };
    const spec = adapterOf('x').sends!;
    expect(composerForEnter(dm.editor, [dm, post], spec)).toBe(dm);
    expect(composerForEnter(post.editor.firstChild!, [dm, post], spec)).toBeNull();
    expect(composerForEnter(undefined, [dm], spec)).toBeNull();
  });

  const key = { key: 'Enter', shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, isComposing: false, keyCode: 13 };
  test.each([
    ['plain Enter', key, true],
    ['Shift+Enter (a new line)', { ...key, shiftKey: true }, false],
    ['Ctrl+Enter (a site shortcut)', { ...key, ctrlKey: true }, false],
    ['Enter inside an IME composition', { ...key, isComposing: true }, false],
    ['keyCode 229 (the IME owns the key)', { ...key, keyCode: 229 }, false],
    ['another key', { ...key, key: 'a' }, false],
  ])('%s → send: %s', (_, e, sends) => {
    expect(isSendEnter(e)).toBe(sends);
  });

  test('every built-in network with a composer names its send controls', () => {
    const builtIn = networks.filter((n) => !n.optIn && n.composer);
    expect(builtIn.filter((n) => !n.composer!.sends?.controls.length).map((n) => n.id)).toEqual([]);
  });
});

describe('Enter while a suggestion list is open', () => {
  test.each([
    [
      'a @mention list announced by aria-expanded',
      '<div contenteditable="true" role="textbox" aria-expanded="true"><p id="t">hi @an</p></div>',
      true,
    ],
    [
      'an emoji list announced by aria-activedescendant',
      '<div contenteditable="true" aria-activedescendant="opt-2"><p id="t">hi :sm</p></div>',
      true,
    ],
    ['a plain box', '<div contenteditable="true" role="textbox" aria-expanded="false"><p id="t">hi</p></div>', false],
  ])('%s: picks a suggestion, never a send (%s)', (_, html, open) => {
    const doc = domFrom(html, 'https://x.com/');
    expect(suggestionListOpen(doc.getElementById('t')!)).toBe(open);
  });
});

// Issue 10 review: a typeless <button> in a form submits it by default, but on real pages most are
// the comment box's toolbar. The generic adapter (opt-in sites) holds a send only at a button that is
// type=submit, says it sends in the page's language, or is the form's one button.
describe('the generic adapter’s send controls', () => {
  const spec = genericAdapter('generic').sends!;
  const sendsAt = (body: string, id: string, lang = '') => {
    const doc = domFrom(lang ? `<div lang="${lang}">${body}</div>` : body, 'https://blog.example.org/post/1');
    const control = sendControlIn(pathOf(doc.getElementById(id)!), spec);
    return control ? composersForControl(control, genericAdapter('generic').find(doc), spec).map((f) => f.editor.id) : null;
  };
  const toolbarForm = (send: string) =>
    `<form><div class="toolbar"><button id="bold" aria-label="Bold"><b>B</b></button><button id="emoji" aria-label="Insert emoji">😀</button>
     <button id="attach" title="Attach file">📎</button><button id="preview">Preview</button></div>
     <textarea id="box"></textarea>${send}</form>`;

  test.each([
    ['Bold', 'bold'],
    ['an emoji picker', 'emoji'],
    ['Attach (named by its title)', 'attach'],
    ['Preview', 'preview'],
  ])('a typeless toolbar button (%s) is not a send', (_, id) => {
    expect(sendsAt(toolbarForm('<button id="send">Post Comment</button>'), id)).toBeNull();
  });

  test.each([
    ['named by its text', '<button id="send">Post Comment</button>', ''],
    ['named by its aria-label', '<button id="send" aria-label="Send message">➤</button>', ''],
    ['type=submit, whatever it says', '<button id="send" type="submit">Go</button>', ''],
    ['type=SUBMIT in capitals', '<button id="send" type="SUBMIT">Go</button>', ''],
    ['in German', '<button id="send">Antworten</button>', 'de'],
    ['in Spanish', '<button id="send">Publicar comentario</button>', 'es'],
    ['in French', '<button id="send">Répondre</button>', 'fr'],
  ])('beside the toolbar, the send %s is the send, for the form’s box', (_, send, lang) => {
    expect(sendsAt(toolbarForm(send), 'send', lang)).toEqual(['box']);
  });

  test('a German page’s typeless "Fett" (Bold) is no send; an unnamed button alone in its form is', () => {
    expect(
      sendsAt(toolbarForm('<button id="send">Antworten</button>').replace('aria-label="Bold"', 'aria-label="Fett"'), 'bold', 'de'),
    ).toBeNull();
    expect(sendsAt('<form><textarea id="box"></textarea><button id="send">➤</button></form>', 'send')).toEqual(['box']);
  });

  test('a typeless button that does not say it sends is not one where the form has other buttons', () => {
    expect(sendsAt('<form><textarea id="box"></textarea><button id="go">➤</button><button id="x">✕</button></form>', 'go')).toBeNull();
  });
});
