import { firstOf, handleFromHref, person, selectorAdapter, textOf } from '../dom';

// Instagram: comments are React textareas, DMs a Lexical box with spellcheck=false (so never key on spellcheck).
const composers = [
  { css: 'form textarea[aria-label^="Add a comment" i]', kind: 'comment' },
  { css: 'textarea[placeholder^="Add a comment" i]', kind: 'comment' },
  // New-post dialog caption.
  { css: '[role="dialog"] [role="textbox"][contenteditable="true"][aria-label^="Write a caption" i]', kind: 'post' },
  // Direct messages (/direct/t/<id>).
  { css: '[role="textbox"][contenteditable="true"][aria-label="Message" i]', kind: 'dm' },
  { css: '[role="textbox"][contenteditable="true"][aria-placeholder^="Message" i]', kind: 'dm' },
] as const;

export const instagramAdapter = selectorAdapter({
  network: 'instagram',
  composers,
  audience: ({ editor, kind }, doc) => {
    if (kind !== 'dm') return { kind };
    // The thread header links to the other person's profile: /<username>/.
    const main = editor.closest('[role="main"]') ?? doc;
    const link = firstOf(main, ['header a[href^="/"][role="link"]', 'header a[href^="/"]', 'a[aria-label^="Open the profile" i]']);
    const name = textOf(firstOf(main, ['header h2', 'header [dir="auto"]'])) ?? textOf(link);
    return { kind, target: person(name, handleFromHref(link?.getAttribute('href'))) };
  },
});
