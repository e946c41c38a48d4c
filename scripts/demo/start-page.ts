import { siteRoutes } from '../../test/e2e/harness/site-routes';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The demo's first tab: every fixture composer, linked under the network's real address. */
export function startPageHtml(): string {
  const items = siteRoutes.flatMap((site) =>
    site.pages.map((p) => `<li><a href="${escape(p.example)}">${escape(p.example)}</a> — ${escape(p.label)}</li>`),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tact demo</title>
<style>body{font:15px system-ui,sans-serif;max-width:760px;margin:32px auto;line-height:1.5}code{background:#eee;padding:0 4px}</style></head>
<body><h1>Tact demo</h1>
<p>This browser has Tact loaded and resolves the networks' real host names to local copies of their composers
(real Lexical, Draft.js, Quill and TipTap editors). Nothing here reaches the internet: every other host fails to resolve.</p>
<p>Try typing <code>Use my promo code ANA20 for 20% off!</code> on Facebook, or
<code>Hey sweetie, I saw on your Instagram you were in hospital</code> in the LinkedIn message box, then click the badge.</p>
<ul>${items.join('\n')}</ul>
<p>Mastodon and example.org are opt-in: allow them from Tact's popup, the options page or the right-click menu first.</p>
<p>Stop the demo with Ctrl-C in the terminal.</p></body></html>`;
}
