import { describe, expect, test } from 'vitest';
import { openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';

const facebookPost = `[data-lexical-editor=true][aria-label^="What's on your mind"]`;
const sellingToFriends = 'Use my promo code ANA20 for 20% off at my new shop this weekend only!';

// The interface follows the browser's UI language (README, Languages): the same build, started once
// in Spanish and once in the default English, shows the popup and the coach card in that language.
describe.skipIf(skipReason).each([
  { lang: 'es', tab: 'Contactos', dismiss: 'Descartar', audience: /amigos/, mute: 'Dejar de señalar códigos de descuento y ofertas' },
  { lang: undefined, tab: 'Contacts', dismiss: 'Dismiss', audience: /friends/, mute: 'Stop flagging discount codes and deals' },
])('the interface in $lang (undefined: the default)', ({ lang, tab, dismiss, audience, mute }) => {
  const browser = useTactBrowser(`languages-${lang ?? 'default'}`, lang);

  test('the extension picks the messages of that language, toolbar title included', async () => {
    const [worker] = browser.current.context.serviceWorkers();
    const picked = await worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      return { anyway: chrome.i18n.getMessage('pause_postAnyway') as string, title: (await chrome.action.getTitle({})) as string };
    });
    // Debian's Chromium ships only en-US.pak, so @@ui_locale stays "en"; the extension's messages
    // still follow LANGUAGE (the preferred languages), which is what a person sees.
    expect(picked.anyway).toBe(lang === 'es' ? 'Publicar de todos modos' : 'Post anyway');
    expect(picked.title).toBe(lang === 'es' ? 'Cuaderno de Tact' : 'Tact notebook');
  });

  test('the popup names its tabs in it', async () => {
    const page = await browser.current.newPage();
    await page.goto(`chrome-extension://${browser.current.extensionId}/popup.html`);
    await page.getByRole('tab', { name: tab }).waitFor();
    expect(await page.getByRole('tab').allTextContents()).toContain(tab);
    await page.close();
  });

  test('the coach card speaks it, while the finding on an English draft explains itself in English', async () => {
    const page = await browser.current.newPage();
    await openFixture(page, 'https://www.facebook.com/');
    await typeInto(page, page.locator(facebookPost), sellingToFriends);
    const host = await waitForLevel(page, 'flip', 'post', sellingToFriends);
    await host.locator('.tact-badge').click();
    const card = host.locator('.tact-card');
    await card.waitFor();
    expect(await card.locator('.tact-norm').textContent()).toMatch(audience);
    await card.locator('li[data-group] summary').first().click();
    for (const name of [dismiss, mute]) expect(await card.getByRole('button', { name }).count()).toBeGreaterThan(0);
    // The rule pack's note is in the draft's language (English here), whatever the UI language.
    expect(await card.locator('.tact-note').first().textContent()).toMatch(/\b(the|your|a|to)\b/i);
    await page.close();
  });
});
