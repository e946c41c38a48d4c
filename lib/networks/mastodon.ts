import type { Visibility, SendSpec } from '../composers/types';
import { firstOf, person, selectorAdapter, textOf } from '../composers/dom';
import type { NetworkDef, ProfileSpec } from './types';

// Mastodon runs on any host, so the page itself tells us: the web app's root div or its push key.
export function isMastodonPage(doc: Document): boolean {
  return !!doc.querySelector('#mastodon[data-props], meta[name="applicationServerKey"]');
}

const kindOf = (el: HTMLElement) => (el.closest('form')?.querySelector('.reply-indicator') ? 'reply' : 'post');
const composers = [
  { css: 'form.compose-form textarea.autosuggest-textarea__textarea', kind: kindOf },
  { css: '.compose-form textarea', kind: kindOf },
] as const;

// The privacy dropdown's label: 4.0–4.2 use an icon button with a title, 4.3+ a text button.
const VISIBILITY_CONTROL = [
  '.privacy-dropdown__value',
  '.compose-form__dropdowns button.dropdown-button', // 4.3+: visibility comes before language
  '.compose-form__dropdowns button',
  'button[aria-label*="visibility" i]',
];

export function visibilityFromLabel(label: string): Visibility | undefined {
  const l = label.toLowerCase();
  if (/mention|direct|specific people|private mention/.test(l)) return 'direct';
  if (/followers|private/.test(l)) return 'followers';
  if (/unlisted|quiet public/.test(l)) return 'unlisted';
  if (/public/.test(l)) return 'public';
  return undefined;
}

// Send controls (issue 10): the compose form's publish button (4.x wrapper class, older bare
// submit). Enter is a new line; Ctrl/Cmd+Enter is Mastodon's own shortcut and is left alone.
const sends: SendSpec = {
  controls: [{ css: '.compose-form__publish-button-wrapper button' }, { css: '.compose-form button[type="submit"]' }],
  scopes: ['form.compose-form', '.compose-form'],
  enterSends: [],
};

export const mastodonAdapter = selectorAdapter({
  network: 'mastodon',
  sends,
  composers,
  anchor: (editor) => editor.closest('.autosuggest-textarea, .compose-form__autosuggest-wrapper') ?? editor,
  audience: ({ editor, kind }) => {
    const form = editor.closest('form') ?? editor.ownerDocument;
    const control = firstOf(form, VISIBILITY_CONTROL);
    const label = [control?.getAttribute('title'), control?.getAttribute('aria-label'), textOf(control)].filter(Boolean).join(' ');
    const visibility = visibilityFromLabel(label) ?? (control?.querySelector('.fa-envelope, .icon-at') ? 'direct' : undefined);
    if (kind !== 'reply') return { kind, visibility };
    const indicator = form.querySelector('.reply-indicator');
    const acct = textOf(indicator?.querySelector('.display-name__account'))?.replace(/^@/, '');
    return { kind, visibility, target: person(textOf(indicator?.querySelector('.display-name__html')), acct) };
  },
});

const profile: ProfileSpec = {
  // /@user on its home server, /@user@other.host for remote accounts: stored as user@host.
  handleFromUrl: (u) => {
    const m = u.pathname.match(/^\/@([A-Za-z0-9_]+)(?:@([a-z0-9.-]+))?\/?$/i);
    return m ? `${m[1]}@${(m[2] ?? u.hostname).toLowerCase()}` : null;
  },
  // user@instance lives on its own instance; a bare user lives on this one.
  urlForHandle: (handle, origin) => {
    const [user, host] = handle.split('@');
    return host ? `https://${host}/@${encodeURIComponent(user)}` : `${origin}/@${encodeURIComponent(user)}`;
  },
  // Account header display name and bio.
  page: {
    name: ['.account__header__tabs__name h1 span', '.account__header h1 span', 'h1'],
    headline: ['.account__header__content', '.account__header .note'],
  },
  // Mastodon advertises the account in a meta tag on every /@user page; trust it over the path.
  handleOnPage: (doc, url) => {
    const user = doc.querySelector('meta[property="profile:username"]')?.getAttribute('content');
    return user ? (user.includes('@') ? user : `${user}@${url.hostname}`) : null;
  },
};

// Any server can run Mastodon, so it is opt-in per site. The hosts below are the big instances a
// user is likely to allow; elsewhere the page itself says it is Mastodon (see the composer adapter).
const instances = [
  'mastodon.social',
  'mastodon.online',
  'mstdn.social',
  'mas.to',
  'fosstodon.org',
  'hachyderm.io',
  'infosec.exchange',
  'mastodon.world',
  'techhub.social',
  'universeodon.com',
];

export const mastodon: NetworkDef = {
  id: 'mastodon',
  name: 'Mastodon',
  matches: instances.map((host) => `https://${host}/*`),
  optIn: true,
  model: 'viral',
  defaultNorm: 'hybrid',
  testUrls: ['https://mastodon.social/@Gargron', 'https://hachyderm.io/home'],
  composer: mastodonAdapter,
  profile,
};
