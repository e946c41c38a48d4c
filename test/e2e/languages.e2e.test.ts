import { describe, expect, test } from 'vitest';
import { openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { skipReason, useTactBrowser } from './harness/use-browser';

const facebookPost = `[data-lexical-editor=true][aria-label^="What's on your mind"]`;
const sellingToFriends = 'Use my promo code ANA20 for 20% off at my new shop this weekend only!';

// The interface follows the browser's UI language (README, Languages): the same build, started once
// in Spanish and once in the default English, shows the popup and the coach card in that language.
// The popup's tabs, with a heading each shows and, for Impact, the sentence one revised send makes:
// words, plural and the percentage's format all in the UI language ("100 %" in Spanish).
const spanishTabs = {
  settings: { tab: 'Ajustes', headings: ['Redes', 'Consejos', 'Sitios en pausa', 'Reglas silenciadas'] },
  impact: { tab: 'Impacto', headings: ['Últimos 30 días'], total: /^Tact pausó 1 envío: revisaste o cancelaste 1 \(100\s%\)/ },
  data: { tab: 'Importar / exportar', headings: ['Importar', 'Exportar', 'Borrar'] },
};
const englishTabs = {
  settings: { tab: 'Settings', headings: ['Networks', 'Coaching', 'Paused sites', 'Muted rules'] },
  impact: { tab: 'Impact', headings: ['Last 30 days'], total: /^Tact paused 1 send: you revised or cancelled 1 \(100%\)/ },
  data: { tab: 'Import / export', headings: ['Import', 'Export', 'Wipe'] },
};

// The extension page's own `chrome` API (Node's types do not declare it).
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

describe.skipIf(skipReason).each([
  {
    lang: 'es',
    tab: 'Contactos',
    tabs: spanishTabs,
    dismiss: 'Descartar',
    audience: /amigos/,
    mute: 'Dejar de señalar códigos de descuento y ofertas',
  },
  {
    lang: undefined,
    tab: 'Contacts',
    tabs: englishTabs,
    dismiss: 'Dismiss',
    audience: /friends/,
    mute: 'Stop flagging discount codes and deals',
  },
])('the interface in $lang (undefined: the default)', ({ lang, tab, tabs, dismiss, audience, mute }) => {
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

  test('the Settings, Impact and Import / export tabs speak it, figures included, and still fit 400 px', async () => {
    const page = await browser.current.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${browser.current.extensionId}/popup.html`);
    // One revised send, as the content script reports it, so Impact has a sentence to say.
    const outcome = {
      network: 'facebook',
      outcome: 'revised',
      ruleIds: ['pitch.discount-code'],
      categories: ['price'],
      at: Date.now() - 60_000,
    };
    expect(await page.evaluate((payload) => chrome.runtime.sendMessage({ type: 'send/outcome', payload }), outcome)).toMatchObject({
      ok: true,
    });
    for (const { tab: name, headings } of Object.values(tabs)) {
      await page.getByRole('tab', { name, exact: true }).click();
      for (const heading of headings) await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      // Longer words must wrap, never push the popup into a sideways scroll.
      expect({ name, width: await page.evaluate(() => document.scrollingElement!.scrollWidth) }).toEqual({ name, width: 400 });
    }
    await page.getByRole('tab', { name: tabs.impact.tab, exact: true }).click();
    await expect.poll(() => page.locator('.impact-total').textContent()).toMatch(tabs.impact.total);
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
