import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setUpLiveDom, until } from './helpers/live-dom';
import { ListView } from '@/components/notebook/ListView';
import { NotebookApp } from '@/components/notebook/NotebookApp';
import { paintSavedPopup } from '@/components/notebook/saved-first-paint';
import { forgetFirstScreen, keepFirstScreen, readFirstScreen } from '@/components/notebook/saved-first-screen';
import { readRemembered } from '@/components/notebook/remembered';
import { openPopup } from '@/entrypoints/popup/open-popup';
import { i18n } from '@/runtime/i18n';
import { addContact, emptyContact, type TactDb } from '@/lib/db';
import { readSaved, saveText, type FirstScreen, type ListRow } from '@/lib/db/first-screen';

const KEY = 'tact.firstScreen';
const row = (id: string, name: string, extra: Partial<ListRow> = {}): ListRow => ({
  id,
  name,
  relationship: 'social',
  tags: [],
  lastInteraction: null,
  ...extra,
});

/** The page's localStorage, a Map that each test starts empty. */
let stored = new Map<string, string>();
function stubLocalStorage(): void {
  stored = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  });
}

describe('the saved first screen (lib/db/first-screen.ts)', () => {
  const screen: FirstScreen = {
    order: 'due',
    count: 3,
    due: [row('a', 'Ana', { dueAt: 5 })],
    rows: [row('b', 'Ben', { tags: ['one', 'two', 'three', 'four'] }), row('c', 'Cleo')],
  };

  test('keeps only what the rows display: no notes, handles or history, three tags, the first rows', () => {
    const withPrivate = {
      ...screen,
      rows: screen.rows.map((r) => ({ ...r, notes: 'owes me £20', handles: [{ network: 'x', handle: 'ben' }] })),
    };
    const text = saveText(withPrivate, 1)!;
    expect(text).not.toContain('owes me');
    expect(text).not.toContain('handles');
    const back = readSaved(text, 'due')!;
    expect(back.rows).toEqual([row('b', 'Ben', { tags: ['one', 'two', 'three'] })]);
    expect(back.due).toEqual(screen.due);
    expect(back.count).toBe(3);
  });

  test('an empty notebook saves nothing', () => {
    expect(saveText({ ...screen, count: 0, due: [], rows: [] }, 20)).toBeNull();
  });

  test('anything but a save of this version and order reads as none', () => {
    const text = saveText(screen, 20)!;
    expect(readSaved(text, 'name')).toBeNull();
    expect(readSaved(null, 'due')).toBeNull();
    expect(readSaved('{not json', 'due')).toBeNull();
    expect(readSaved(text.replace('"v":1', '"v":2'), 'due')).toBeNull();
    expect(readSaved(text.replace('"count":3', '"count":"3"'), 'due')).toBeNull();
    expect(readSaved(text.replace('"relationship":"social"', '"relationship":"boss"'), 'due')).toBeNull();
    expect(readSaved(text.replace('"name":"Ben"', '"name":7'), 'due')).toBeNull();
  });
});

// The popup paints the last opening's list at once, then the notebook's answer, which it saves for the next.
describe("the popup's localStorage (local-storage.ts)", () => {
  afterEach(() => vi.unstubAllGlobals());
  const screen: FirstScreen = { order: 'due', count: 1, due: [], rows: [row('a', 'Ada')] };

  test('storage that refuses costs only the save: nothing throws, and the first paint has no rows', () => {
    const refuse = () => {
      throw new DOMException('refused', 'QuotaExceededError');
    };
    vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse, removeItem: refuse });
    expect(() => keepFirstScreen(screen)).not.toThrow();
    expect(() => forgetFirstScreen()).not.toThrow();
    expect(readFirstScreen('due')).toBeNull();
    expect(readRemembered('tact.listOrder', ['due', 'name'], 'due')).toBe('due');
  });

  test('a save the same as the one kept is not written again', () => {
    stubLocalStorage();
    keepFirstScreen(screen);
    const setItem = vi.spyOn(localStorage, 'setItem');
    keepFirstScreen(screen);
    expect(setItem).not.toHaveBeenCalled();
    keepFirstScreen({ ...screen, count: 2 });
    expect(setItem).toHaveBeenCalledTimes(1);
    forgetFirstScreen();
    expect(stored.has(KEY)).toBe(false);
  });
});

