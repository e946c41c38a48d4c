import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TactBrowser } from './harness/launch-browser';
import { launchForRun, saveRequestLog, skipReason } from './harness/use-browser';

// Two computers of one user, as two Chromium profiles. Chromium without a signed-in account keeps
// storage.sync on the machine, so copying profile 1's sync area into profile 2 (and back) is what the
// browser's sync would do. What must converge: relationship and circles, per contact, by last edit;
// deletions; and notes never travel and are never dropped.

type Area = Record<string, unknown>;
const readArea = (p: Page) => p.evaluate(() => (globalThis as any).chrome.storage.sync.get(null) as Promise<Area>);
/** As the browser's sync delivers another computer's data: changed keys set, vanished keys removed (no clear). */
async function copyArea(from: Page, to: Page): Promise<void> {
  const data = await readArea(from);
  await to.evaluate(async (d) => {
    const sync = (globalThis as any).chrome.storage.sync;
    const gone = Object.keys(await sync.get(null)).filter((k) => !(k in d));
    await sync.set(d);
    if (gone.length) await sync.remove(gone);
  }, data);
}
/** Live contacts in the map this profile has written (tombstones not counted); -1 while a write waits. */
const syncedEntries = (p: Page) =>
  p.evaluate(async () => {
    const got = await (globalThis as any).chrome.storage.local.get('tact:sync:status');
    const status = got['tact:sync:status'] as { synced: number; retryInMs: number } | undefined;
    return status && status.retryInMs === 0 ? status.synced : -1;
  });

describe.skipIf(skipReason)('two profiles converge through storage.sync', () => {
  let one: TactBrowser;
  let two: TactBrowser;
  let popup1: Page;
  let popup2: Page;
  async function openPopup(b: TactBrowser): Promise<Page> {
    const page = await b.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    // An empty notebook shows the welcome instead of the search box.
    await page.locator('.search, .first-run').first().waitFor();
    return page;
  }
  beforeAll(async () => {
    if (skipReason) return;
    [one, two] = await Promise.all([launchForRun(), launchForRun()]);
    [popup1, popup2] = await Promise.all([openPopup(one), openPopup(two)]);
  });
  afterAll(async () => {
    for (const [name, b] of [
      ['sync-profile-1', one],
      ['sync-profile-2', two],
    ] as const) {
      if (!b) continue;
      saveRequestLog(name, b.recorder);
      await b.close();
    }
  });
  const row = (p: Page, name: string) => p.locator('.contact-list .contact-row').filter({ hasText: name });

  test('a contact classified on one computer appears on the other without its note, and a later edit travels back', async () => {
    await popup1.getByRole('button', { name: 'Add contact' }).click();
    const form = popup1.getByRole('form', { name: 'New contact' });
    await form.getByLabel('Name', { exact: true }).fill('Grace Hopper');
    await form.getByLabel('Relationship').selectOption('hybrid');
    await form.getByLabel('Circles (comma-separated)').fill('friend, colleague');
    await form.getByLabel('Notes').fill('Met at the compiler meetup');
    await form.getByRole('button', { name: 'Save' }).click();
    await popup1.locator('.contact-page h2.contact-name').filter({ hasText: 'Grace Hopper' }).waitFor();
    await expect.poll(() => syncedEntries(popup1), { timeout: 30_000 }).toBe(1);

    await copyArea(popup1, popup2);
    await expect.poll(() => row(popup2, 'Grace Hopper').count(), { timeout: 30_000 }).toBe(1);
    expect(await row(popup2, 'Grace Hopper').locator('.chip').textContent()).toBe('hybrid');
    expect(await row(popup2, 'Grace Hopper').locator('.tag').allTextContents()).toEqual(['friend', 'colleague']);
    await row(popup2, 'Grace Hopper').click();
    expect(await popup2.locator('.contact-page').textContent()).not.toContain('compiler meetup'); // notes stay local

    // Profile 2 reclassifies her; profile 1 takes the later edit and keeps its note.
    await popup2.getByRole('button', { name: 'Edit' }).click();
    await popup2.getByRole('form', { name: 'Edit Grace Hopper' }).getByLabel('Relationship').selectOption('market');
    await popup2.getByRole('button', { name: 'Save' }).click();
    const before = JSON.stringify(await readArea(popup2));
    await expect.poll(async () => JSON.stringify(await readArea(popup2)) !== before, { timeout: 30_000 }).toBe(true);
    await copyArea(popup2, popup1);
    await expect.poll(() => popup1.locator('.contact-page .chip').first().textContent(), { timeout: 30_000 }).toBe('market');
    expect(await popup1.locator('.contact-page .notes').textContent()).toBe('Met at the compiler meetup');
  });

  test('a deletion travels as a tombstone; where the contact has a note it is kept, and the popup says so', async () => {
    // Profile 2 deletes her (it holds no note there): the tombstone removes her from profile 2's map…
    await popup2.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => syncedEntries(popup2), { timeout: 30_000 }).toBe(0);
    // …and profile 1, where she has a note, keeps her and says why.
    await copyArea(popup2, popup1);
    await popup1.getByRole('tab', { name: 'Settings' }).click();
    await expect
      .poll(() => popup1.locator('.sync-status').textContent(), { timeout: 30_000 })
      .toContain('kept here because they hold notes or history: Grace Hopper');
  });

  test('the popup says how much is synced and what stays local', async () => {
    await popup2.getByRole('tab', { name: 'Settings' }).click();
    const status = popup2.locator('.sync-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/\d+ of \d+\s*contacts you added or edited by hand/);
    expect(await status.textContent()).toContain('Stays on this computer: notes, coaching history');
  });
});
