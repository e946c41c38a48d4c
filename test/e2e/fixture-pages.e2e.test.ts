import { describe, expect, test } from 'vitest';
import { composerRows, rowName } from './composer-table';
import { openFixture, typeInto } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';

// The fixtures themselves: each real editor library takes real key events under the network's
// real host name. If this fails, a coach failure elsewhere says nothing about Tact.
describe.skipIf(skipReason)('fixture pages', () => {
  const browser = useTactBrowser('fixture-pages');

  test.each(composerRows.map((r) => [rowName(r), r] as const))('%s: the editor library takes typing', async (_, row) => {
    const page = await browser.current.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openFixture(page, row.url);
    await typeInto(page, page.locator(row.editor).first(), 'Lunch on Sunday?');
    await expect.poll(() => page.evaluate((slot) => window.__fixture.editorText(slot), row.slot)).toBe('Lunch on Sunday?');
    expect(errors).toEqual([]);
    await page.close();
  });

  test("YouTube is served with Trusted Types enforced, so the page's own innerHTML throws", async () => {
    const page = await browser.current.newPage();
    await openFixture(page, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    const error = await page.evaluate(() => {
      try {
        document.body.innerHTML = '<b>x</b>';
        return '';
      } catch (e) {
        return String(e);
      }
    });
    expect(error).toMatch(/TrustedHTML/);
    await page.close();
  });
});
