import { describe, expect, test } from 'vitest';
import type { Rollup } from 'vite';
import { inlinePageStyles } from '../../scripts/build/inline-page-styles';

type Hook<A extends unknown[], R> = { handler: (...args: A) => R };

const asset = (fileName: string, source: string) => ({ type: 'asset', fileName, source }) as Rollup.OutputAsset;
const page = (sheets: string[]) =>
  `<html><head><script type="module" crossorigin src="/chunks/p.js"></script>${sheets
    .map((s) => `<link rel="stylesheet" crossorigin href="/${s}">`)
    .join('')}</head><body></body></html>`;

/** Builds these pages (name → linked sheets) over a bundle holding the sheets, as Vite's HTML step would. */
function build(
  pages: Record<string, string[] | string>,
  sheets: Record<string, string | Uint8Array>,
  untouched: Record<string, string> = {},
): Rollup.OutputBundle {
  const bundle: Rollup.OutputBundle = {};
  for (const [file, css] of Object.entries(sheets)) bundle[file] = { type: 'asset', fileName: file, source: css } as Rollup.OutputAsset;
  for (const [file, html] of Object.entries(untouched)) bundle[file] = asset(file, html);
  const plugin = inlinePageStyles();
  const transform = plugin.transformIndexHtml as Hook<[string, { path: string; filename: string; bundle: Rollup.OutputBundle }], string>;
  for (const [name, linked] of Object.entries(pages)) {
    bundle[name] = asset(
      name,
      transform.handler(typeof linked === 'string' ? linked : page(linked), { path: `/${name}`, filename: name, bundle }),
    );
  }
  (plugin.generateBundle as unknown as Hook<[object, Rollup.OutputBundle], void>).handler({}, bundle);
  return bundle;
}

const html = (bundle: Rollup.OutputBundle, name: string) => String((bundle[name] as Rollup.OutputAsset).source);

describe('inlinePageStyles (scripts/build/inline-page-styles.ts)', () => {
  test('each page carries its sheets in <style>, in order, and a sheet no page links is left out of the build', () => {
    const bundle = build(
      { 'popup.html': ['assets/a.css', 'assets/b.css'] },
      { 'assets/a.css': '.a{color:red}', 'assets/b.css': '.b{color:blue}' },
    );
    expect(html(bundle, 'popup.html')).toContain('<style>.a{color:red}</style><style>.b{color:blue}</style>');
    expect(html(bundle, 'popup.html')).not.toContain('stylesheet');
    expect(bundle['assets/a.css']).toBeUndefined();
    expect(bundle['assets/b.css']).toBeUndefined();
    expect(html(bundle, 'popup.html')).toContain('src="/chunks/p.js"');
  });

  test('a link to a file the build does not hold stays a link', () => {
    const bundle = build({ 'options.html': ['assets/elsewhere.css'] }, {});
    expect(html(bundle, 'options.html')).toContain('<link rel="stylesheet" crossorigin href="/assets/elsewhere.css">');
  });

  test('a sheet that would end the <style> early stops the build, naming the sheet', () => {
    expect(() => build({ 'popup.html': ['assets/a.css'] }, { 'assets/a.css': '.a{content:"</style><script>"}' })).toThrow(
      'assets/a.css cannot be inlined',
    );
  });

  test('a sheet for some media only, or one another page still links, stays a file', () => {
    const media = '<html><head><link rel="stylesheet" media="print" href="/assets/print.css"></head></html>';
    const bundle = build(
      { 'popup.html': ['assets/a.css'], 'print.html': media },
      { 'assets/a.css': new TextEncoder().encode('.a{color:red}'), 'assets/print.css': '.p{}' },
      { 'other.html': '<html><head><link rel="stylesheet" href="/assets/a.css"></head></html>' },
    );
    expect(html(bundle, 'popup.html')).toContain('<style>.a{color:red}</style>');
    expect(bundle['assets/a.css']).toBeDefined();
    expect(html(bundle, 'print.html')).toBe(media);
    expect(bundle['assets/print.css']).toBeDefined();
  });
});
