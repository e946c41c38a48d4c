import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';

// The notebook as a user meets it: the real popup page of the real built extension, its IndexedDB,
// real file inputs, and the coach on the LinkedIn fixtures reading what the notebook says.
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/notebook/${name}`, import.meta.url));
const promo = 'Use my promo code ANA20 for 20% off at my new shop this weekend only!';

describe.skipIf(skipReason)('notebook popup', () => {
  const browser = useTactBrowser('notebook');
  let popup: Page;

  async function openPopup(): Promise<Page> {
    const page = await browser.current.newPage();
    await page.goto(`chrome-extension://${browser.current.extensionId}/popup.html`);
    // The search box, or the first-run welcome of an empty notebook: both carry the contact count.
    await page.locator('[data-count]').first().waitFor();
    return page;
  }
  // One popup page for the whole file: the tests follow one user's notebook from empty to full.
  beforeAll(async () => {
    popup = await openPopup();
    popup.on('dialog', () => {
      throw new Error('a dialog opened: page-derived text ran as HTML');
    });
  });
  const rows = (page: Page) => page.locator('.contact-list .contact-row');
  const contactCount = async (page: Page) => {
    await page.getByRole('tab', { name: 'Contacts' }).click();
    return Number(await page.locator('[data-count]').first().getAttribute('data-count'));
  };
  async function addContact(page: Page, name: string, relationship: string, tags: string) {
    await page.getByRole('button', { name: 'Add contact' }).click();
    const form = page.getByRole('form', { name: 'New contact' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Relationship').selectOption(relationship);
    await form.getByLabel('Circles (comma-separated)').fill(tags);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.locator('.contact-page h2.contact-name').filter({ hasText: name }).waitFor();
  }

  test('add, edit, search, delete and undo a contact', async () => {
    await addContact(popup, 'Grace Hopper', 'hybrid', 'friend, colleague');
    await popup.getByRole('button', { name: 'Edit' }).click();
    await popup.getByRole('form', { name: 'Edit Grace Hopper' }).getByLabel('Notes').fill('Met at the compiler meetup');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.contact-page .notes').textContent()).toBe('Met at the compiler meetup');
    await popup.getByRole('button', { name: '← All contacts' }).click();
    await addContact(popup, 'Marc Vendor', 'market', 'client');
    await popup.getByRole('button', { name: '← All contacts' }).click();

    const search = popup.getByRole('searchbox', { name: 'Search contacts' });
    await search.fill('compil');
    await expect.poll(() => rows(popup).allTextContents()).toEqual([expect.stringContaining('Grace Hopper')]);
    await search.fill('client');
    await expect.poll(() => rows(popup).allTextContents()).toEqual([expect.stringContaining('Marc Vendor')]);
    expect(await rows(popup).first().locator('.chip').textContent()).toBe('market');

    await rows(popup).first().click();
    await popup.getByRole('button', { name: 'Delete' }).click();
    await popup.getByRole('status').filter({ hasText: 'Deleted Marc Vendor.' }).waitFor();
    await search.fill('marc');
    await expect.poll(() => rows(popup).count()).toBe(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows(popup).allTextContents()).toEqual([expect.stringContaining('Marc Vendor')]);
    await search.fill('');
  });

  test('a name with markup is shown as text, never run', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await addContact(popup, evil, 'social', '');
    expect(await popup.locator('.contact-page h2.contact-name').textContent()).toBe(evil);
    expect(await popup.locator('.contact-page img').count()).toBe(0);
    await popup.getByRole('button', { name: 'Delete' }).click();
  });

  test('import LinkedIn Connections.csv and a vCard through the file input, with a preview first', async () => {
    const before = await contactCount(popup);
    await popup.getByRole('tab', { name: 'Import / export' }).click();
    await popup.getByLabel('Choose a file to import').setInputFiles(fixture('Connections.csv'));
    const preview = popup.getByRole('region', { name: 'Import preview' });
    await expect.poll(() => preview.textContent()).toMatch(/LinkedIn Connections\.csv\): 4 new, 0 updated, 1 skipped/);
    expect(await contactCount(popup)).toBe(before); // a preview writes nothing
    await popup.getByRole('tab', { name: 'Import / export' }).click();
    await popup.getByLabel('Choose a file to import').setInputFiles(fixture('Connections.csv'));
    await popup.getByRole('button', { name: 'Import', exact: true }).click();
    await popup.getByRole('status').filter({ hasText: 'Imported: 4 new, 0 updated, 1 skipped.' }).waitFor();

    await popup.getByLabel('Choose a file to import').setInputFiles(fixture('contacts.vcf'));
    await expect.poll(() => preview.textContent()).toMatch(/vCard\): 2 new, 0 updated, 0 skipped/);
    await popup.getByRole('button', { name: 'Import', exact: true }).click();
    await popup.getByRole('status').filter({ hasText: 'Imported: 2 new' }).waitFor();
    expect(await contactCount(popup)).toBe(before + 6);

    await popup.getByRole('searchbox', { name: 'Search contacts' }).fill('dupont');
    await expect.poll(() => rows(popup).allTextContents()).toEqual([expect.stringMatching(/Marc Dupont.*market/)]);
    await popup.getByRole('searchbox', { name: 'Search contacts' }).fill('');
    // The relationship filter: only Ada (vCard, circle "Friend") is social; LinkedIn connections are market.
    await popup.getByLabel('Show').selectOption('social');
    await expect.poll(() => rows(popup).locator('.contact-name').allTextContents()).toEqual(['Ada Lovelace']);
    await popup.getByLabel('Show').selectOption('market');
    await expect.poll(async () => new Set(await rows(popup).locator('.chip').allTextContents())).toEqual(new Set(['market']));
    const market = await rows(popup).locator('.contact-name').allTextContents();
    expect(market).toEqual(expect.arrayContaining(['Jane Doe', 'Marc Dupont', 'Li Wei', 'Zoë Martin', 'Grace Hopper']));
    expect(market).not.toContain('Ada Lovelace');
    await popup.getByLabel('Show').selectOption('');
  });

  test('a broken or hostile file shows a clear error and changes nothing', async () => {
    const before = await contactCount(popup);
    await popup.getByRole('tab', { name: 'Import / export' }).click();
    const input = popup.getByLabel('Choose a file to import');
    const cases: [string, Buffer, RegExp][] = [
      [
        'Connections.csv',
        Buffer.from('First Name,Last Name,URL\n"<img src=x onerror=alert(1)>",Doe,https://www.linkedin.com/in/x\n'),
        /contains HTML or script/,
      ],
      ['Connections.csv', Buffer.from([0x46, 0x69, 0x72, 0xff, 0xfe, 0x0a]), /not valid UTF-8/],
      ['Connections.csv', Buffer.from('Name,Phone\nAda,123\n'), /missing column\(s\) First Name, Last Name, URL/],
      ['contacts.vcf', Buffer.from('BEGIN:VCARD\nFN:Half a card\n'), /no END:VCARD/],
    ];
    for (const [name, buffer, error] of cases) {
      await input.setInputFiles({ name, mimeType: 'text/plain', buffer });
      await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(error);
      expect(await popup.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    }
    expect(await contactCount(popup)).toBe(before);
  });

  async function addWithHandle(name: string, relationship: string, tags: string, network: string, handle: string) {
    await popup.getByRole('button', { name: 'Add contact' }).click();
    const add = popup.getByRole('form', { name: 'New contact' });
    await add.getByLabel('Name', { exact: true }).fill(name);
    await add.getByLabel('Relationship').selectOption(relationship);
    await add.getByLabel('Circles (comma-separated)').fill(tags);
    await add.getByRole('button', { name: '+ Add account' }).click();
    await add.getByLabel('Network').selectOption(network);
    await add.getByLabel('Handle').fill(handle);
    await add.getByRole('button', { name: 'Save' }).click();
    await popup.locator('.contact-page h2.contact-name').filter({ hasText: name }).waitFor();
  }

  test("a LinkedIn DM to a contact marked family flips under the contact's social norm and shows their context", async () => {
    // Ana García is the conversation partner of the LinkedIn messaging fixture (/in/ana-garcia/).
    // LinkedIn's own norm is market, under which this text is ordinary business: only the contact can flip it.
    await addWithHandle('Ana García', 'social', 'family', 'linkedin', 'ana-garcia');
    const dm = await browser.current.newPage();
    await openFixture(dm, 'https://www.linkedin.com/messaging/thread/2-abc123/');
    await typeInto(dm, dm.locator('div.msg-form__contenteditable[role=textbox]'), promo);
    const host = await waitForLevel(dm, 'flip', 'dm', promo);
    expect(await host.getAttribute('data-norm')).toBe('social');
    expect(await host.getAttribute('data-norm-source')).toBe('contact');
    await dm.locator('tact-coach .tact-badge').first().click();
    await dm.locator('tact-coach .tact-contact').first().waitFor({ timeout: 5000 });
    expect(await dm.locator('tact-coach .tact-contact').first().textContent()).toMatch(/Ana García.*social.*family/);
    // Dismissing the advice is a coaching event the notebook keeps (checked in the contact's history below).
    await dm.locator('tact-coach .tact-dismiss').first().click();
    await expect.poll(() => host.getAttribute('data-dismissed')).toBe('true');
    await dm.close();
  });

  test("the same text in an Instagram DM flips by the network's social norm, and is ok once the person is a client", async () => {
    // Lucía Pérez (lucia.perez) is the conversation partner of the Instagram direct fixture.
    const instagramDm = async () => {
      const page = await browser.current.newPage();
      await openFixture(page, 'https://www.instagram.com/direct/t/340282366/');
      await typeInto(page, page.locator('[role=textbox][aria-label=Message]'), promo);
      return page;
    };
    const before = await instagramDm();
    const stranger = await waitForLevel(before, 'flip', 'dm', promo);
    expect(await stranger.getAttribute('data-norm-source')).toBe('network');
    await before.close();

    await addWithHandle('Lucía Pérez', 'market', 'client', 'instagram', 'lucia.perez');
    const after = await instagramDm();
    const client = await waitForLevel(after, 'ok', 'dm', promo);
    expect(await client.getAttribute('data-norm')).toBe('market');
    expect(await client.getAttribute('data-norm-source')).toBe('contact');
    await after.close();
  });

  test('"Add from this page" on a known profile opens that contact; on a new one, a pre-filled form', async () => {
    const known = await browser.current.newPage();
    await openFixture(known, 'https://www.linkedin.com/in/ana-garcia/');
    const page = await openPopup();
    await page.getByRole('button', { name: 'Add from this page' }).click();
    await page.locator('.contact-page h2.contact-name, p.notice').first().waitFor();
    expect(await page.locator('p.notice').allTextContents()).toEqual([]);
    expect(await page.locator('.contact-page h2.contact-name').textContent()).toBe('Ana García');
    await page.close();
    await known.close();

    // The fixture serves the same page for any /in/<slug>/: a slug the notebook does not know is a new person.
    const fresh = await browser.current.newPage();
    await openFixture(fresh, 'https://www.linkedin.com/in/ana-garcia-madrid/');
    const page2 = await openPopup();
    await page2.getByRole('button', { name: 'Add from this page' }).click();
    const form = page2.getByRole('form', { name: 'New contact' });
    await form.waitFor();
    expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe('Ana García');
    expect(await form.getByLabel('Title / headline').inputValue()).toMatch(/^Head of Growth at Northwind/);
    expect(await form.getByLabel('Handle').inputValue()).toBe('ana-garcia-madrid');
    expect(await form.getByLabel('Relationship').inputValue()).toBe('market'); // LinkedIn's norm, to be confirmed
    await form.getByRole('button', { name: 'Save' }).click();
    await page2.locator('.contact-page h2.contact-name').filter({ hasText: 'Ana García' }).waitFor();
    await page2.close();
    await fresh.close();
  });

  test('a coaching event recorded while the popup shows the contact appears there without a reload', async () => {
    // The popup stays open throughout: what the background writes must reach it through liveQuery.
    await popup.getByRole('tab', { name: 'Contacts' }).click();
    const search = popup.getByRole('searchbox', { name: 'Search contacts' });
    await search.fill('ana family'); // the Ana marked family above, not the one added from the page
    await expect.poll(() => rows(popup).count()).toBe(1);
    await rows(popup).first().click();
    const dismissed = popup.getByRole('list', { name: 'Coaching history' }).locator('li').filter({ hasText: 'you dismissed the advice' });
    await expect.poll(() => dismissed.count()).toBe(1); // the dismissal in the LinkedIn DM test above

    const dm = await browser.current.newPage();
    await openFixture(dm, 'https://www.linkedin.com/messaging/thread/2-abc123/');
    await typeInto(dm, dm.locator('div.msg-form__contenteditable[role=textbox]'), promo);
    const host = await waitForLevel(dm, 'flip', 'dm', promo);
    await dm.locator('tact-coach .tact-badge').first().click();
    await dm.locator('tact-coach .tact-dismiss').first().click();
    await expect.poll(() => host.getAttribute('data-dismissed')).toBe('true');

    await expect.poll(() => dismissed.count()).toBe(2);
    expect(await dismissed.first().getAttribute('data-level')).toBe('flip');
    await dm.close();
  });

  test("the Settings tab hosts the coach's settings", async () => {
    await popup.getByRole('tab', { name: 'Settings' }).click();
    await popup.getByRole('heading', { name: 'Networks' }).waitFor();
    await popup.getByRole('heading', { name: 'Coaching' }).waitFor();
  });

  test('reopened, the popup paints the last list at once, before the notebook answers; notes are never saved for it', async () => {
    await popup.getByRole('tab', { name: 'Contacts' }).click();
    await popup.getByRole('searchbox', { name: 'Search contacts' }).fill('');
    await popup.locator('.list-view[data-shown-query=""]').waitFor();
    const live = await rows(popup).locator('.contact-name').allTextContents();
    const again = await browser.current.newPage();
    // What the first frame with rows showed, whether the notebook had answered by then, and whether a click
    // could land on those rows (the notebook code may not be there yet to answer it).
    await again.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const view = document.querySelector('.list-view');
        const row = view?.querySelector('.contact-row');
        if (!view || !row) return;
        seen.disconnect();
        const names = [...view.querySelectorAll('.contact-row .contact-name')].map((n) => n.textContent);
        const firstRows = { saved: view.hasAttribute('data-saved-screen'), inert: !!row.closest('[inert]'), names };
        (window as unknown as { firstRows: unknown }).firstRows = firstRows;
      });
      seen.observe(document, { childList: true, subtree: true, attributes: true });
    });
    await again.goto(`chrome-extension://${browser.current.extensionId}/popup.html`);
    // A person types as soon as the box has the caret, whichever paint holds it: nothing typed is lost.
    await again.waitForFunction(() => document.activeElement?.matches('input.search'));
    await again.keyboard.type('hopper');
    await again.locator('.list-view[data-shown-query="hopper"]').waitFor();
    const found = await again.locator('.contact-row .contact-name').allTextContents();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((name) => name === 'Grace Hopper')).toBe(true);
    expect(await again.evaluate(() => document.activeElement?.matches('input.search'))).toBe(true);
    expect(await again.evaluate(() => (window as unknown as { firstRows: unknown }).firstRows)).toEqual({
      saved: true,
      inert: true,
      names: live,
    });
    const saved = (await again.evaluate(() => localStorage.getItem('tact.firstScreen'))) ?? '';
    expect(saved).toContain('Grace Hopper');
    expect(saved).not.toContain('compiler meetup');
    await again.close();
  });

  // Japanese, Chinese and Korean are typed through an input method: the box holds a conversion not yet chosen.
  test("a composition in the first paint's search box is not cut off when the notebook arrives", async () => {
    const again = await browser.current.newPage();
    // The notebook's code arrives ~100 ms after the click, sooner than a test can start an input method, so the
    // page marks a composition begun the moment the box appears (the event an input method sends first); the
    // browser's own input method then composes and commits in that box, below.
    await again.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const box = document.querySelector('.list-view[data-saved-screen] input.search');
        if (!box) return;
        seen.disconnect();
        box.dispatchEvent(new CompositionEvent('compositionstart'));
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await again.goto(`chrome-extension://${browser.current.extensionId}/popup.html`);
    await again.waitForFunction(() => document.activeElement?.matches('.list-view[data-saved-screen] input.search'));
    const ime = await again.context().newCDPSession(again);
    await ime.send('Input.imeSetComposition', { text: 'ぐれ', selectionStart: 2, selectionEnd: 2 });
    // Once every file has come and the page is idle, the notebook's code has run: the first paint is still there,
    // holding the conversion.
    await again.waitForLoadState('networkidle');
    await again.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
    expect(await again.locator('header').getAttribute('inert')).toBe('');
    expect(await again.locator('.list-view[data-saved-screen] input.search').inputValue()).toBe('ぐれ');
    await ime.send('Input.insertText', { text: 'グレ' });
    await again.locator('.list-view[data-shown-query="グレ"]').waitFor();
    expect(await again.locator('input.search').inputValue()).toBe('グレ');
    expect(await again.evaluate(() => document.activeElement?.matches('input.search'))).toBe(true);
    await again.close();
  });

  test('the options page shows only the settings: none of the popup runs there', async () => {
    const options = await browser.current.newPage();
    const errors: string[] = [];
    options.on('pageerror', (e) => errors.push(e.message));
    await options.goto(`chrome-extension://${browser.current.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Tact settings', level: 1 }).waitFor();
    // Until nothing more loads: code of the popup's would have replaced the page or renamed it by then.
    await options.waitForLoadState('networkidle');
    expect(await options.title()).toBe('Tact settings');
    expect(await options.locator('.notebook, .list-view').count()).toBe(0);
    expect(errors).toEqual([]);
    await options.close();
  });

  test('wipe asks first; cancel keeps everything, confirm empties the notebook', async () => {
    const before = await contactCount(popup);
    expect(before).toBeGreaterThan(0);
    await popup.getByRole('tab', { name: 'Import / export' }).click();
    await popup.getByRole('button', { name: 'Wipe all notebook data…' }).click();
    const confirm = popup.getByRole('alertdialog', { name: 'Confirm wipe' });
    expect(await confirm.textContent()).toContain(`Delete all ${before} contacts`);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await contactCount(popup)).toBe(before);
    await popup.getByRole('tab', { name: 'Import / export' }).click();
    await popup.getByRole('button', { name: 'Wipe all notebook data…' }).click();
    await popup.getByRole('button', { name: 'Yes, wipe everything' }).click();
    await popup.getByRole('status').filter({ hasText: 'The notebook is empty.' }).waitFor();
    expect(await contactCount(popup)).toBe(0);
    // No name stays behind in the popup's saved first screen either.
    expect(await popup.evaluate(() => localStorage.getItem('tact.firstScreen'))).toBeNull();
  });

  test('no request left the machine', () => {
    expect(browser.current.recorder.foreign()).toEqual([]);
  });
});
