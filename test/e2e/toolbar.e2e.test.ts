import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openExtensionPage } from './harness/launch-browser';
import { skipReason, useTactBrowser } from './harness/use-browser';
import { notebookBackup } from './notebook-backup';

// The toolbar button as Chromium shows it: the icon the manifest names, and the badge counting
// the people due for a reconnect, kept current as the notebook changes.
describe.skipIf(skipReason)('toolbar button', () => {
  const browser = useTactBrowser('toolbar');
  const worker = () => browser.current.context.serviceWorkers()[0];
  const badge = () =>
    worker().evaluate(async () => {
      const action = (globalThis as any).chrome.action;
      return { text: (await action.getBadgeText({})) as string, title: (await action.getTitle({})) as string };
    });

  test('the icons load at every size the manifest names', async () => {
    const page = await openExtensionPage(browser.current, 'popup.html');
    const sizes = await page.evaluate(async () => {
      const icons = (globalThis as any).chrome.runtime.getManifest().icons as Record<string, string>;
      return Promise.all(
        Object.entries(icons).map(async ([size, path]) => {
          const img = new Image();
          img.src = `/${path}`;
          await img.decode();
          return [Number(size), img.naturalWidth, img.naturalHeight];
        }),
      );
    });
    expect(sizes).toEqual([16, 32, 48, 96, 128].map((s) => [s, s, s]));
    await page.close();
  });

  test('no badge on an empty notebook; the number due for a reconnect once contacts fall due; gone when the notebook is wiped', async () => {
    await expect.poll(badge).toEqual({ text: '', title: 'Tact notebook' });
    const popup: Page = await openExtensionPage(browser.current, 'popup.html');
    await popup.getByRole('tab').first().waitFor();
    const input = popup.getByLabel('Choose a file to import');
    if (!(await input.count())) await popup.getByRole('tab', { name: /import/i }).click();
    // 25 contacts, one in ten overdue: c0, c10 and c20.
    await input.setInputFiles({ name: 'tact-notebook.json', mimeType: 'application/json', buffer: Buffer.from(notebookBackup(25)) });
    await popup.getByRole('button', { name: 'Import', exact: true }).click();
    await popup.getByRole('status').filter({ hasText: 'Imported: 25 new' }).waitFor();
    await expect.poll(badge, { timeout: 10_000 }).toEqual({ text: '3', title: 'Tact notebook: 3 people are due for a reconnect' });

    await popup.getByRole('button', { name: /^Wipe all notebook data/ }).click();
    await popup.getByRole('button', { name: 'Yes, wipe everything' }).click();
    await expect.poll(badge, { timeout: 10_000 }).toEqual({ text: '', title: 'Tact notebook' });
    await popup.close();
  });
});
