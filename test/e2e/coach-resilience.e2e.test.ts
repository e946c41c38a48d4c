import { beforeAll, describe, expect, test } from 'vitest';
import { composerRows, rowName, type ComposerRow } from './composer-table';
import { flipDraft } from './drafts';
import { longTasksSince, pageNow, recordLongTasks } from './harness/long-tasks';
import { MainThreadTrace } from './harness/main-thread-trace';
import { bigDraft, coach, openFixture, pasteInto, typeInto, waitForLevel } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';

const coached = composerRows.filter((r) => !r.optIn);
const rows = coached.map((r) => [rowName(r), r] as const);
// One composer per editor library: the paste check is about each library's DOM, not each network.
const firstPerLibrary = new Map<string, ComposerRow>();
for (const r of coached) if (!firstPerLibrary.has(r.editorKind)) firstPerLibrary.set(r.editorKind, r);
const perLibrary = [...firstPerLibrary.values()].map((r) => [rowName(r), r] as const);

async function remountTimes(page: import('playwright-core').Page, row: ComposerRow, times: number): Promise<void> {
  await page.evaluate(async ({ slot, n }) => {
    for (let i = 0; i < n; i++) {
      window.__fixture.remount(slot);
      // Let observers run between re-renders, as a real single-page app yields to the event loop.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
  }, { slot: row.slot, n: times });
}

// Single-page apps re-render composers all the time, and people paste long texts: the coach must
// neither pile up badges nor freeze the page.
describe.skipIf(skipReason)('coach under re-renders and big pastes', () => {
  const browser = useTactBrowser('coach-resilience');
  beforeAll(async () => {
    if (!skipReason) await recordLongTasks(browser.current.context);
  });

  test.each(rows)('%s: 50 remounts leave exactly one badge, and it coaches the new editor', async (_, row) => {
    const page = await browser.current.newPage();
    await openFixture(page, row.url);
    await coach(page, row.composer).first().waitFor({ state: 'attached' });
    await remountTimes(page, row, 50);
    await expect.poll(() => coach(page, row.composer).count(), { timeout: 5_000 }).toBe(1);
    // Only one badge for the page's one (or two) composers, none orphaned elsewhere.
    const composersOnPage = await page.locator(row.editor).count();
    expect(await page.locator('tact-coach').count()).toBe(row.slot ? 2 : composersOnPage);
    await typeInto(page, page.locator(row.editor).first(), flipDraft(row).text);
    await waitForLevel(page, 'flip', row.composer);
    await page.close();
  });

  test.each(perLibrary)('%s: pasting 100 KB, no task running Tact lasts 50 ms', async (_, row) => {
    const page = await browser.current.newPage();
    await openFixture(page, row.url);
    const editor = page.locator(row.editor).first();
    const text = `${bigDraft(100_000)}\n${flipDraft(row).text}`;
    const trace = await MainThreadTrace.start(page);
    const before = await pageNow(page);
    await pasteInto(page, editor, text, !['textarea', 'contenteditable'].includes(row.editorKind));
    await expect.poll(() => page.evaluate((slot) => window.__fixture.editorText(slot).length, row.slot)).toBeGreaterThan(100_000);
    await waitForLevel(page, 'flip', row.composer, 15_000);
    // Typing on after the paste must stay smooth too: each key re-arms the debounced check.
    await page.keyboard.type(' thanks', { delay: 30 });
    await page.waitForTimeout(700);
    const tasks = await trace.stop();
    // The page's own view (PerformanceObserver 'longtask'), which cannot tell whose code ran: printed for comparison.
    const observed = await longTasksSince(page, before);
    const withTact = tasks.filter((t) => t.tact > 0);
    const tactTasks = withTact.filter((t) => t.isTacts);
    const longest = (list: typeof tasks, f: (t: (typeof tasks)[number]) => number) => Math.max(0, ...list.map(f)).toFixed(1);
    console.log(`[e2e] ${rowName(row)}, 100 KB paste: ${tactTasks.length} tasks mostly Tact's, longest ${longest(tactTasks, (t) => t.duration)} ms; ` +
      `Tact's longest share of any task ${longest(withTact, (t) => t.tact)} ms; page's own long tasks: ` +
      `${tasks.filter((t) => t.duration >= 50 && !t.isTacts).map((t) => t.duration.toFixed(0)).join(', ') || 'none'} ms; 'longtask' entries: ${observed.join(', ') || 'none'}`);
    expect(tactTasks.length).toBeGreaterThan(0);
    // Tact's own tasks (the debounced check) stay short, and it adds under 50 ms to any page task.
    expect(tactTasks.filter((t) => t.duration >= 50)).toEqual([]);
    expect(withTact.filter((t) => t.tact >= 50)).toEqual([]);
    await page.close();
  });
});
