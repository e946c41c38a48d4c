import { describe, expect, test } from 'vitest';
import { openFixture, typeInto } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';

// The harness itself: real host names reach the local fixtures, the real editors work, the
// extension is loaded, and nothing in this file's browser went off the machine.
describe.skipIf(skipReason)('e2e harness', () => {
  const browser = useTactBrowser('harness');

  test('the built extension is loaded and its service worker runs', () => {
    expect(browser.current.extensionId).toMatch(/^[a-p]{32}$/);
  });

  test('https://www.linkedin.com/feed/ is the local fixture with a working Quill editor', async () => {
    const page = await browser.current.newPage();
    await openFixture(page, 'https://www.linkedin.com/feed/');
    expect(page.url()).toBe('https://www.linkedin.com/feed/');
    const editor = page.getByRole('textbox', { name: 'Text editor for creating content' }).first();
    await typeInto(page, editor, 'Hello from the fixture');
    expect(await page.evaluate(() => window.__fixture.editorText('post'))).toBe('Hello from the fixture');
    await page.close();
  });

  test('an unknown host does not resolve: the browser cannot reach the internet', async () => {
    const page = await browser.current.newPage();
    browser.current.recorder.expectProbe('https://example.com/');
    const error = await page.goto('https://example.com/').then(
      () => '',
      (e: Error) => e.message,
    );
    expect(error).toMatch(/ERR_NAME_NOT_RESOLVED/);
    await page.close();
  });

  test('every request so far stayed on 127.0.0.1', () => {
    expect(browser.current.recorder.requests.length).toBeGreaterThan(1);
    expect(browser.current.recorder.foreign()).toEqual([]);
  });
});
