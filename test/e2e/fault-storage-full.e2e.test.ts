import { describe, expect, test } from 'vitest';
import { openExtensionPage } from './harness/launch-browser';
import { openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { fillQuota, rawContacts, rawRecords } from './harness/raw-notebook';
import { skipReason, useTactBrowser } from './harness/use-browser';
import { backupWithAna, importThroughPopup, notebookBackup } from './notebook-backup';

const FULL = /storage for Tact is full, so this was not saved; nothing already in the notebook was lost/;
const promo = 'Use my promo code ANA20 for 20% off at my new shop this weekend only!';
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

// Issue 12, fault 4: the browser's storage for Tact is full.
describe.skipIf(skipReason)('storage full', () => {
  const browser = useTactBrowser('fault-storage-full');

  test('every write is refused in words, nothing stored changes, and the coach still judges drafts', async () => {
    const seeding = await openExtensionPage(browser.current, 'popup.html');
    await importThroughPopup(seeding, 'tact-notebook.json', backupWithAna(200));
    await seeding.getByRole('status').filter({ hasText: 'Imported: 201 new' }).waitFor();
    const before = (await rawContacts<{ id: string }>(seeding)).sort(byId);
    const release = await fillQuota(browser.current);
    const popup = await openExtensionPage(browser.current, 'popup.html#/contact/ana');
    const banner = popup.locator('.storage-full[role=status]');
    await popup.getByRole('button', { name: 'Edit' }).waitFor();
    expect(await banner.count()).toBe(0);

    // The coach reads the notebook still (Ana's family norm flips a promo that LinkedIn's market norm allows), and
    // its record of the dismissal is refused whole: no history row, Ana's last-talked date untouched. The open
    // popup says so, although the refused write was the background's.
    const dm = await browser.current.newPage();
    await openFixture(dm, 'https://www.linkedin.com/messaging/thread/2-abc123/');
    await typeInto(dm, dm.locator('div.msg-form__contenteditable[role=textbox]'), promo);
    const host = await waitForLevel(dm, 'flip', 'dm', promo);
    expect(await host.getAttribute('data-norm-source')).toBe('contact');
    await dm.locator('tact-coach .tact-badge').first().click();
    await dm.locator('tact-coach .tact-dismiss').first().click();
    await expect.poll(() => host.getAttribute('data-dismissed')).toBe('true');
    await expect.poll(() => banner.textContent()).toMatch(/storage for Tact is full\. The coach still checks your drafts/);
    await dm.close();

    // An edit, a new contact, an import (in the background, one transaction): each refused in words.
    await popup.getByRole('button', { name: 'Edit' }).click();
    await popup.getByRole('form', { name: 'Edit Ana García' }).getByLabel('Notes').fill('Sister, lives in Madrid');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(FULL);
    await popup.getByRole('button', { name: 'Cancel' }).click();
    await popup.getByRole('button', { name: 'Add contact' }).click();
    await popup.getByRole('form', { name: 'New contact' }).getByLabel('Name', { exact: true }).fill('Grace Hopper');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(FULL);
    const more = JSON.parse(notebookBackup(50));
    more.contacts = more.contacts.map((c: { id: string }) => ({ ...c, id: `more-${c.id}` }));
    await importThroughPopup(popup, 'more.json', Buffer.from(JSON.stringify(more)));
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(FULL);
    expect(await rawRecords(popup, 'coaching')).toEqual([]);
    expect((await rawContacts<{ id: string }>(popup)).sort(byId)).toEqual(before);

    // Room again: the same popup saves, and the notice goes away by itself.
    await release();
    await popup.getByRole('tab', { name: 'Contacts' }).click();
    await popup.getByRole('searchbox', { name: 'Search contacts' }).fill('ana garcía');
    await popup.locator('.contact-row[data-contact-id="ana"]').click();
    await popup.getByRole('button', { name: 'Edit' }).click();
    await popup.getByRole('form', { name: 'Edit Ana García' }).getByLabel('Notes').fill('Sister, lives in Madrid');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.contact-page .notes').textContent()).toBe('Sister, lives in Madrid');
    await expect.poll(() => banner.count()).toBe(0);
    await popup.close();
  });
});
