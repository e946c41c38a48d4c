import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { collectPageErrors } from './harness/extension-control';
import { openExtensionPage } from './harness/launch-browser';
import { clearEditor, openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { rawRecords, rawSnapshot, stopWorkers } from './harness/raw-notebook';
import { entriesOf, type ContactPack } from '../../lib/db/contact-packs';
import { skipReason, useTactBrowser } from './harness/use-browser';
import { backupWithAna, importThroughPopup } from './notebook-backup';

const DAY = 86_400_000;
// Far more than land before the stop even on a loaded machine (35–381 of 400 did; a slow poll once let all 400 land).
const BURST = 2000;
const promo = 'Use my promo code ANA20 for 20% off at my new shop this weekend only!';

interface Ana {
  notes: string;
  howWeMet: string;
  tags: string[];
  lastInteraction: number | null;
  dueAt?: number;
}
interface Row {
  contactId: string;
  at: number;
}
/** Ana and the coaching records, read in one transaction. */
async function notebook(page: Page): Promise<{ rows: Row[]; ana: Ana }> {
  const { contactPacks, coaching } = await rawSnapshot(page, ['contactPacks', 'coaching']);
  const contacts = (contactPacks as ContactPack[]).flatMap(entriesOf) as (Ana & { id: string })[];
  return { rows: coaching as Row[], ana: contacts.find((c) => c.id === 'ana')! };
}

/** Coaching records as the coach sends them, BURST at once, from one of Tact's pages: some are in flight at any moment. */
const sendRecords = (page: Page) =>
  page.evaluate((n) => {
    const payload = { contactId: 'ana', network: 'linkedin', level: 'flip', categories: ['promo-codes'], action: 'dismissed' };
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
    for (let i = 0; i < n; i++) void runtime.sendMessage({ type: 'notebook.recordCoaching', payload }).catch(() => undefined);
  }, BURST);

/** Every record whole: Ana was last talked to at the newest record, and her reminder falls due 30 days after it. */
function expectWhole({ rows, ana }: { rows: Row[]; ana: Ana }): void {
  const newest = Math.max(...rows.map((r) => r.at));
  expect(ana.lastInteraction).toBe(newest);
  expect(ana.dueAt).toBe(newest + 30 * DAY);
}

// Issue 12, fault 1: the worker stopped while coaching records and a contact edit are being written.
describe.skipIf(skipReason)('the worker stopped mid-write', () => {
  const browser = useTactBrowser('fault-worker-stop');

  test('records and the edit are whole or absent; the coach and the popup go on without a reload', async () => {
    const seeding = await openExtensionPage(browser.current, 'popup.html');
    await importThroughPopup(seeding, 'ana.json', backupWithAna(0, { keepInTouchDays: 30 }));
    await seeding.getByRole('status').filter({ hasText: 'Imported: 1 new' }).waitFor();
    await seeding.close();
    const popup = await openExtensionPage(browser.current, 'popup.html#/contact/ana');
    const dm = await browser.current.newPage();
    const pageErrors = collectPageErrors(dm);
    await openFixture(dm, 'https://www.linkedin.com/messaging/thread/2-abc123/');
    const editor = dm.locator('div.msg-form__contenteditable[role=textbox]');
    await typeInto(dm, editor, promo);
    await waitForLevel(dm, 'flip', 'dm', promo);

    // An edit of three fields in the popup and a burst of coaching records; the worker stops once records land.
    await popup.getByRole('button', { name: 'Edit' }).click();
    const form = popup.getByRole('form', { name: 'Edit Ana García' });
    await form.getByLabel('Notes').fill('Sister, lives in Madrid');
    await form.getByLabel('How we met').fill('Family');
    await form.getByLabel('Circles (comma-separated)').fill('family, madrid');
    await sendRecords(popup);
    await expect.poll(async () => (await rawRecords(popup, 'coaching')).length, { interval: 10 }).toBeGreaterThan(0);
    await form.getByRole('button', { name: 'Save' }).click();
    await stopWorkers(popup);

    const after = await notebook(popup);
    const rows = after.rows;
    console.log(`worker stopped after ${rows.length} of ${BURST} coaching records`);
    expect(rows.length).toBeLessThan(BURST);
    expectWhole(after);
    const edited = after.ana;
    const fields = [edited.notes, edited.howWeMet, edited.tags.join(',')];
    expect([
      ['Sister', '', 'family'],
      ['Sister, lives in Madrid', 'Family', 'family,madrid'],
    ]).toContainEqual(fields);

    // The coach, on the same page: the next draft is judged with Ana's norm (the notebook answers again) and its
    // outcome is recorded, exactly one more record.
    await clearEditor(dm, editor);
    await typeInto(dm, editor, promo);
    const host = await waitForLevel(dm, 'flip', 'dm', promo);
    expect(await host.getAttribute('data-norm-source')).toBe('contact');
    await dm.locator('tact-coach .tact-badge').first().click();
    await dm.locator('tact-coach .tact-dismiss').first().click();
    await expect.poll(async () => (await rawRecords(popup, 'coaching')).length).toBe(rows.length + 1);
    expectWhole(await notebook(popup));
    expect(pageErrors).toEqual([]);

    // The popup, never reloaded, edits again.
    await popup.getByRole('button', { name: 'Edit' }).click();
    await form.getByLabel('Notes').fill('Sister; call on Sundays');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.contact-page .notes').textContent()).toBe('Sister; call on Sundays');
    expect((await notebook(popup)).ana.notes).toBe('Sister; call on Sundays');
    await dm.close();
    await popup.close();
  });
});
