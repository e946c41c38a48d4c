import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { composerRows, type ComposerRow } from './composer-table';
import { cleanDraft, flipDraft } from './drafts';
import { startConnectProxy, type ConnectProxy } from './harness/connect-proxy';
import { findFirefox, launchTactFirefox, type TactFirefox } from './harness/launch-firefox';
import { repoRoot } from './harness/paths';
import { fixtureHosts } from './harness/site-routes';
import { skipReason } from './harness/use-browser';

// The Firefox build (MV2) in Debian's Firefox ESR, over WebDriver BiDi, on the same fixture pages
// and server as Chromium; the networks' host names reach the server through a local CONNECT proxy.
const firefoxBuild = resolve(repoRoot, '.output/firefox-mv2');
const noFirefox = findFirefox() ? '' : 'Firefox ESR not found (apt-get install -y firefox-esr)';
if (noFirefox && process.env.CI) throw new Error(noFirefox);
if (noFirefox) console.warn(`[e2e] Firefox skipped: ${noFirefox}`);

const rows = (['facebook', 'linkedin', 'x'] as const).map((n) => composerRows.find((r) => r.network === n && r.composer === 'post')!);

/** Waits for the badge to show `level` for a draft of exactly `text`'s length, as the Chromium suite does. */
async function waitForLevel(page: Page, level: string, text: string): Promise<string> {
  const host = await page.waitForSelector(`tact-coach[data-level="${level}"][data-draft-length="${text.length}"][data-composer="post"]`, {
    timeout: 15_000,
  });
  return (await host!.evaluate((h) => h.getAttribute('data-rules'))) ?? '';
}

async function typeDraft(page: Page, row: ComposerRow, text: string): Promise<void> {
  await page.goto(row.url);
  await page.waitForSelector('html[data-fixture-ready=true]');
  await page.click(row.editor);
  await page.keyboard.type(text);
}

describe.skipIf(skipReason || noFirefox)('Firefox ESR with the Firefox build', () => {
  let proxy: ConnectProxy;
  let firefox: TactFirefox;
  beforeAll(async () => {
    proxy = await startConnectProxy(inject('fixturePort'));
    firefox = await launchTactFirefox(firefoxBuild, proxy.port);
  }, 120_000);
  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
  });

  test.each(rows)('$network $composer: a flip draft flips with the expected finding', async (row) => {
    const page = await firefox.browser.newPage();
    const draft = flipDraft(row);
    await typeDraft(page, row, draft.text);
    expect(await waitForLevel(page, 'flip', draft.text)).toContain(draft.category);
    await page.close();
  });

  test.each(rows)('$network $composer: a clean draft is ok and stays ok', async (row) => {
    const page = await firefox.browser.newPage();
    await typeDraft(page, row, cleanDraft);
    await waitForLevel(page, 'ok', cleanDraft);
    // Past the debounce and a second check, still ok and still one badge.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await page.$$eval('tact-coach[data-composer="post"]', (hosts) => hosts.map((h) => h.getAttribute('data-level')))).toEqual([
      'ok',
    ]);
    await page.close();
  });

  test('the notebook opens from the coach: add the DM recipient, then open them in the notebook', async () => {
    const page = await firefox.browser.newPage();
    const dm = composerRows.find((r) => r.network === 'linkedin' && r.composer === 'dm')!;
    await typeDraft(page, dm, cleanDraft);
    await page.waitForSelector(`tact-coach[data-composer="dm"][data-draft-length="${cleanDraft.length}"]`);
    await page.click('tact-coach[data-composer="dm"] >>> .tact-badge');
    await page.click('tact-coach[data-composer="dm"] >>> .tact-add-contact');
    const open = await page.waitForSelector('tact-coach[data-composer="dm"] >>> .tact-contact[data-contact-id] button', {
      timeout: 10_000,
    });
    // Firefox will not let WebDriver navigate a tab to moz-extension:// ("not allowed in this
    // context"), so the notebook is opened the way a user does it: from the card, by the background.
    // BiDi reports that tab's URL as about:blank, so the test asks the page itself where it is.
    const before = new Set(await firefox.browser.pages());
    await open!.click();
    let notebook: Page | undefined;
    for (let i = 0; i < 50 && !notebook; i++) {
      await new Promise((r) => setTimeout(r, 200));
      notebook = (await firefox.browser.pages()).find((p) => !before.has(p));
    }
    expect(notebook, 'no new tab opened').toBeDefined();
    await notebook!.waitForFunction(() => document.body?.innerText.includes('Ana García'), { timeout: 10_000 });
    expect(await notebook!.evaluate(() => location.href)).toMatch(new RegExp(`^${firefox.extensionBase}popup\\.html#/contact/`));
    expect(await notebook!.$$eval('[role=tab]', (tabs) => tabs.length)).toBeGreaterThan(1);
    await notebook!.close();
    await page.close();
  });

  // Issue 12 review: an update while a page is open. Firefox unloads the old add-on's content script (its
  // badge stays in the page, orphaned) and starts the new one in open tabs; Tact's background re-injects
  // it too (runtime/reinject-coach.ts). One coach must come of it: one badge, and it judges the draft.
  test('the add-on updated while a post is being written: one badge, live, the draft untouched', async () => {
    const row = rows.find((r) => r.network === 'x')!;
    const page = await firefox.browser.newPage();
    const text = flipDraft(row).text;
    const cut = Math.floor(text.length / 2);
    await typeDraft(page, row, text.slice(0, cut));
    await page.waitForSelector(`tact-coach[data-composer="post"][data-draft-length="${cut}"]`, { timeout: 15_000 });
    const id = await firefox.browser.installExtension(firefoxBuild);
    expect(id).toBe('tact@tact.local');
    await page.keyboard.type(text.slice(cut));
    await waitForLevel(page, 'flip', text);
    // Past the debounce and one more check: still exactly one badge.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await page.$$eval('tact-coach', (hosts) => hosts.map((h) => h.getAttribute('data-composer')))).toEqual(['post']);
    expect(await page.evaluate(() => window.__fixture.editorText())).toBe(text);
    await page.close();
  });

  test("no request left the machine: the proxy saw only fixture hosts and Firefox's own services (refused)", () => {
    expect(proxy.requested.length).toBeGreaterThan(0);
    // Firefox ESR polls its own remote settings at start; the proxy refuses them like anything else
    // that is not a fixture host. Tact's own requests would show up here under any other name.
    const firefoxOwn = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/;
    const foreign = proxy.requested.map((t) => t.split(':')[0]).filter((h) => !fixtureHosts.includes(h) && !firefoxOwn.test(h));
    expect(foreign).toEqual([]);
  });
});
