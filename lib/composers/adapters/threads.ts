import { person, selectorAdapter } from '../dom';

// Threads (threads.net / threads.com): Lexical-like textboxes; replies open in a dialog whose
// placeholder names the author ("Reply to jane…").
const kindOf = (el: HTMLElement) => (/^reply to/i.test(placeholder(el)) ? 'reply' : 'post');
const placeholder = (el: HTMLElement) => el.getAttribute('aria-placeholder') ?? el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? '';

const composers = [
  { css: '[role="dialog"] [role="textbox"][contenteditable="true"]', kind: kindOf },
  { css: '[role="textbox"][contenteditable="true"][aria-placeholder]', kind: kindOf },
] as const;

export const threadsAdapter = selectorAdapter({
  network: 'threads',
  composers,
  audience: ({ editor, kind }) => {
    if (kind !== 'reply') return { kind };
    const m = /^reply to @?([\w.]+)/i.exec(placeholder(editor));
    return { kind, target: person(undefined, m?.[1]) };
  },
});