describe('ListView with a saved first screen', () => {
  let root: HTMLElement;
  let db: TactDb;
  setUpLiveDom('first-screen', (dom) => ({ root, db } = dom));
  beforeEach(stubLocalStorage);
  afterEach(() => vi.unstubAllGlobals());
  vi.setConfig({ testTimeout: 60_000 });

  const list = () => (
    <ListView db={db} now={10} query="" onQuery={() => {}} onOpen={() => {}} onImport={() => {}} onAddFromPage={() => {}} />
  );
  const names = () => [...root.querySelectorAll('.contact-row .contact-name')].map((n) => n.textContent);

  test('shows the saved rows and count before the notebook answers, then the answer, and saves that', async () => {
    await addContact(db, { ...emptyContact({ name: 'Grace' }), notes: 'secret plans' });
    stored.set(KEY, saveText({ order: 'due', count: 40, due: [], rows: [row('old', 'Old Friend')] }, 20)!);
    render(list(), root);
    // Synchronously, in the first frame: nothing has been read from the notebook yet.
    expect(names()).toEqual(['Old Friend']);
    expect(root.querySelector('.search')?.getAttribute('placeholder')).toContain('40');
    // data-count is the notebook's word only.
    expect(root.querySelector('.search')?.hasAttribute('data-count')).toBe(false);
    expect(root.querySelector('.list-view')?.hasAttribute('data-saved-screen')).toBe(true);
    expect(root.querySelector('.list-view')?.hasAttribute('data-shown-query')).toBe(false);

    expect(await until(() => names().join() === 'Grace')).toBe(true);
    expect(root.querySelector('.search')?.getAttribute('data-count')).toBe('1');
    expect(root.querySelector('.list-view')?.hasAttribute('data-saved-screen')).toBe(false);
    expect(await until(() => readSaved(stored.get(KEY) ?? null, 'due')?.rows[0]?.name === 'Grace')).toBe(true);
    expect(stored.get(KEY)).not.toContain('secret plans');
  });

  test("only the page's first list starts from the save: back on the list later, it waits for the notebook", async () => {
    await addContact(db, emptyContact({ name: 'Grace' }));
    stored.set(KEY, saveText({ order: 'due', count: 9, due: [], rows: [row('old', 'Old Friend')] }, 20)!);
    render(list(), root);
    expect(await until(() => names().join() === 'Grace')).toBe(true);
    render(null, root);
    stored.set(KEY, saveText({ order: 'due', count: 9, due: [], rows: [row('old', 'Old Friend')] }, 20)!);
    render(list(), root);
    expect(names()).toEqual([]);
    expect(await until(() => names().join() === 'Grace')).toBe(true);
  });

  test('a notebook emptied since shows the welcome and drops the save', async () => {
    stored.set(KEY, saveText({ order: 'due', count: 2, due: [], rows: [row('old', 'Old Friend')] }, 20)!);
    render(list(), root);
    expect(names()).toEqual(['Old Friend']);
    expect(await until(() => !!root.querySelector('.first-run'))).toBe(true);
    expect(await until(() => !stored.has(KEY))).toBe(true);
  });

  test('a save for the other order, or a damaged one, is not shown', async () => {
    await addContact(db, emptyContact({ name: 'Grace' }));
    stored.set('tact.listOrder', 'name');
    stored.set(KEY, saveText({ order: 'due', count: 2, due: [], rows: [row('old', 'Old Friend')] }, 20)!);
    render(list(), root);
    expect(names()).toEqual([]);
    expect(await until(() => names().join() === 'Grace')).toBe(true);
    render(null, root);
    stored.set(KEY, '{"v":1,"order":"due","count":2,"due":[],"rows":[{"id":1}]}');
    stored.delete('tact.listOrder');
    render(list(), root);
    expect(names()).toEqual([]);
    expect(await until(() => names().join() === 'Grace')).toBe(true);
  });
});

