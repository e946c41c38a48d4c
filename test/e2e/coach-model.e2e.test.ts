import { describe, expect, test } from 'vitest';
import { openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';

const facebookPost = `[data-lexical-editor=true][aria-label^="What's on your mind"]`;
// No rule phrase covers this pitch (the example of a miss): only the learned model can flag it.
const obfuscatedPitch = 'D.M me for 5O% 0FF all my pr0ducts';

// The learned scorer ships inside the content script: in the real browser, a pitch no rule knows
// turns the badge red, and the card says which findings came from the model and quotes the draft.
describe.skipIf(skipReason)('learned model in the coach', () => {
  const browser = useTactBrowser('coach-model');

  test('a pitch only the model recognises flips, and the card marks its findings as learned', async () => {
    const page = await browser.current.newPage();
    await openFixture(page, 'https://www.facebook.com/');
    await typeInto(page, page.locator(facebookPost), obfuscatedPitch);
    const host = await waitForLevel(page, 'flip', 'post', obfuscatedPitch);
    expect((await host.getAttribute('data-rules'))!.split(' ')).toContain('model.pitch-language');
    await host.locator('.tact-badge').click();
    const learned = host.locator('.tact-card li[data-source="model"]');
    await learned.first().waitFor();
    expect(await learned.first().locator('.tact-source').textContent()).toBe('learned');
    const quoted = await learned.locator('.tact-actual').allTextContents();
    // Each entry quotes its places as “…”, “…”: every one is words of the draft as typed.
    const places = quoted.flatMap((q) => [...q.matchAll(/“([^”]+)”/g)].map((m) => m[1]));
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(obfuscatedPitch).toContain(p);
    await page.close();
  });
});
