import type { Locator } from 'playwright-core';

/** Elements each editor library renders itself; anything else inside an editor came from outside. */
export const editorTags = {
  lexical: ['P', 'SPAN', 'BR'],
  draft: ['DIV', 'SPAN', 'BR'],
  quill: ['P', 'BR', 'SPAN'],
  prosemirror: ['P', 'BR', 'IMG'],
  contenteditable: ['P', 'DIV', 'BR'],
  textarea: [],
} satisfies Record<string, string[]>;

export type EditorKind = keyof typeof editorTags;

/**
 * Lists the nodes inside the editor element that its library would not have made: any element
 * outside the library's tag set, any custom element, anything naming Tact, any shadow host.
 * An empty list means Tact kept out of the page's editor DOM.
 */
export function foreignNodes(editor: Locator, kind: EditorKind): Promise<string[]> {
  return editor.evaluate((root, allowed) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
      const describe = `<${el.tagName.toLowerCase()} ${attrs}>`;
      if (!allowed.includes(el.tagName) || el.tagName.includes('-') || el.shadowRoot || /tact/i.test(attrs)) found.push(describe);
    }
    return found;
  }, editorTags[kind] as string[]);
}
