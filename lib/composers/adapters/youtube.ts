import { person, selectorAdapter, textOf, handleFromHref } from '../dom';

// YouTube: a plain contenteditable #contenteditable-root, created when #placeholder-area is clicked.
// Trusted Types are enforced here: nothing in Tact may use innerHTML.
const THREAD = 'ytd-comment-thread-renderer';
const kindOf = (el: HTMLElement) => (el.closest(`${THREAD}, ytd-comment-replies-renderer`) ? 'reply' : 'comment');

const composers = [
  { css: 'ytd-commentbox #contenteditable-root[contenteditable]', kind: kindOf },
  { css: 'ytd-comment-simplebox-renderer #contenteditable-root[contenteditable]', kind: kindOf },
  { css: '#contenteditable-root[contenteditable="true"]', kind: kindOf },
] as const;

export const youtubeAdapter = selectorAdapter({
  network: 'youtube',
  composers,
  anchor: (editor) => editor.parentElement,
  audience: ({ editor, kind }) => {
    if (kind !== 'reply') return { kind };
    const author = editor.closest(THREAD)?.querySelector('#author-text');
    const handle = handleFromHref(author?.getAttribute('href'), '/@') ?? textOf(author)?.replace(/^@/, '');
    return { kind, target: person(textOf(author), handle) };
  },
});
