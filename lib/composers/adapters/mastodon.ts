import type { Visibility } from '../types';
import { firstOf, person, selectorAdapter, textOf } from '../dom';

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

export const mastodonAdapter = selectorAdapter({
  network: 'mastodon',
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
