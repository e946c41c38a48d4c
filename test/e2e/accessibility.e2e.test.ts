import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations, focusIsVisible } from './harness/axe';
import { openExtensionPage } from './harness/launch-browser';
import { openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';
import { notebookBackup } from './notebook-backup';

// axe-core over whatever the views render (so it keeps working as they change): the popup on every
// tab, empty and with 10,000 contacts, the options page and an open coach card, in light and dark.
const schemes = ['light', 'dark'] as const;
const facebookPost = `[data-lexical-editor=true][aria-label^="What's on your mind"]`;
const sellingToFriends = 'Use my promo code ANA20 for 20% off at my new shop this weekend only!';

async function openPopup(browser: { current: Parameters<typeof openExtensionPage>[0] }): Promise<Page> {
  const page = await openExtensionPage(browser.current, 'popup.html');
  await page.getByRole('tab').first().waitFor();
  return page;
}

/** Scans every tab of the popup in one colour scheme; returns the problems, labelled by tab. */
async function scanEveryTab(page: Page, scheme: (typeof schemes)[number]): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  const problems: string[] = [];
  const tabs = page.getByRole('tab');
  const n = await tabs.count();
  expect(n).toBeGreaterThan(1);
  for (let i = 0; i < n; i++) {
    const tab = tabs.nth(i);
    await tab.click();
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    const name = (await tab.textContent())?.trim();
    for (const p of await seriousViolations(page))
      problems.push(`${scheme} · ${name}: ${p.rule} (${p.impact}) ${p.help} at ${p.targets.join(', ')}: ${p.detail}`);
  }
  return problems;
}

async function importBackup(page: Page, contacts: number): Promise<void> {
  const input = page.getByLabel('Choose a file to import');
  if (!(await input.count())) await page.getByRole('tab', { name: /import/i }).click();
  await input.setInputFiles({ name: 'tact-notebook.json', mimeType: 'application/json', buffer: Buffer.from(notebookBackup(contacts)) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Imported: ${contacts.toLocaleString('en')} new` })
    .waitFor({ timeout: 60_000 });
}

describe.skipIf(skipReason)('accessibility (axe-core, keyboard, contrast)', () => {
  const browser = useTactBrowser('accessibility');
  let popup: Page;
  beforeAll(async () => {
    popup = await openPopup(browser);
  });
  afterAll(() => popup?.close());

  test('the empty popup: no serious or critical violation on any tab, light or dark', async () => {
    const problems = [...(await scanEveryTab(popup, 'light')), ...(await scanEveryTab(popup, 'dark'))];
    expect(problems).toEqual([]);
  });

  test.skipIf(process.env.A11Y_QUICK)(
    'the popup with 10,000 contacts: no serious or critical violation on any tab, light or dark',
    async () => {
      await importBackup(popup, 10_000);
      await popup.reload();
      await popup.getByRole('tab').first().waitFor();
      const problems = [...(await scanEveryTab(popup, 'light')), ...(await scanEveryTab(popup, 'dark'))];
      expect(problems).toEqual([]);
    },
    180_000,
  );

  test('the options page, light and dark', async () => {
    const options = await openExtensionPage(browser.current, 'options.html?site=https://example.org');
    await options.locator('body *').first().waitFor();
    for (const scheme of schemes) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(options), scheme).toEqual([]);
    }
    await options.close();
  });

  test('an open coach card on a fixture page, light and dark', async () => {
    const page = await browser.current.newPage();
    await openFixture(page, 'https://www.facebook.com/');
    await typeInto(page, page.locator(facebookPost), sellingToFriends);
    const host = await waitForLevel(page, 'flip', 'post', sellingToFriends);
    await host.locator('.tact-badge').click();
    await host.locator('[role=dialog]').waitFor();
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page, 'tact-coach'), scheme).toEqual([]);
    }
    await page.close();
  });

  test('the level is never told by colour alone: the badge carries a symbol and names the level', async () => {
    const page = await browser.current.newPage();
    await openFixture(page, 'https://www.facebook.com/');
    const editor = page.locator(facebookPost);
    const seen = new Map<string, { glyph: string; name: string }>();
    for (const [level, text] of [
      ['ok', 'Happy birthday Ana! Dinner on Saturday?'],
      ['flip', sellingToFriends],
    ] as const) {
      await editor.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await typeInto(page, editor, text);
      const host = await waitForLevel(page, level, 'post', text);
      const badge = host.locator('.tact-badge');
      seen.set(level, { glyph: (await badge.textContent())!.trim(), name: (await badge.getAttribute('aria-label'))! });
    }
    const ok = seen.get('ok')!;
    const flip = seen.get('flip')!;
    expect(ok.glyph).toBe('✓');
    expect(flip.glyph).toMatch(/^!/);
    expect(flip.name).toMatch(/flip/i);
    expect(ok.name).not.toEqual(flip.name);
    await page.close();
  });

  test('keyboard alone: Tab reaches the badge from the editor, Enter opens the card, Tab walks its buttons, Escape closes it; focus is always visible', async () => {
    const page = await browser.current.newPage();
    await openFixture(page, 'https://www.facebook.com/');
    await typeInto(page, page.locator(facebookPost), sellingToFriends);
    const host = await waitForLevel(page, 'flip', 'post', sellingToFriends);
    const badge = host.locator('.tact-badge');
    // Tab from the editor until the badge has focus (the fixture may have controls in between).
    for (
      let i = 0;
      i < 15 &&
      !(await badge.evaluate((b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await focusIsVisible(page)).toMatchObject({ visible: true });
    await page.keyboard.press('Enter');
    const card = host.locator('[role=dialog]');
    await card.waitFor();
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const focus = await focusIsVisible(page);
      if (!(await card.evaluate((c) => c.contains((c.getRootNode() as ShadowRoot).activeElement)))) break;
      expect(focus, focus.element).toMatchObject({ visible: true });
      reached.push(focus.element);
    }
    expect(reached.join(' | ')).toMatch(/Dismiss/);
    await card.locator('button', { hasText: 'Dismiss' }).focus();
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.close();
  });

  test('keyboard alone in the popup: Tab walks every control with visible focus, and a contact is added without the mouse', async () => {
    const page = await openPopup(browser);
    await page.emulateMedia({ colorScheme: 'light' });
    /** Presses Tab until the focused element's text or label matches `name`; every stop must show focus. */
    async function tabTo(name: RegExp, max = 40): Promise<void> {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const focus = await focusIsVisible(page);
        // A fresh page's first Tab can land on the document itself: nothing to show there.
        if (focus.element === 'nothing focused') continue;
        expect(focus, focus.element).toMatchObject({ visible: true });
        if (name.test(focus.element)) return;
      }
      throw new Error(`Tab never reached ${name}`);
    }
    // With a full notebook the search box has focus first; Tab walks the list and wraps round to the header.
    await tabTo(/Add contact/, 160);
    await page.keyboard.press('Enter');
    await tabTo(/^input/);
    await page.keyboard.type('Keyboard Kim');
    await tabTo(/Save/);
    await page.keyboard.press('Enter');
    await page.getByText('Keyboard Kim').first().waitFor();
    await page.close();
  });
});
