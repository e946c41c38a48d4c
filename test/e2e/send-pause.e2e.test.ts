import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { composerRows, rowName, type ComposerRow } from './composer-table';
import { DB_NAME } from '../../lib/db/schema';
import { fingerprint, MIN_WORDS } from '../../lib/outreach';
import { cleanDraft, flipDraft } from './drafts';
import { clearEditor, coach, openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';
import { openExtensionPage, type TactBrowser } from './harness/launch-browser';

type SendRow = ComposerRow & { send: NonNullable<ComposerRow['send']> };
const coached = composerRows.filter((r): r is SendRow => !r.optIn && !!r.send);
const rows = coached.map((r) => [rowName(r), r] as const);
const enterRows = coached.filter((r) => r.send.enter).map((r) => [rowName(r), r] as const);

const sent = (page: Page) => page.evaluate(() => window.__sent);
const sentTexts = (page: Page) => page.evaluate(() => window.__sentTexts);
const editorText = (page: Page, row: ComposerRow) => page.evaluate((slot) => window.__fixture.editorText(slot), row.slot);
const anyway = (row: ComposerRow) => (row.composer === 'dm' ? 'Send anyway' : 'Post anyway');

/** The coach host while it holds a send: `data-paused="true"` (the contract independent checks rely on). */
const pausedHost = (page: Page, row: ComposerRow) => page.locator(`tact-coach[data-composer="${row.composer}"][data-paused="true"]`);

async function ready(page: Page, row: ComposerRow): Promise<void> {
  await openFixture(page, row.url);
  // The first (empty) verdict: the session is live and listening.
  await coach(page, row.composer).first().waitFor({ state: 'attached' });
}

/** The extension's `chrome` inside its service worker (the test's own types do not know it). */
interface WorkerGlobal {
  chrome: {
    storage: { local: { set(v: object): Promise<void>; remove(key: string): Promise<void> } };
    runtime: { reload(): void };
  };
}

async function setSettings(browser: TactBrowser, value: Record<string, unknown> | null): Promise<void> {
  const [worker] = browser.context.serviceWorkers();
  await worker.evaluate(async (v) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    if (v) await chrome.storage.local.set({ 'tact:settings': v });
    else await chrome.storage.local.remove('tact:settings');
  }, value);
}

