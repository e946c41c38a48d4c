import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composerRows } from './composer-table';
import { flipDraft } from './drafts';
import { openExtensionPage, waitForSiteRegistration, type TactBrowser } from './harness/launch-browser';
import { openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { seedHostGrant } from './harness/seed-host-grant';
import { launchForRun, saveRequestLog, skipReason } from './harness/use-browser';

const generic = composerRows.find((r) => r.network === 'generic')!;
const mastodon = composerRows.find((r) => r.network === 'mastodon')!;

/** Types a flip and waits well past the debounce: long enough for a coach that runs to show up. */
async function coachAfterTyping(browser: TactBrowser, row: typeof generic): Promise<number> {
  const page = await browser.newPage();
  await openFixture(page, row.url);
  await typeInto(page, page.locator(row.editor), flipDraft(row).text);
  await page.waitForTimeout(1_500);
  const count = await page.locator('tact-coach').count();
  await page.close();
  return count;
}

// Sites outside the fixed networks need the user's say-so: a host permission asked for at run
// time. Before it, Tact must not run there at all; after it, any plain textarea is coached.
describe.skipIf(skipReason)('an opt-in site', () => {
  const profile = mkdtempSync(join(tmpdir(), 'tact-e2e-optin-'));
  let browser: TactBrowser | undefined;
  const launch = async (log: string) => {
    browser = await launchForRun(profile);
    return { browser, log };
  };
  const close = async (log: string) => {
    if (!browser) return;
    saveRequestLog(log, browser.recorder);
    await browser.close();
    browser = undefined;
  };
  afterAll(async () => {
    await close('opt-in-site-last');
    rmSync(profile, { recursive: true, force: true });
  });

  test('without permission nothing of Tact runs on example.org or mastodon.social; settings offer the switch', async () => {
    const { browser } = await launch('opt-in-site-before');
    expect(await coachAfterTyping(browser, generic)).toBe(0);
    expect(await coachAfterTyping(browser, mastodon)).toBe(0);
    const options = await openExtensionPage(browser, 'options.html?site=https://example.org');
    await options.locator('.tact-site[data-allowed=false]').waitFor();
    expect(await options.getByRole('button', { name: 'Use Tact on this site' }).count()).toBe(1);
    // `chrome` exists in the extension page, not in this file's types.
    expect(await options.evaluate(() => (globalThis as any).chrome.permissions.contains({ origins: ['https://example.org/*'] }))).toBe(
      false,
    );
    await close('opt-in-site-before');
  });

  test('once the user has allowed example.org, its plain textarea is coached, and only that site', async () => {
    // Chrome's own "Allow" prompt cannot be clicked headless: record the grant the way Chrome does
    // (see seed-host-grant.ts), then start the browser again, as after the user's click.
    const { browser: first } = await launch('opt-in-site-grant');
    const id = first.extensionId;
    await close('opt-in-site-grant');
    seedHostGrant(profile, id, ['https://example.org/*']);

    const { browser } = await launch('opt-in-site-after');
    await waitForSiteRegistration(browser, 'https://example.org');
    const options = await openExtensionPage(browser, 'options.html?site=https://example.org');
    await options.locator('.tact-site[data-allowed=true]').waitFor();

    const page = await browser.newPage();
    await openFixture(page, generic.url);
    await typeInto(page, page.locator(generic.editor), flipDraft(generic).text);
    const host = await waitForLevel(page, 'flip', 'comment', flipDraft(generic).text);
    expect(await host.getAttribute('data-network')).toBe('generic');
    expect(await host.getAttribute('data-norm')).toBe('hybrid');
    await page.close();
    expect(await coachAfterTyping(browser, mastodon)).toBe(0);
  });

  test('turning it off again in settings stops the coach there', async () => {
    const options = await openExtensionPage(browser!, 'options.html?site=https://example.org');
    await options.getByRole('button', { name: 'Turn off on this site' }).click();
    await options.locator('.tact-site[data-allowed=false]').waitFor();
    expect(await coachAfterTyping(browser!, generic)).toBe(0);
  });
});