// entrypoints/popup/main.ts paints this, with the DOM alone, before any notebook code has loaded.
describe('the first paint (saved-first-paint.ts)', () => {
  let root: HTMLElement;
  let db: TactDb;
  setUpLiveDom('saved-popup', (dom) => ({ root, db } = dom));
  beforeEach(stubLocalStorage);
  afterEach(() => vi.unstubAllGlobals());

  test('shows the saved count, due people and rows; only the search box takes input, the rest is inert', () => {
    const due = [row('d', 'Dana', { dueAt: 1 })];
    stored.set(KEY, saveText({ order: 'due', count: 1234, due, rows: [row('b', 'Ben'), row('c', 'Cleo')] }, 20)!);
    paintSavedPopup(root, 10);
    const frame = root.querySelector('.notebook')!;
    expect(frame.querySelector('header')?.hasAttribute('inert')).toBe(true);
    expect(frame.querySelector('.list-controls')?.hasAttribute('inert')).toBe(true);
    expect(frame.querySelector('.list-rows')?.hasAttribute('inert')).toBe(true);
    expect(frame.querySelector('.search')?.closest('[inert]')).toBeNull();
    expect(frame.querySelector('[role=tab][aria-selected=true]')?.textContent).toBe('Contacts');
    expect(frame.querySelector('.search')?.getAttribute('placeholder')).toContain('1234');
    expect([...frame.querySelectorAll('.due-row .contact-name')].map((n) => n.textContent)).toEqual(['Dana']);
    expect([...frame.querySelectorAll('.contact-row .contact-name')].map((n) => n.textContent)).toEqual(['Ben', 'Cleo']);
  });

  test('with nothing saved (a first opening), only the header', () => {
    paintSavedPopup(root, 10);
    expect(root.querySelector('header h1')?.textContent).toBe('Tact');
    expect(root.querySelector('.list-view')).toBeNull();
  });

  test('a name that looks like markup shows as those characters', () => {
    const name = '<img src=x onerror="alert(1)">';
    stored.set(KEY, saveText({ order: 'due', count: 1, due: [], rows: [row('x', name, { tags: ['<b>t</b>'] })] }, 20)!);
    paintSavedPopup(root, 10);
    expect(root.querySelector('.contact-name')?.textContent).toBe(name);
    expect(root.querySelector('.tag')?.textContent).toBe('<b>t</b>');
    expect(root.querySelector('img, b')).toBeNull();
  });

  test('typing a search greys the order out and an empty list names what was typed, as the list view does', () => {
    stored.set(KEY, saveText({ order: 'due', count: 5, due: [row('d', 'Dana', { dueAt: 1 })], rows: [] }, 20)!);
    paintSavedPopup(root, 10);
    const box = root.querySelector<HTMLInputElement>('.search')!;
    const sort = root.querySelectorAll('select')[1];
    expect(root.querySelector('.empty')?.textContent).toBe(i18n.t('listView.allDue'));
    box.value = 'zed';
    box.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event('input'));
    expect(sort.hasAttribute('disabled')).toBe(true);
    expect(root.querySelector('.empty')?.textContent).toBe(i18n.t('listView.noMatch', ['zed']));
  });

  /**
   * Elements, their attributes and their text; bar `inert` and `autofocus`, which only say who takes input, and
   * the choices' values, which both write as properties and this test DOM (linkedom) turns into attributes its own
   * way (an option's missing value reads as "", so Preact skips writing one): the test reads the choices itself.
   */
  function shape(node: Node): unknown {
    if (node.nodeType === 3) return node.textContent;
    const e = node as Element;
    const choice = (a: Attr) => /^(select|option)$/.test(e.localName) && /^(value|selected)$/.test(a.name);
    const attrs = [...e.attributes].filter((a) => !/^(inert|autofocus)$/i.test(a.name) && !choice(a)).map((a) => `${a.name}=${a.value}`);
    const kids: unknown[] = [];
    for (const child of e.childNodes) {
      const s = shape(child);
      // Preact writes "overdue · last talked" as three text nodes, the first paint as one: the same text.
      if (s === '') continue;
      if (typeof s === 'string' && typeof kids.at(-1) === 'string') kids[kids.length - 1] += s;
      else kids.push(s);
    }
    return [e.localName, attrs.sort(), kids];
  }

  const saves: [string, FirstScreen, string | null][] = [
    [
      'due people and rows with circles, every relationship and dates',
      {
        order: 'due',
        count: 4321,
        due: [row('d', 'Dana', { dueAt: 1, lastInteraction: 3 })],
        rows: [
          row('b', 'Ben', { relationship: 'market', tags: ['one', 'two', 'three', 'four'], lastInteraction: 9 }),
          row('c', 'Cleo', { relationship: 'hybrid' }),
        ],
      },
      null,
    ],
    ['only due people', { order: 'due', count: 2, due: [row('d', 'Dana', { dueAt: 1 })], rows: [] }, null],
    ['in name order', { order: 'name', count: 2, due: [], rows: [row('a', 'Ada'), row('z', 'Zoe')] }, 'name'],
  ];
  test.each(saves)("draws what the notebook's list draws from the same save (%s)", (_, save, order) => {
    stored.set(KEY, saveText(save, 20)!);
    if (order) stored.set('tact.listOrder', order);
    paintSavedPopup(root, 100_000_000);
    const first = root.firstElementChild!;
    const app = document.createElement('div');
    render(<NotebookApp db={db} now={100_000_000} />, app);
    // Synchronously: the notebook has not answered, and its list shows the same save.
    expect(app.querySelector('.list-view')?.hasAttribute('data-saved-screen')).toBe(true);
    expect(first.querySelectorAll('.contact-row, .due-row').length).toBe(save.due.length + save.rows.length);
    expect(shape(first)).toEqual(shape(app.firstElementChild!));
    // Without a value attribute, a browser's option has its text for value ("Everyone").
    expect([...first.querySelectorAll('option')].map((o) => o.getAttribute('value'))).toEqual([
      '',
      'social',
      'market',
      'hybrid',
      'due',
      'name',
    ]);
    expect([...first.querySelectorAll('select')].map((s) => s.value)).toEqual(['', order ?? 'due']);
    render(null, app);
  });
});

