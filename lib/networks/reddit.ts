import type { ComposerAdapter, FoundComposer, SendSpec } from '../composers/types';
import { editorRootOf, person, queryDeep } from '../composers/dom';
import type { NetworkDef, ProfileSpec } from './types';

// New Reddit: <shreddit-composer> (Lit) with the Lexical box inside nested shadow roots, or slotted
// in light DOM on some pages; so both are searched. Old Reddit: plain `form.usertext` textareas.
const NEW_EDITOR = '[data-lexical-editor="true"], [contenteditable="true"][role="textbox"], [contenteditable="true"]';
const OLD_EDITOR = 'form.usertext textarea[name="text"]';

function newKind(host: Element, url: URL): FoundComposer['kind'] {
  if (host.closest('shreddit-comment')) return 'reply';
  if (/\/submit\b/.test(url.pathname)) return 'post';
  return 'comment';
}

function oldKind(editor: HTMLElement): FoundComposer['kind'] {
  if (editor.closest('.thing.comment')) return 'reply';
  return editor.closest('.submit, #newlink') ? 'post' : 'comment';
}

// Send controls (issue 10). New Reddit: the submit button <shreddit-composer> renders in its
// shadow root (slot="submit-button"; older builds: a bare submit). Old Reddit: the usertext form's
// "save" button. Enter is a new line in both.
const sends: SendSpec = {
  controls: [{ css: 'button[slot="submit-button"]' }, { css: 'button[type="submit"]' }, { css: 'form.usertext button.save' }],
  scopes: ['shreddit-composer', 'form.usertext'],
  enterSends: [],
};

export const redditAdapter: ComposerAdapter = {
  network: 'reddit',
  sends,
  find(doc) {
    const url = new URL(doc.location?.href ?? 'https://www.reddit.com/');
    const out: FoundComposer[] = [];
    for (const host of queryDeep(doc, 'shreddit-composer', 3)) {
      const light = [...host.querySelectorAll(NEW_EDITOR)];
      const inner = host.shadowRoot ? queryDeep(host.shadowRoot, NEW_EDITOR, 4) : [];
      const editor = [...light, ...inner].map(editorRootOf).find((e): e is HTMLElement => !!e);
      if (editor) out.push({ editor, kind: newKind(host, url) });
    }
    for (const el of doc.querySelectorAll(OLD_EDITOR)) out.push({ editor: el as HTMLElement, kind: oldKind(el as HTMLElement) });
    return out;
  },
  // The badge host goes after <shreddit-composer> in its own tree, never inside its shadow roots.
  anchor: (editor) => hostOf(editor) ?? editor,
  audience({ editor, kind }) {
    const host = hostOf(editor);
    if (host) {
      const comment = host.closest('shreddit-comment');
      const post = host.ownerDocument.querySelector('shreddit-post');
      const author = comment?.getAttribute('author') ?? (kind === 'comment' ? post?.getAttribute('author') : null);
      return { kind, target: kind === 'post' ? undefined : person(undefined, author ?? undefined), mentions: [] };
    }
    // Old Reddit: the comment replied to, or else the post the comment box sits under.
    const thing =
      editor.closest('.thing[data-author]') ?? editor.ownerDocument.querySelector('.thing.link[data-author], .thing[data-author]');
    return { kind, target: kind === 'post' ? undefined : person(undefined, thing?.getAttribute('data-author') ?? undefined), mentions: [] };
  },
};

/** The <shreddit-composer> an editor belongs to, climbing out of shadow roots. */
function hostOf(editor: Element): Element | null {
  let node: Node | null = editor;
  while (node) {
    const el = node as Element;
    if (el.tagName?.toLowerCase() === 'shreddit-composer') return el;
    node = el.parentNode ?? null;
    if (node && !(node as Element).tagName && (node as ShadowRoot).host) node = (node as ShadowRoot).host;
  }
  return null;
}

const profile: ProfileSpec = {
  handleFromUrl: (u) => u.pathname.match(/^\/(?:user|u)\/([A-Za-z0-9_-]+)/)?.[1] ?? null,
  urlForHandle: (h) => `https://www.reddit.com/user/${encodeURIComponent(h)}/`,
  page: { name: ['h1', 'h2'], headline: [] },
};

// Communities with strict self-promotion rules: judged as social, where selling is the flip.
export const reddit: NetworkDef = {
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*'],
  optIn: false,
  model: 'community',
  defaultNorm: 'social',
  testUrls: ['https://www.reddit.com/r/AskReddit/', 'https://old.reddit.com/r/Frugal/comments/abc/title/'],
  composer: redditAdapter,
  profile,
};
