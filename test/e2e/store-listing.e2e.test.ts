import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { pngSize } from '../unit/helpers/read-zip';
import { composerRows } from './composer-table';
import { flipDraft } from './drafts';
import { openExtensionPage } from './harness/launch-browser';
import { repoRoot, tmpDir } from './harness/paths';
import { openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';
import { notebookBackup } from './notebook-backup';

// The store listing's pictures, made from the real extension on the fixture pages: 1280×800
// screenshots (both stores accept that size) and the 440×280 Chrome Web Store tile. Written to
// test/.tmp/store every run; docs/store/ gets them when missing or with TACT_UPDATE_SCREENSHOT=1,
// so a test run leaves the tree clean.
const docsDir = resolve(repoRoot, 'docs/store');
const outDir = (name: string) =>
  process.env.TACT_UPDATE_SCREENSHOT || !existsSync(resolve(docsDir, name)) ? docsDir : resolve(tmpDir, 'store');

function save(name: string, png: Buffer, width: number, height: number): void {
  expect(pngSize(png)).toEqual({ width, height });
  const dir = outDir(name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, name), png);
}

describe.skipIf(skipReason)('store listing material', () => {
  const browser = useTactBrowser('store-listing');

  test.each(['facebook', 'linkedin', 'x'])('1280×800: the coach card on %s', async (network) => {
    const row = composerRows.find((r) => r.network === network && r.composer === 'post')!;
    const draft = flipDraft(row);
    const page = await browser.current.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openFixture(page, row.url);
    await typeInto(page, page.locator(row.editor), draft.text);
    const host = await waitForLevel(page, 'flip', 'post', draft.text);
    await host.locator('.tact-badge').click();
    await host.locator('[role=dialog]').waitFor();
    save(`coach-${network}-1280x800.png`, await page.screenshot(), 1280, 800);
    await page.close();
  });

  test('1280×800: the notebook', async () => {
    const page: Page = await openExtensionPage(browser.current, 'popup.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('tab').first().waitFor();
    const input = page.getByLabel('Choose a file to import');
    if (!(await input.count())) await page.getByRole('tab', { name: /import/i }).click();
    await input.setInputFiles({ name: 'tact-notebook.json', mimeType: 'application/json', buffer: Buffer.from(notebookBackup(40)) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 40 new' }).waitFor();
    await page.getByRole('tab').first().click();
    // The popup is 380–460 px wide: shown larger and centred, as a listing picture wants it.
    await page.addStyleTag({ content: 'html { background: #eef0f6 } body { zoom: 1.6; margin: 0 auto; box-shadow: 0 4px 24px #0003 }' });
    save('notebook-1280x800.png', await page.screenshot(), 1280, 800);
    await page.close();
  });

  test('440×280 tile: the mark and the name, rendered from the icon source', () => {
    const mark = readFileSync(resolve(repoRoot, 'assets/icon.svg'), 'utf8').replace(
      /<svg[^>]*>/,
      '<svg x="36" y="76" width="128" height="128" viewBox="0 0 128 128">',
    );
    const tile = `<svg xmlns="http://www.w3.org/2000/svg" width="440" height="280" viewBox="0 0 440 280">
      <rect width="440" height="280" fill="#f6f3ec"/>
      ${mark}
      <text x="190" y="138" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="52" fill="#24265c">Tact</text>
      <text x="190" y="172" font-family="DejaVu Sans, sans-serif" font-size="16" fill="#24265c">Keep friends friends</text>
      <text x="190" y="194" font-family="DejaVu Sans, sans-serif" font-size="16" fill="#24265c">and clients clients.</text>
    </svg>`;
    save('tile-440x280.png', new Resvg(tile, { font: { loadSystemFonts: true } }).render().asPng(), 440, 280);
  });
});