/** linkedom has no focus or selection: these stand-ins keep what a browser would, on the page's inputs. */
function standInFocus(doc: Document): () => void {
  const input = Object.getPrototypeOf(doc.createElement('input')) as Record<string, unknown>;
  let active: Element | null = null;
  Object.defineProperty(doc, 'activeElement', { get: () => active, configurable: true });
  input.focus = function (this: Element) {
    active = this;
  };
  input.setSelectionRange = function (this: object, start: number, end: number, direction: string) {
    Object.assign(this, { selectionStart: start, selectionEnd: end, selectionDirection: direction });
  };
  return () => {
    delete input.focus;
    delete input.setSelectionRange;
  };
}

// entrypoints/popup/open-popup.ts paints, then app.tsx puts the notebook's view in the first paint's place.
describe('the hand-over from the first paint to the notebook', () => {
  let root: HTMLElement;
  setUpLiveDom('hand-over', (dom) => ({ root } = dom));
  beforeEach(() => {
    stubLocalStorage();
    stored.set(KEY, saveText({ order: 'due', count: 2, due: [], rows: [row('a', 'Ada'), row('b', 'Grace')] }, 20)!);
    vi.stubGlobal('location', { hash: '' });
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.stubGlobal(
      'MutationObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    // The popup's later steps (search index, sync) start from a timer these tests do not wait for.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  test("what was typed is the notebook view's search, in one box that has the caret and the same selection", async () => {
    const unstub = standInFocus(root.ownerDocument);
    try {
      const opened = openPopup(root, 'list', import('@/entrypoints/popup/app'));
      const first = root.querySelector<HTMLInputElement>('input.search')!;
      first.value = 'grace';
      first.focus();
      first.setSelectionRange(1, 3, 'backward');
      await opened;
      const boxes = root.querySelectorAll<HTMLInputElement>('input.search');
      expect(boxes.length).toBe(1);
      expect(boxes[0]).not.toBe(first);
      expect(boxes[0].value).toBe('grace');
      expect(root.ownerDocument.activeElement).toBe(boxes[0]);
      expect([boxes[0].selectionStart, boxes[0].selectionEnd, boxes[0].selectionDirection]).toEqual([1, 3, 'backward']);
      expect(root.querySelector('.list-view')?.hasAttribute('data-saved-screen')).toBe(false);
      expect(root.querySelectorAll('.notebook').length).toBe(1);
    } finally {
      unstub();
    }
  });

  const Event = () => (root.ownerDocument.defaultView as unknown as typeof globalThis).Event;
  const ends: [string, (box: HTMLInputElement) => void][] = [
    ['the composition ends', (box) => box.dispatchEvent(new (Event())('compositionend'))],
    ['the box loses the caret', (box) => box.dispatchEvent(new (Event())('blur'))],
    ['an input comes that is not composing', (box) => box.dispatchEvent(Object.assign(new (Event())('input'), { isComposing: false }))],
  ];
  test.each(ends)('waits while an input method composes in the first box, until %s', async (_, end) => {
    const startPopup = vi.fn();
    const opened = openPopup(root, 'list', Promise.resolve({ startPopup }));
    const box = root.querySelector<HTMLInputElement>('input.search')!;
    box.dispatchEvent(new (Event())('compositionstart'));
    // Still composing: an input event of the composition does not end the wait.
    box.dispatchEvent(Object.assign(new (Event())('input'), { isComposing: true }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(startPopup).not.toHaveBeenCalled();
    end(box);
    await vi.advanceTimersByTimeAsync(1);
    await opened;
    expect(startPopup).toHaveBeenCalledWith(root);
  });

  test('with nothing composing, or nothing saved, the notebook comes as soon as its code has', async () => {
    for (const saved of [true, false]) {
      if (!saved) stored.clear();
      root.textContent = '';
      const startPopup = vi.fn();
      await openPopup(root, 'list', Promise.resolve({ startPopup }));
      expect(startPopup).toHaveBeenCalledWith(root);
      expect(!!root.querySelector('input.search')).toBe(saved);
    }
  });
});

// A fresh page process spent 15–25 ms on its first Intl formatter in Chromium: the first paint phrases "last
// talked" from words the last opening saved, in the same words the notebook's own list would use.
describe('the saved "last talked" phrases', () => {
  const DAY = 86_400_000;
  const saved = Date.UTC(2026, 10, 30, 12);
  // 3 and 58 days before the save, and long before: read 2 days later they are 5 days, 60 days (a date) and a date.
  const talked = [saved - 3 * DAY, saved - 58 * DAY, Date.UTC(2024, 2, 3)];
  const rows = talked.map((t, i) => row(`r${i}`, `Row ${i}`, { lastInteraction: t }));
  let root: HTMLElement;
  setUpLiveDom('saved-phrases', (dom) => ({ root } = dom));
  beforeEach(stubLocalStorage);
  /** What a fresh page shows on its first paint, and which Intl formatters it built meanwhile. */
  async function firstPaint(now: number): Promise<{ shown: string[]; built: number }> {
    vi.resetModules();
    const { paintSavedPopup: paint } = await import('@/components/notebook/saved-first-paint');
    const intl = globalThis.Intl;
    let built = 0;
    const counted = <C extends new (...args: never[]) => object>(make: C) =>
      new Proxy(make, { construct: (...args) => (built++, Reflect.construct(...args)) });
    globalThis.Intl = Object.assign(Object.create(intl), {
      DateTimeFormat: counted(intl.DateTimeFormat),
      RelativeTimeFormat: counted(intl.RelativeTimeFormat),
    });
    try {
      root.textContent = '';
      paint(root, now);
    } finally {
      globalThis.Intl = intl;
    }
    return { shown: [...root.querySelectorAll('.contact-row .last-talked')].map((n) => n.textContent ?? ''), built };
  }

  /** The same rows as a page with no saved words phrases them (Intl). */
  async function byIntl(now: number): Promise<string[]> {
    vi.resetModules();
    const { i18n } = await import('@/runtime/i18n');
    const { lastTalked } = await import('@/components/notebook/format-date');
    return talked.map((t) => i18n.t('dates.lastTalked', [lastTalked(t, now)]));
  }

  async function saveAsTheListDoes(): Promise<void> {
    vi.resetModules();
    const { keepFirstScreen } = await import('@/components/notebook/saved-first-screen');
    keepFirstScreen({ order: 'due', count: 3, due: [], rows });
  }

  test('days after the save, the first paint builds no Intl formatter and says what the list would say', async () => {
    await saveAsTheListDoes();
    const later = saved + 2 * DAY;
    const { shown, built } = await firstPaint(later);
    expect(built).toBe(0);
    const expected = await byIntl(later);
    expect(shown).toEqual(expected);
    expect(expected[0]).toContain('5 days ago');
    expect(expected[1]).toContain('2026');
  });

  test('phrases saved in another language, damaged ones, or none: the first paint phrases the rows itself', async () => {
    await saveAsTheListDoes();
    const text = stored.get(KEY)!;
    const variants = [
      text.replace(/"madeFor":"[^"]*"/, '"madeFor":"fr|fr-FR"'),
      text.replace(/"days":\["[^"]*"/, '"days":[7'),
      JSON.stringify({ ...JSON.parse(text), labels: undefined }),
    ];
    for (const variant of variants) {
      stored.set(KEY, variant);
      const { shown, built } = await firstPaint(saved);
      expect(built).toBeGreaterThan(0);
      expect(shown).toEqual(await byIntl(saved));
    }
  });

  test('phrases made for another browser language, browser version or time zone are not used', async () => {
    const browser = (language: string, userAgent = 'Chromium/156') => vi.stubGlobal('navigator', { language, userAgent });
    browser('en-US');
    await saveAsTheListDoes();
    expect((await firstPaint(saved)).built).toBe(0);
    const elsewhere: (() => void)[] = [
      () => browser('en-GB'),
      () => browser('en-US', 'Chromium/157'),
      () => vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(-330),
    ];
    for (const move of elsewhere) {
      browser('en-US');
      move();
      const { shown, built } = await firstPaint(saved);
      expect(built).toBeGreaterThan(0);
      expect(shown).toEqual(await byIntl(saved));
      vi.restoreAllMocks();
    }
  });
});
