import { describe, expect, test } from 'vitest';
import { openFixture, typeInto, waitForLevel } from './harness/page-helpers';
import { expectNoHorizontalScroll } from './harness/popup-width';
import { skipReason, useTactBrowser } from './harness/use-browser';

const facebookPost = `[data-lexical-editor=true][aria-label^="What's on your mind"]`;
const sellingToFriends = 'Use my promo code ANA20 for 20% off at my new shop this weekend only!';

/** What a person reads in the notebook's own views, in each language (locales/<lang>.yml). */
interface NotebookWords {
  add: string;
  form: string;
  name: string;
  social: RegExp;
  addAccount: string;
  save: string;
  actions: string[];
  history: string;
  back: string;
  search: string;
  neverTalked: string;
}

const es: NotebookWords = {
  add: 'Añadir contacto',
  form: 'Nuevo contacto',
  name: 'Nombre',
  social: /^Personal: familia, amigos/,
  addAccount: '+ Añadir cuenta',
  save: 'Guardar',
  actions: ['Editar', 'Fusionar con…', 'Eliminar'],
  history: 'Borradores revisados por Tact',
  back: '← Todos los contactos',
  search: 'Buscar contactos',
  neverTalked: 'última conversación: nunca',
};
// German is the longest of the four: it runs only the popup, to check its views still fit 400 px.
const de: NotebookWords = {
  add: 'Kontakt hinzufügen',
  form: 'Neuer Kontakt',
  name: 'Name',
  social: /^Persönlich: Familie, Freunde/,
  addAccount: '+ Konto hinzufügen',
  save: 'Speichern',
  actions: ['Bearbeiten', 'Zusammenführen mit…', 'Löschen'],
  history: 'Von Tact geprüfte Entwürfe',
  back: '← Alle Kontakte',
  search: 'Kontakte suchen',
  neverTalked: 'zuletzt gesprochen: nie',
};
const en: NotebookWords = {
  add: 'Add contact',
  form: 'New contact',
  name: 'Name',
  social: /^Social: family, friends/,
  addAccount: '+ Add account',
  save: 'Save',
  actions: ['Edit', 'Merge with…', 'Delete'],
  history: 'Coached drafts',
  back: '← All contacts',
  search: 'Search contacts',
  neverTalked: 'last talked: never',
};

// The interface follows the browser's UI language (README, Languages): the same build, started in
// Spanish, German and the default English, shows the popup and the coach card in that language.

// The popup's tabs, with a heading each shows and, for Impact, the sentence one revised send makes:
// words, plural and the percentage's format all in the UI language ("100 %" in Spanish).
const spanishTabs = {
  settings: { tab: 'Ajustes', headings: ['Redes', 'Consejos', 'Sitios en pausa', 'Reglas silenciadas'] },
  impact: { tab: 'Impacto', headings: ['Últimos 30 días'], total: /^Tact pausó 1 envío: revisaste o cancelaste 1 \(100\s%\)/ },
  data: { tab: 'Importar / exportar', headings: ['Importar', 'Exportar', 'Borrar'] },
};
const germanTabs = {
  settings: { tab: 'Einstellungen', headings: ['Netzwerke', 'Tipps', 'Pausierte Websites', 'Stummgeschaltete Regeln'] },
  impact: {
    tab: 'Wirkung',
    headings: ['Letzte 30 Tage'],
    total: /^Tact hat 1 Nachricht angehalten: Du hast 1 überarbeitet oder verworfen \(100\s%\)/,
  },
  data: { tab: 'Import / Export', headings: ['Import', 'Export', 'Löschen'] },
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
    picked: { anyway: 'Publicar de todos modos', title: 'Cuaderno de Tact' },
    card: { dismiss: 'Descartar', audience: /amigos/, mute: 'Dejar de señalar códigos de descuento y ofertas' },
    notebook: es,
    tabs: spanishTabs,
  },
  {
    lang: 'de',
    tab: 'Kontakte',
    picked: { anyway: 'Trotzdem posten', title: 'Tact-Notizbuch' },
    card: undefined,
    notebook: de,
    tabs: germanTabs,
  },
  {
    lang: undefined,
    tab: 'Contacts',
    picked: { anyway: 'Post anyway', title: 'Tact notebook' },
    card: { dismiss: 'Dismiss', audience: /friends/, mute: 'Stop flagging discount codes and deals' },
    notebook: en,
    tabs: englishTabs,
  },
])('the interface in $lang (undefined: the default)', ({ lang, tab, picked: want, card: words, notebook, tabs }) => {
  const browser = useTactBrowser(`languages-${lang ?? 'default'}`, lang);

  test('the extension picks the messages of that language, toolbar title included', async () => {
    const [worker] = browser.current.context.serviceWorkers();
    const picked = await worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      return { anyway: chrome.i18n.getMessage('pause_postAnyway') as string, title: (await chrome.action.getTitle({})) as string };
    });
    // Debian's Chromium ships only en-US.pak, so @@ui_locale stays "en"; the extension's messages
    // still follow LANGUAGE (the preferred languages), which is what a person sees.
    expect(picked).toEqual(want);
  });

  test('the popup names its tabs in it', async () => {
    const page = await browser.current.newPage();
    await page.goto(`chrome-extension://${browser.current.extensionId}/popup.html`);
    await page.getByRole('tab', { name: tab }).waitFor();
    expect(await page.getByRole('tab').allTextContents()).toContain(tab);
    // Screen readers pick their voice by the page's language: it is the words' language, not the HTML's "en".
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang ?? 'en');
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

  test.skipIf(!words)('the coach card speaks it, while the finding on an English draft explains itself in English', async () => {
    const { dismiss, audience, mute } = words!;
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

  test('the contact editor, a contact page and the list speak it, and fit 400 px', async () => {
    const page = await browser.current.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${browser.current.extensionId}/popup.html`);
    await page.getByRole('button', { name: notebook.add }).click();
    const form = page.getByRole('form', { name: notebook.form });
    await form.getByLabel(notebook.name).fill('Ana García');
    // Three circles and a market chip make a list row too wide for one line in every language.
    await form.locator('select[name=relationship]').selectOption('market');
    await form.locator('input[name=tags]').fill('Kollegin, Kundin, Familie');
    expect(await form.locator('select[name=relationship] option').first().textContent()).toMatch(notebook.social);
    await form.getByRole('button', { name: notebook.addAccount }).click();
    await expectNoHorizontalScroll(page, `${lang ?? 'en'}-editor`);
    await form.getByRole('button', { name: notebook.save }).click();

    const contact = page.locator('article.contact-page');
    await contact.getByRole('heading', { name: 'Ana García' }).waitFor();
    for (const name of notebook.actions) await contact.getByRole('button', { name, exact: true }).waitFor();
    expect(await contact.getByRole('heading', { level: 3 }).textContent()).toBe(notebook.history);
    await expectNoHorizontalScroll(page, `${lang ?? 'en'}-contact`);

    await contact.getByRole('button', { name: notebook.back }).click();
    await page.getByRole('searchbox', { name: notebook.search }).waitFor();
    // The rows follow the box by a moment (the list reads the notebook after it mounts).
    await expect.poll(() => page.locator('.contact-row .last-talked').allTextContents()).toEqual([notebook.neverTalked]);
    await expectNoHorizontalScroll(page, `${lang ?? 'en'}-list`);
    await page.close();
  });
});
