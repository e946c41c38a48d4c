import type { NetworkId } from '../networks/types';
import type { ComposerAdapter, ComposerKind, FoundComposer, Audience, Person, SendSpec } from './types';

/** One selector alternative: which composer it finds and which layout it serves (see each adapter). */
export interface ComposerSelector {
  css: string;
  kind: ComposerKind | ((editor: HTMLElement, url: URL) => ComposerKind);
}

const EDITOR = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

export function isEditorRoot(el: Element): el is HTMLElement {
  if (el.tagName === 'TEXTAREA') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce === null || ce === 'false') return false;
  // Nested contenteditables (mention chips, Lexical decorators) belong to the outer editor.
  return !el.parentElement?.closest('[contenteditable]:not([contenteditable="false"])');
}

/** The editor root at or inside a matched element (some selectors match the editor's wrapper). */
export function editorRootOf(el: Element): HTMLElement | null {
  if (isEditorRoot(el)) return el;
  const inner = el.querySelector(EDITOR);
  return inner && isEditorRoot(inner) ? inner : null;
}

export function findBySelectors(doc: Document, selectors: readonly ComposerSelector[], url: URL): FoundComposer[] {
  const seen = new Set<HTMLElement>();
  const out: FoundComposer[] = [];
  for (const sel of selectors) {
    for (const el of doc.querySelectorAll(sel.css)) {
      const editor = editorRootOf(el);
      if (!editor || seen.has(editor)) continue;
      seen.add(editor);
      out.push({ editor, kind: typeof sel.kind === 'function' ? sel.kind(editor, url) : sel.kind });
    }
  }
  return out;
}

/** Every element matching selector under root, descending into open shadow roots (Reddit's Lit components). */
export function queryDeep(root: ParentNode, selector: string, depth = 6): Element[] {
  const out: Element[] = [...root.querySelectorAll(selector)];
  if (depth <= 0) return out;
  const self = root as Element;
  const hosts: Element[] = self.shadowRoot ? [self] : [];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) hosts.push(el);
  for (const host of hosts) out.push(...queryDeep(host.shadowRoot!, selector, depth - 1));
  return out;
}

/** First element matching any of the alternatives, in order of preference. */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const css of selectors) {
    const el = root.querySelector(css);
    if (el) return el;
  }
  return null;
}

export const textOf = (el: Element | null | undefined, max = 120): string | undefined =>
  el?.textContent?.replace(/\s+/g, ' ').trim().slice(0, max) || undefined;

/** The first path segment of a link (`/jane.doe/`, `/in/jane-doe/`, `/@jane`) as a handle. */
export function handleFromHref(href: string | null | undefined, prefix = '/'): string | undefined {
  if (!href) return undefined;
  try {
    const path = new URL(href, 'https://x.invalid').pathname;
    if (!path.startsWith(prefix)) return undefined;
    const seg = path.slice(prefix.length).split('/')[0];
    return seg ? decodeURIComponent(seg).replace(/^@/, '') : undefined;
  } catch {
    return undefined;
  }
}

export function person(name?: string, handle?: string): Person | undefined {
  return name || handle ? { name, handle } : undefined;
}

/** The nearest container the composer lives in: a dialog, a form, the main column. */
export function scopeOf(editor: Element, extra: readonly string[] = []): ParentNode {
  for (const css of [...extra, '[role="dialog"]', 'form', '[role="main"]']) {
    const s = editor.closest(css);
    if (s) return s;
  }
  return editor.ownerDocument;
}

type AudienceReader = (found: FoundComposer, doc: Document, url: URL) => Omit<Audience, 'mentions'> & { mentions?: string[] };

/** An adapter made of a selector list plus an audience reader; the common shape of most networks. */
export function selectorAdapter(opts: {
  network: NetworkId;
  composers: readonly ComposerSelector[];
  anchor?: (editor: HTMLElement) => Element | null;
  audience?: AudienceReader;
  sends?: SendSpec;
}): ComposerAdapter {
  return {
    network: opts.network,
    ...(opts.sends ? { sends: opts.sends } : {}),
    find: (doc) => findBySelectors(doc, opts.composers, new URL(doc.location?.href ?? 'https://x.invalid/')),
    anchor: (editor) => opts.anchor?.(editor) ?? editor,
    audience: (found, doc, url) => {
      const a = opts.audience?.(found, doc, url) ?? { kind: found.kind };
      return { ...a, mentions: a.mentions ?? [] };
    },
  };
}
