import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fingerprint, recipientKey } from '../../lib/outreach';
import { openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';

// Issue 10, parts 2 and 3, in the real build: outcomes and send fingerprints go to the real background
// through runtime.sendMessage from an extension page, exactly as the content script sends them; the
// popup's Impact view and the Instagram DM coach read them back.
const dmEditor = '[role=textbox][aria-label=Message]';

// The extension page's own `chrome` API (Node's types do not declare it).
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, { mutedRules?: string[] } | undefined>> } };
}
declare const chrome: ChromeApi;
const note = (n: number, who: string) =>
  `Hi ${who}! I'm mostly over on Bluesky now since Twitter became unbearable. Find me there as fernwrites if you want to keep in touch, would love to see you there${'!'.repeat(n)}`;

describe.skipIf(skipReason)('impact view and copy-paste outreach', () => {
  const browser = useTactBrowser('impact-outreach');

  async function extensionPage(path = 'popup.html'): Promise<Page> {
    const page = await browser.current.newPage();
    await page.goto(`chrome-extension://${browser.current.extensionId}/${path}`);
    return page;
  }
  // The content script's call: runtime.sendMessage({ type, payload }) to the background.
  const sendFrom = (page: Page, type: string, payload: object) =>
    page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);

  test('outcomes sent to the background show in the Impact view, live, with a mute for a rule posted anyway', async () => {
    const popup = await extensionPage();
    const at = Date.now() - 60_000;
    const outcome = (outcome: string, ruleIds: string[], network = 'facebook') =>
      sendFrom(popup, 'send/outcome', { network, outcome, ruleIds, categories: ['price'], at });
    for (let i = 0; i < 9; i++)
      expect(await outcome('posted-anyway', ['pitch.discount-code'])).toEqual({ ok: true, data: { recorded: true } });
    await outcome('revised', ['pitch.discount-code']);
    await outcome('cancelled', ['cta.follow'], 'x');
    await outcome('revised', ['cta.follow'], 'x');
    await outcome('fixed-before-send', ['cta.follow'], 'x');
    // A malformed message is refused and stores nothing.
    expect(
      await sendFrom(popup, 'send/outcome', { network: 'x', outcome: 'revised', ruleIds: [], categories: [], at, text: 'hi' }),
    ).toMatchObject({
      ok: false,
    });

    await popup.getByRole('tab', { name: 'Impact' }).click();
    const total = popup.locator('.impact-total');
    await expect.poll(() => total.getAttribute('data-paused')).toBe('12');
    expect(await total.getAttribute('data-revised-or-cancelled')).toBe('3');
    expect(await popup.locator('.impact-compare').textContent()).toBe("You: 25% revised or cancelled. X's reply prompts (2021): 34%.");
    expect(await popup.locator('table[aria-label="By network"] tbody tr').count()).toBe(2);
    expect(await popup.locator('svg.share-chart rect').count()).toBeGreaterThan(0);

    // Written while the view is open: liveQuery shows it without a reload.
    await outcome('cancelled', ['cta.follow'], 'x');
    await expect.poll(() => total.getAttribute('data-paused')).toBe('13');

    const noisy = popup.getByRole('region', { name: 'Rules you usually post anyway' });
    expect(await noisy.textContent()).toContain('pitch.discount-code: posted anyway 9 of 10 times (90%)');
    await noisy.getByRole('button', { name: 'Mute pitch.discount-code' }).click();
    await expect
      .poll(() => popup.evaluate(async () => (await chrome.storage.local.get('tact:settings'))['tact:settings']?.mutedRules))
      .toEqual(['pitch.discount-code']);
    await expect.poll(() => noisy.count()).toBe(0);
    await popup.close();
  });

  test('a 4th near-identical DM to a 4th person gets outreach.copy-paste; after one prior send it does not', async () => {
    const ext = await extensionPage();
    const record = (who: string, n: number) =>
      sendFrom(ext, 'outreach/record', {
        network: 'instagram',
        recipientKey: recipientKey('instagram', { kind: 'dm', target: { handle: who }, mentions: [] }, ''),
        fingerprint: fingerprint(note(n, who)),
        at: Date.now() - 3_600_000 * (n + 1),
      });
    expect(await record('ana.gomez', 1)).toEqual({ ok: true, data: { recorded: true } });

    // One earlier send: nothing to say. (The content script loads the fingerprints when the page opens.)
    const draft = note(2, 'Lucia');
    let page = await browser.current.newPage();
    await openFixture(page, 'https://www.instagram.com/direct/t/340282366/');
    await typeInto(page, page.locator(dmEditor), draft);
    let host = await waitForLevel(page, 'ok', 'dm', draft);
    expect(await host.getAttribute('data-rules')).not.toContain('outreach.copy-paste');
    await page.close();

    await record('bob_k', 3);
    await record('carla.m', 4);
    page = await browser.current.newPage();
    await openFixture(page, 'https://www.instagram.com/direct/t/340282366/');
    await typeInto(page, page.locator(dmEditor), draft);
    host = await waitForLevel(page, 'caution', 'dm', draft);
    expect((await host.getAttribute('data-rules'))!.split(' ')).toContain('outreach.copy-paste');
    await host.locator('.tact-badge').click();
    const finding = host.locator('.tact-card li[data-rule-id="outreach.copy-paste"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain("You've sent nearly this to 3 people this week");
    await page.close();
    await ext.close();
  });
});
