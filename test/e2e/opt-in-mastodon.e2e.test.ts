import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composerRows } from './composer-table';
import { flipDraft } from './drafts';
import { waitForSiteRegistration, type TactBrowser } from './harness/launch-browser';
import { openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { seedHostGrant } from './harness/seed-host-grant';
import { launchForRun, saveRequestLog, skipReason } from './harness/use-browser';

const mastodon = composerRows.find((r) => r.network === 'mastodon')!;

// Mastodon is opt-in (any server can run it). Once mastodon.social is allowed, the Mastodon
// adapter, not the generic one, must coach it, and read the visibility the user picks.
describe.skipIf(skipReason)('Mastodon once allowed', () => {
  const profile = mkdtempSync(join(tmpdir(), 'tact-e2e-mastodon-'));
  let browser: TactBrowser;

  beforeAll(async () => {
    const first = await launchForRun(profile);
    const id = first.extensionId;
    saveRequestLog('opt-in-mastodon-grant', first.recorder);
    await first.close();
    // As after the user's "Allow" in Chrome's prompt (see seed-host-grant.ts).
    seedHostGrant(profile, id, ['https://mastodon.social/*']);
    browser = await launchForRun(profile);
    await waitForSiteRegistration(browser, 'https://mastodon.social');
  });
  afterAll(async () => {
    if (browser) {
      saveRequestLog('opt-in-mastodon', browser.recorder);
      await browser.close();
    }
    rmSync(profile, { recursive: true, force: true });
  });

  test('a public toot selling to followers is coached by the Mastodon adapter with hybrid norms', async () => {
    const page = await browser.newPage();
    await openFixture(page, mastodon.url);
    await typeInto(page, page.locator(mastodon.editor), flipDraft(mastodon).text);
    const host = await waitForLevel(page, 'flip', 'post', flipDraft(mastodon).text);
    expect(await host.getAttribute('data-network')).toBe('mastodon');
    expect(await host.getAttribute('data-norm')).toBe('hybrid');
    await page.close();
  });

  test('switching visibility to "Specific people" makes it a private message', async () => {
    const page = await browser.newPage();
    await openFixture(page, mastodon.url);
    await page.evaluate(() => (window.__fixture.setVisibility as (v: string) => void)('Specific people'));
    const lunch = '@lucia@mastodon.social lunch on Sunday?';
    await typeInto(page, page.locator(mastodon.editor), lunch);
    const host = await waitForLevel(page, 'ok', 'dm', lunch);
    expect(await host.getAttribute('data-network')).toBe('mastodon');
    await page.close();
  });

  test('a reply names the post being answered: the badge is a reply', async () => {
    const page = await browser.newPage();
    await openFixture(page, mastodon.url);
    await page.evaluate(() =>
      (window.__fixture.replyTo as (p: { name: string; acct: string }) => void)({ name: 'Sam Lopez', acct: 'sam' }),
    );
    const tomatoes = 'Those tomatoes look amazing!';
    await typeInto(page, page.locator(mastodon.editor), tomatoes);
    await waitForLevel(page, 'ok', 'reply', tomatoes);
    await page.close();
  });
});
