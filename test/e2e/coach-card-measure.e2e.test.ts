import { describe, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { condolencePitch, facebookPost, longPostWithCodes, promoDraft } from './card-drafts';
import { tmpDir } from './harness/paths';
import { openFixture, pasteInto, waitForLevel } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';

// Not a check: the card's size and entry count on issue 9's drafts, written to test/.tmp so the
// same file measures the card before and after a change. Runs only with TACT_MEASURE_CARD set.
describe.skipIf(skipReason || !process.env.TACT_MEASURE_CARD)('card measure', () => {
  const browser = useTactBrowser('coach-card-measure');
  test('measure the card on issue 9 drafts', async () => {
    const out: Record<string, unknown> = {};
    for (const [name, text] of Object.entries({ promo: promoDraft, longPost: longPostWithCodes, condolence: condolencePitch })) {
      const page = await browser.current.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await openFixture(page, 'https://www.facebook.com/');
      await pasteInto(page, page.locator(facebookPost), text, true);
      const host = await waitForLevel(page, 'flip', 'post', text);
      const badge = (await host.locator('.tact-badge').boundingBox())!;
      await host.locator('.tact-badge').click();
      const card = host.locator('.tact-card');
      await card.waitFor();
      out[name] = {
        entries: await card.locator('li').count(),
        badge: await host.locator('.tact-badge').textContent(),
        cardHeight: Math.round((await card.boundingBox())!.height),
        contentHeight: await card.evaluate((el) => el.scrollHeight),
        badgeBottom: Math.round(badge.y + badge.height),
        viewport: 800,
      };
      await card.screenshot({ path: resolve(tmpDir, `card-${process.env.TACT_MEASURE_CARD}-${name}.png`) });
      await page.close();
    }
    mkdirSync(tmpDir, { recursive: true });
    writeFileSync(resolve(tmpDir, `card-measure-${process.env.TACT_MEASURE_CARD}.json`), JSON.stringify(out, null, 2));
    console.log(JSON.stringify(out));
  });
});
