import { describe, expect, test } from 'vitest';
import { composerRows, rowName } from './composer-table';
import { cleanDraft, flipDraft } from './drafts';
import { foreignNodes } from './harness/editor-integrity';
import { coach, openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';

const rows = composerRows.filter((r) => !r.optIn).map((r) => [rowName(r), r] as const);

// Every coached composer on every network the manifest injects into, each with the network's
// real editor library: what a user sees (the badge's verdict) and what they must never see
// (Tact's nodes inside their editor, or their text changed).
describe.skipIf(skipReason)('coach on each network', () => {
  const browser = useTactBrowser('coach-networks');

  test.each(rows)("%s: a flip draft turns the badge to flip, the editor DOM stays the editor's", async (_, row) => {
    const page = await browser.current.newPage();
    await openFixture(page, row.url);
    const editor = page.locator(row.editor).first();
    const draft = flipDraft(row);
    await typeInto(page, editor, draft.text);
    const host = await waitForLevel(page, 'flip', row.composer, draft.text);
    expect(await host.getAttribute('data-network')).toBe(row.network);
    expect((await host.getAttribute('data-rules'))?.split(' ').map((id) => id.split('.')[0])).toContain(draft.category);
    expect(await page.evaluate((slot) => window.__fixture.editorText(slot), row.slot)).toBe(draft.text);
    expect(await foreignNodes(editor, row.editorKind)).toEqual([]);
    await expect.poll(() => coach(page, row.composer).count()).toBe(1);
    await page.close();
  });

  test.each(rows)('%s: a warm, clean draft stays ok', async (_, row) => {
    const page = await browser.current.newPage();
    await openFixture(page, row.url);
    await typeInto(page, page.locator(row.editor).first(), cleanDraft);
    // The verdict on the whole typed draft, not the empty draft's `ok` from before typing.
    const host = await waitForLevel(page, 'ok', row.composer, cleanDraft);
    expect(await host.getAttribute('data-rules')).toBe('');
    await page.close();
  });

  test('no request left the machine', () => {
    expect(browser.current.recorder.foreign()).toEqual([]);
  });
});
