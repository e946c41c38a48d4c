import type { Visibility } from '../types';
import { firstOf, handleFromHref, person, scopeOf, selectorAdapter, textOf } from '../dom';

// X keeps data-testid attributes stable across redesigns; classes are hashed, so none are used.
const isReply = (el: HTMLElement, url: URL) => {
  const dialog = el.closest('[role="dialog"]');
  if (dialog) return dialog.querySelector('article[data-testid="tweet"]') ? 'reply' : 'post';
  return /\/status\/\d+/.test(url.pathname) ? 'reply' : 'post';
};

const composers = [
  // Draft.js post/reply editor; threads number the boxes tweetTextarea_0, _1…
  { css: '[data-testid^="tweetTextarea_"][contenteditable="true"]', kind: isReply },
  { css: '.DraftEditor-root [data-testid^="tweetTextarea_"]', kind: isReply },
  // Some mobile compose pages fall back to a plain textarea.
  { css: 'textarea[data-testid^="tweetTextarea_"]', kind: isReply },
  // DMs (/messages and the newer /i/chat).
  { css: 'textarea[data-testid="dm-composer-textarea"]', kind: 'dm' },
  { css: '[data-testid="dmComposerTextInput"]', kind: 'dm' },
] as const;

function visibility(scope: ParentNode): Visibility | undefined {
  const label = textOf(scope.querySelector('[aria-label="Choose audience"]'))?.toLowerCase();
  if (!label) return undefined;
  return /everyone/.test(label) ? 'public' : /circle|community/.test(label) ? 'friends' : undefined;
}

function authorOf(article: Element | null) {
  const box = article?.querySelector('[data-testid="User-Name"]');
  if (!box) return undefined;
  const handle = [...box.querySelectorAll('a[href^="/"]')]
    .map((a) => handleFromHref(a.getAttribute('href')))
    .find((h) => h && !h.includes('status'));
  return person(textOf(box.querySelector('span')), handle);
}

export const xAdapter = selectorAdapter({
  network: 'x',
  composers,
  anchor: (editor) => editor.closest('.DraftEditor-root') ?? editor,
  audience: ({ editor, kind }, doc) => {
    if (kind === 'dm') {
      const header = firstOf(doc, ['[data-testid="dm-conversation-header"]', '[data-testid="DmActivityContainer"] header']);
      const name = textOf(firstOf(doc, ['[data-testid="dm-conversation-username"]'])) ?? textOf(header?.querySelector('span'));
      const link = header?.querySelector('a[href^="/"]');
      return { kind, target: person(name, handleFromHref(link?.getAttribute('href'))) };
    }
    const scope = scopeOf(editor);
    if (kind === 'reply') {
      const article = (scope as Element).querySelector?.('article[data-testid="tweet"]') ?? doc.querySelector('article[data-testid="tweet"]');
      return { kind, target: authorOf(article) };
    }
    return { kind, visibility: visibility(scope) };
  },
});