// Issue 10: a flip is held at the moment of sending, on every network, with its real send control.
describe.skipIf(skipReason)('the pause before a flip is sent', () => {
  const browser = useTactBrowser('send-pause');

  test.each(rows)('%s: a flip sent within the debounce is held; "… anyway" lets it through exactly once', async (_, row) => {
    const page = await browser.current.newPage();
    await ready(page, row);
    const draft = flipDraft(row).text;
    await typeInto(page, page.locator(row.editor).first(), draft);
    // Sent at once: the badge has not judged the whole draft yet, so only a send-time verdict can hold it.
    const judged = await page.locator(`tact-coach[data-draft-length="${draft.length}"]`).count();
    await page.locator(row.send.control).first().click();
    await pausedHost(page, row).waitFor({ state: 'attached' });
    expect(await sent(page)).toBe(0);
    expect(judged).toBe(0);
    const host = pausedHost(page, row);
    await expect.poll(() => host.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(1);
    await host.getByRole('button', { name: anyway(row), exact: true }).click();
    await expect.poll(() => sent(page)).toBe(1);
    expect(await sentTexts(page)).toEqual([draft]);
    await expect.poll(() => pausedHost(page, row).count()).toBe(0);
    // Nothing more goes out later (no second release).
    await page.waitForTimeout(400);
    expect(await sent(page)).toBe(1);
    await page.close();
  });

  test.each(rows)('%s: an ok draft is sent at once, with no pause', async (_, row) => {
    const page = await browser.current.newPage();
    await ready(page, row);
    await typeInto(page, page.locator(row.editor).first(), cleanDraft);
    await page.locator(row.send.control).first().click();
    expect(await sent(page)).toBe(1);
    expect(await sentTexts(page)).toEqual([cleanDraft]);
    expect(await pausedHost(page, row).count()).toBe(0);
    await page.close();
  });

  test.each(rows)('%s: Edit returns to the untouched draft; fixed, it is sent with no pause', async (_, row) => {
    const page = await browser.current.newPage();
    await ready(page, row);
    const editor = page.locator(row.editor).first();
    const draft = flipDraft(row).text;
    await typeInto(page, editor, draft);
    await waitForLevel(page, 'flip', row.composer, draft);
    await page.locator(row.send.control).first().click();
    await pausedHost(page, row).getByRole('button', { name: 'Edit', exact: true }).click();
    await expect.poll(() => pausedHost(page, row).count()).toBe(0);
    expect(await editorText(page, row)).toBe(draft);
    // Focus is back in the editor: the next keys land in the draft.
    await page.keyboard.type('!');
    await expect.poll(() => editorText(page, row)).toContain('!');
    await clearEditor(page, editor);
    await page.keyboard.type(cleanDraft);
    await page.locator(row.send.control).first().click();
    expect(await sent(page)).toBe(1);
    expect(await sentTexts(page)).toEqual([cleanDraft]);
    expect(await pausedHost(page, row).count()).toBe(0);
    await page.close();
  });

  test.each(enterRows)('%s: Enter-to-send is held the same way; "… anyway" sends once', async (_, row) => {
    const page = await browser.current.newPage();
    await ready(page, row);
    const draft = flipDraft(row).text;
    await typeInto(page, page.locator(row.editor).first(), draft);
    await page.keyboard.press('Enter');
    await pausedHost(page, row).waitFor({ state: 'attached' });
    expect(await sent(page)).toBe(0);
    // Held, not typed: the Enter did not become a new line either.
    expect(await editorText(page, row)).toBe(draft);
    await pausedHost(page, row)
      .getByRole('button', { name: anyway(row), exact: true })
      .click();
    await expect.poll(() => sent(page)).toBe(1);
    expect(await sentTexts(page)).toEqual([draft]);
    await page.waitForTimeout(400);
    expect(await sent(page)).toBe(1);
    await page.close();
  });

  test.each(enterRows)('%s: Shift+Enter is still a new line, even in a flip', async (_, row) => {
    const page = await browser.current.newPage();
    await ready(page, row);
    const draft = flipDraft(row).text;
    await typeInto(page, page.locator(row.editor).first(), draft);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('ok');
    await expect.poll(() => editorText(page, row)).toBe(`${draft}\nok`);
    expect(await sent(page)).toBe(0);
    expect(await pausedHost(page, row).count()).toBe(0);
    await page.close();
  });

  describe('turned off', () => {
    afterAll(async () => {
      if (!skipReason) await setSettings(browser.current, null);
    });

    test.each(rows)('%s: with the network off, a flip goes out at once', async (_, row) => {
      await setSettings(browser.current, { networks: { [row.network]: false } });
      const page = await browser.current.newPage();
      await openFixture(page, row.url);
      const draft = flipDraft(row).text;
      await typeInto(page, page.locator(row.editor).first(), draft);
      await page.locator(row.send.control).first().click();
      expect(await sent(page)).toBe(1);
      expect(await page.locator('tact-coach').count()).toBe(0);
      await page.close();
    });

    test('the options page turns the pause off for one network only', async () => {
      await setSettings(browser.current, null);
      const options = await openExtensionPage(browser.current, 'options.html');
      await options.getByRole('heading', { name: 'Pause before a flip is sent' }).waitFor();
      expect(await options.getByRole('checkbox', { name: 'Hold a send that would flip the relationship, and ask first' }).isChecked()).toBe(
        true,
      );
      await options.locator('input[name="pause-x"]').uncheck();
      const x = coached.find((r) => r.network === 'x' && r.composer === 'post')!;
      const bluesky = coached.find((r) => r.network === 'bluesky' && r.composer === 'post')!;
      for (const [row, held] of [
        [x, false],
        [bluesky, true],
      ] as const) {
        const page = await browser.current.newPage();
        await ready(page, row);
        await typeInto(page, page.locator(row.editor).first(), flipDraft(row).text);
        await page.locator(row.send.control).first().click();
        if (held) await pausedHost(page, row).waitFor({ state: 'attached' });
        expect([row.network, await sent(page)]).toEqual([row.network, held ? 0 : 1]);
        await page.close();
      }
      await options.close();
    });

    test.each(rows)('%s: with the pause off, the badge still says flip and the send goes out', async (_, row) => {
      await setSettings(browser.current, { pauseBeforeSend: false });
      const page = await browser.current.newPage();
      await ready(page, row);
      const draft = flipDraft(row).text;
      await typeInto(page, page.locator(row.editor).first(), draft);
      await waitForLevel(page, 'flip', row.composer, draft);
      await page.locator(row.send.control).first().click();
      expect(await sent(page)).toBe(1);
      expect(await pausedHost(page, row).count()).toBe(0);
      await page.close();
    });
  });

  // Review of issue 10: a send counts (its outcome, its fingerprint) once the site shows it went out,
  // never at the key or click. X chat's fixture empties the box once it has taken a message, or refuses.
  describe('a send counts once the site sent it', () => {
    const row = coached.find((r) => r.network === 'x' && r.composer === 'dm')!;
    const flip = flipDraft(row).text;

    /** What the background stored: paused sends' outcomes and sent messages' fingerprints, from its IndexedDB. */
    async function stored(): Promise<{ outcomes: string[]; fingerprints: number }> {
      const ext = await openExtensionPage(browser.current, 'options.html');
      const counts = await ext.evaluate(
        (name) =>
          new Promise<{ outcomes: string[]; fingerprints: number }>((resolve, reject) => {
            const open = indexedDB.open(name);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(['sendOutcomes', 'sendFingerprints']);
              const outcomes = tx.objectStore('sendOutcomes').getAll();
              const fingerprints = tx.objectStore('sendFingerprints').count();
              tx.oncomplete = () => {
                open.result.close();
                resolve({ outcomes: outcomes.result.map((o: { outcome: string }) => o.outcome), fingerprints: fingerprints.result });
              };
            };
          }),
        DB_NAME,
      );
      await ext.close();
      return counts;
    }
    /** The coach waits for the site no longer (a refused send is dropped SENT_WITHIN_MS after it). */
    const settled = (page: Page) => expect.poll(() => page.locator('tact-coach[data-sending]').count(), { timeout: 10_000 }).toBe(0);

    test('sent and emptied: one fingerprint per message, and Send anyway is one posted-anyway outcome', async () => {
      expect(fingerprint(cleanDraft).words).toBeGreaterThanOrEqual(MIN_WORDS);
      const before = await stored();
      const page = await browser.current.newPage();
      await ready(page, row);
      const editor = page.locator(row.editor).first();
      await typeInto(page, editor, cleanDraft);
      await page.keyboard.press('Enter');
      expect(await editorText(page, row)).toBe('');
      await expect.poll(async () => (await stored()).fingerprints).toBe(before.fingerprints + 1);
      await typeInto(page, editor, flip);
      await page.keyboard.press('Enter');
      await pausedHost(page, row).getByRole('button', { name: 'Send anyway', exact: true }).click();
      await expect.poll(async () => (await stored()).outcomes.length).toBe(before.outcomes.length + 1);
      await settled(page);
      const after = await stored();
      expect(after.outcomes.slice(before.outcomes.length)).toEqual(['posted-anyway']);
      expect(after.fingerprints).toBe(before.fingerprints + 1 + (fingerprint(flip).words >= MIN_WORDS ? 1 : 0));
      expect(await sent(page)).toBe(2);
      await page.close();
    });

    test('refused by the site (the box keeps its text): nothing is recorded; its retry that goes out is, once', async () => {
      const before = await stored();
      const page = await browser.current.newPage();
      await ready(page, row);
      await page.evaluate(() => (window.__fixture.refuseSends as (on: boolean) => void)(true));
      const editor = page.locator(row.editor).first();
      await typeInto(page, editor, cleanDraft);
      await page.keyboard.press('Enter');
      // The coach waits to see whether the site sent it…
      expect(await page.locator('tact-coach[data-sending]').count()).toBe(1);
      await settled(page);
      await clearEditor(page, editor);
      await typeInto(page, editor, flip);
      await page.keyboard.press('Enter');
      await pausedHost(page, row).getByRole('button', { name: 'Send anyway', exact: true }).click();
      await settled(page);
      expect(await page.evaluate(() => [window.__sent, window.__refused])).toEqual([0, 2]);
      expect(await editorText(page, row)).toBe(flip);
      expect(await stored()).toEqual(before);
      // The network takes the user's own retry of the approved text: that send, and only it, counts.
      await page.evaluate(() => (window.__fixture.refuseSends as (on: boolean) => void)(false));
      await editor.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await stored()).outcomes.length).toBe(before.outcomes.length + 1);
      await settled(page);
      expect((await stored()).outcomes.slice(before.outcomes.length)).toEqual(['posted-anyway']);
      expect(await sent(page)).toBe(1);
      await page.close();
    });
  });

  // Last, since it reloads the extension: the page's content script is orphaned with a send held.
  test('the extension reloaded while a send is held: the card goes and the user can send', async () => {
    const row = coached.find((r) => r.network === 'x' && r.composer === 'post')!;
    const page = await browser.current.newPage();
    await ready(page, row);
    await typeInto(page, page.locator(row.editor).first(), flipDraft(row).text);
    await page.locator(row.send.control).first().click();
    await pausedHost(page, row).waitFor({ state: 'attached' });
    const [worker] = browser.current.context.serviceWorkers();
    await worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.runtime.reload()).catch(() => undefined);
    // The orphaned script holds nothing: the user's next click is the site's, once.
    await expect
      .poll(
        async () => {
          if ((await sent(page)) === 0) await page.locator(row.send.control).first().click();
          return sent(page);
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    await expect.poll(() => pausedHost(page, row).count()).toBe(0);
    await page.waitForTimeout(400);
    expect(await sent(page)).toBe(1);
    await page.close();
  });

  test('no request left the machine', () => {
    expect(browser.current.recorder.foreign()).toEqual([]);
  });
});
