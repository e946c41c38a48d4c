import type { SendSpec } from '../composers/types';
import { person, selectorAdapter, textOf, handleFromHref } from '../composers/dom';
import type { NetworkDef, ProfileSpec } from './types';

// YouTube: a plain contenteditable #contenteditable-root, created when #placeholder-area is clicked.
// Trusted Types are enforced here: nothing in Tact may use innerHTML.
const THREAD = 'ytd-comment-thread-renderer';
const kindOf = (el: HTMLElement) => (el.closest(`${THREAD}, ytd-comment-replies-renderer`) ? 'reply' : 'comment');

const composers = [
  { css: 'ytd-commentbox #contenteditable-root[contenteditable]', kind: kindOf },
  { css: 'ytd-comment-simplebox-renderer #contenteditable-root[contenteditable]', kind: kindOf },
  { css: '#contenteditable-root[contenteditable="true"]', kind: kindOf },
] as const;

// Send controls (issue 10): the comment box's submit ("Comment", or "Reply" under a comment), a
// ytd-button-renderer whose inner <button> takes the click. Enter is a new line.
const sends: SendSpec = {
  controls: [{ css: 'ytd-commentbox #submit-button button' }, { css: 'ytd-commentbox #submit-button' }],
  scopes: ['ytd-commentbox', 'ytd-comment-simplebox-renderer'],
  enterSends: [],
};

export const youtubeAdapter = selectorAdapter({
  network: 'youtube',
  sends,
  composers,
  anchor: (editor) => editor.parentElement,
  audience: ({ editor, kind }) => {
    if (kind !== 'reply') return { kind };
    const author = editor.closest(THREAD)?.querySelector('#author-text');
    const handle = handleFromHref(author?.getAttribute('href'), '/@') ?? textOf(author)?.replace(/^@/, '');
    return { kind, target: person(textOf(author), handle) };
  },
});

// Channel handles: /@<handle> (3–30 letters, digits, _ - .), what the card's "Add" writes. Reading
// them back was missing until issue 8, so a contact added from a YouTube reply lost its handle on a
// vCard round trip. No profile-page reader: channel pages are not people Tact adds from the page.
const profile: ProfileSpec = {
  handleFromUrl: (u) => u.pathname.match(/^\/@([A-Za-z0-9._-]{3,30})\/?$/)?.[1] ?? null,
  urlForHandle: (h) => `https://www.youtube.com/@${encodeURIComponent(h)}`,
};

// Comment sections: strangers talking about a video, where plugging your own channel or shop is spam.
export const youtube: NetworkDef = {
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  optIn: false,
  model: 'community',
  defaultNorm: 'social',
  testUrls: ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://m.youtube.com/@someone'],
  composer: youtubeAdapter,
  profile,
};
