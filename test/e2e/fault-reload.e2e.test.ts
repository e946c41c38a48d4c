import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { composerRows, rowName, type ComposerRow } from './composer-table';
import { flipDraft } from './drafts';
import { collectPageErrors, currentWorker, reloadExtension, waitForWorkerTarget } from './harness/extension-control';
import { coach, openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { run, skipReason, useTactBrowser } from './harness/use-browser';

/** The extension's `chrome` inside its service worker (the test's own types do not know it). */
interface WorkerChrome {
  chrome: {
    tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
    scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  };
}

// One rich editor and one textarea (its highlights live in a mirror inside the badge's shadow root).
const picked = composerRows.filter((r) => r.network === 'x' && (r.composer === 'post' || r.composer === 'dm'));
const rows = picked.map((r) => [rowName(r), r] as const);

const editorText = (page: Page, row: ComposerRow) => page.evaluate((slot) => window.__fixture.editorText(slot), row.slot);
/** Ranges the page's highlight registry holds (the coach marks flagged words there, never in the editor). */
const highlightRanges = (page: Page) => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

// Issue 12, fault 1: an update or a reload while the user types.
describe.skipIf(skipReason)('the extension reloaded while a user composes', () => {
  const browser = useTactBrowser('fault-reload');

  test.each(rows)('%s: the old coach leaves cleanly, the new one attaches one badge, the draft is untouched', async (_, row) => {
    const text = flipDraft(row).text;
    const cut = Math.floor(text.length / 2);
    // What one coach on a fresh page shows for the whole draft, to compare with after the reload.
    const control = await browser.current.newPage();
    await openFixture(control, row.url);
    await typeInto(control, control.locator(row.editor).first(), text);
    await waitForLevel(control, 'flip', row.composer, text);
    const ownRanges = await highlightRanges(control);
    const ownBadges = await control.locator('tact-coach').count();
    await control.close();

    const page = await browser.current.newPage();
    const errors = collectPageErrors(page);
    await openFixture(page, row.url);
    await coach(page, row.composer).first().waitFor({ state: 'attached' });
    await typeInto(page, page.locator(row.editor).first(), text.slice(0, cut));
    await page.locator(`tact-coach[data-composer="${row.composer}"][data-draft-length="${cut}"]`).waitFor({ state: 'attached' });
    // The reload happens while keys are still coming.
    const typing = page.keyboard.type(text.slice(cut), { delay: 40 });
    await reloadExtension(browser.current, run.extension);
    await typing;
    await waitForWorkerTarget(browser.current, page);
    expect(await editorText(page, row)).toBe(text);
    // Only a live coach judges the whole draft: the new one is attached, without a page reload.
    await waitForLevel(page, 'flip', row.composer, text, 15_000);
    await page.waitForTimeout(500);
    expect(await coach(page, row.composer).count()).toBe(1);
    expect(await page.locator('tact-coach').count()).toBe(ownBadges);
    expect(await highlightRanges(page)).toBe(ownRanges);
    expect(await page.locator('tact-coach[data-paused="true"]').count()).toBe(0);
    expect(await editorText(page, row)).toBe(text);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Firefox puts the manifest's content scripts into open tabs when the add-on is installed or updated,
  // and Tact re-injects the coach itself (runtime/reinject-coach.ts): one page can get the coach twice,
  // even at once. One coach must come of it: one badge, and one pause per send.
  test('the coach injected twice more, at once, into a coached page: one badge, one pause, one send', async () => {
    const row = picked.find((r) => r.composer === 'post')!;
    const page = await browser.current.newPage();
    const errors = collectPageErrors(page);
    await openFixture(page, row.url);
    await coach(page, row.composer).first().waitFor({ state: 'attached' });
    const worker = await currentWorker(browser.current);
    await worker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as WorkerChrome;
      const [tab] = await chrome.tabs.query({ url });
      const inject = () => chrome.scripting.executeScript({ target: { tabId: tab.id! }, files: ['content-scripts/coach.js'] });
      await Promise.all([inject(), inject()]);
    }, row.url);
    const text = flipDraft(row).text;
    await typeInto(page, page.locator(row.editor).first(), text);
    await waitForLevel(page, 'flip', row.composer, text, 15_000);
    expect(await page.locator('tact-coach').count()).toBe(1);
    await page.locator(row.send!.control).first().click();
    const held = page.locator('tact-coach[data-paused="true"]');
    await held.waitFor({ state: 'attached' });
    expect(await held.count()).toBe(1);
    await held.getByRole('button', { name: 'Post anyway', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__sent)).toBe(1);
    expect(await page.locator('tact-coach[data-paused="true"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('no request left the machine', () => {
    expect(browser.current.recorder.foreign()).toEqual([]);
  });
});
