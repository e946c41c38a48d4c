import type { Plugin } from 'vite';

// The popup's first paint is timed from the click (issue 12: first render ≤ 150 ms in Chromium). Every file an
// extension page asks for before it paints is a round trip to the browser process: the popup's first screen as
// static HTML painted at a median of 104 ms with its two style sheets linked and 74 ms with them inline (15
// openings each, scratch builds). The sheets are a few KB, so each page carries its own.

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="\/?([^"?#]+\.css)"/;
/** A sheet for some media only would apply everywhere once inline: it stays a link. */
const MEDIA = /\bmedia=/;

const text = (source: string | Uint8Array) => (typeof source === 'string' ? source : new TextDecoder().decode(source));

/** Replaces each built page's stylesheet links with the style sheets themselves, and drops the sheets no page links. */
export function inlinePageStyles(): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'tact:inline-page-styles',
    enforce: 'post',
    buildStart: () => inlined.clear(),
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(STYLESHEET, (tag) => {
          const file = HREF.exec(tag)?.[1];
          const asset = file ? bundle[file] : undefined;
          if (!file || asset?.type !== 'asset' || MEDIA.test(tag)) return tag;
          const css = text(asset.source);
          if (/<\/style/i.test(css)) throw new Error(`${file} cannot be inlined: it contains "</style"`);
          inlined.add(file);
          return `<style>${css}</style>`;
        });
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
        const stillLinked = (file: string) => pages.some((p) => p.type === 'asset' && text(p.source).includes(file));
        for (const file of inlined) if (!stillLinked(file)) delete bundle[file];
      },
    },
  };
}
