import { i18n } from '@/runtime/i18n';
import type { ListRow } from '@/lib/db/first-screen';
import type { ListOrder } from '@/lib/db/order';
import { lastTalked, overdueBy } from './format-date';
import { FIRST_SCREEN_ROWS, LIST_ORDER_KEY, listOrders } from './list-shape';
import { noMatch, orderChoices, popupTabs, relationshipChoices, relationshipWord } from './popup-words';
import { readRemembered } from './remembered';
import { readFirstScreen } from './saved-first-screen';
import { watchComposition } from './typed-search';

/*
 * The popup's first paint, drawn with the DOM alone before any notebook code (Preact, the database library) has
 * loaded: the header and the list the last opening saved (none on a first opening). It builds the same elements
 * NotebookHeader, ListFrame, DueList and ContactList render from that save, and a test holds the two alike
 * (test/unit/first-screen.test.tsx); drawn by Preact it came about 20 ms later, and about 60 ms later in a fresh
 * process (issue 12). Only its search box takes input, and what is typed there becomes the notebook view's query
 * (entrypoints/popup/app.tsx); the rest is inert until the notebook's own view replaces it, a moment later. Names
 * go in as text nodes.
 */

type Child = Node | string | false | null | undefined;

function el(tag: string, attrs: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child || child === '') node.append(child);
  return node;
}

const talked = (row: ListRow, now: number) => i18n.t('dates.lastTalked', [lastTalked(row.lastInteraction, now)]);

function header(): HTMLElement {
  const tabs = popupTabs().map(([name, label]) =>
    el('button', { type: 'button', role: 'tab', 'aria-selected': String(name === 'list') }, label),
  );
  return el(
    'header',
    { inert: '' },
    el('h1', {}, 'Tact'),
    el('nav', { role: 'tablist', 'aria-label': i18n.t('popup.tabsLabel') }, ...tabs),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'button', class: 'primary' }, i18n.t('popup.addContact')),
      el('button', { type: 'button' }, i18n.t('popup.addFromPage')),
    ),
  );
}

function choice(label: string, options: [string, string][], value: string): { label: HTMLElement; select: HTMLSelectElement } {
  const select = el('select', {}, ...options.map(([, text]) => el('option', {}, text))) as HTMLSelectElement;
  // Values and the choice go in as properties, as Preact writes them (selecting the option, rather than setting
  // `select.value`, works in the unit tests' DOM too).
  options.forEach(([v], i) => (select.options[i].value = v));
  for (const option of select.options) if (option.value === value) option.selected = true;
  return { label: el('label', {}, label, select), select };
}

/** A person's row: a button named by the name, then what the row says about them. */
const row = (kind: string, c: ListRow, ...details: Child[]) =>
  el(
    'li',
    {},
    el('button', { type: 'button', class: kind, 'data-contact-id': c.id }, el('span', { class: 'contact-name' }, c.name), ...details),
  );

function dueList(rows: ListRow[], now: number): HTMLElement | null {
  if (!rows.length) return null;
  const items = rows.map((c) =>
    row('due-row', c, el('span', { class: 'due-when' }, `${overdueBy(c.dueAt ?? now, now)} · ${talked(c, now)}`)),
  );
  const title = i18n.t('dueList.title');
  return el('section', { class: 'due', 'aria-label': title }, el('h2', {}, title), el('ul', {}, ...items));
}

function contactList(rows: ListRow[], now: number, emptyText: string): HTMLElement {
  if (!rows.length) return el('p', { class: 'empty' }, emptyText);
  const items = rows
    .slice(0, FIRST_SCREEN_ROWS)
    .map((c) =>
      row(
        'contact-row',
        c,
        el('span', { class: `chip chip-${c.relationship}`, 'data-relationship': c.relationship }, relationshipWord(c.relationship)),
        ...c.tags.slice(0, 3).map((t) => el('span', { class: 'tag' }, t)),
        el('span', { class: 'last-talked' }, talked(c, now)),
      ),
    );
  return el('ul', { class: 'contact-list', 'aria-label': i18n.t('contactList.label') }, ...items);
}

/** The saved list, in the order the user last chose, and when its box is done composing; null with no save for it. */
function savedList(now: number): (FirstPaint & { view: HTMLElement }) | null {
  const order = readRemembered<ListOrder>(LIST_ORDER_KEY, listOrders, 'due');
  const saved = readFirstScreen(order);
  if (!saved) return null;
  const search = el('input', {
    type: 'search',
    class: 'search',
    'aria-label': i18n.t('listView.search'),
    placeholder: i18n.t('listView.searchHint', saved.count),
    'data-saved-count': String(saved.count),
  }) as HTMLInputElement;
  const show = choice(i18n.t('listView.show'), relationshipChoices(), '');
  const sort = choice(i18n.t('listView.sort'), orderChoices(), order);
  const rows = contactList(saved.rows, now, noMatch('', ''));
  // As in ListFrame: a search has no order to choose, and an empty list says what was searched for.
  search.addEventListener('input', () => {
    sort.select.disabled = !!search.value;
    if (rows.matches('p.empty')) rows.textContent = noMatch(search.value, '');
  });
  const view = el(
    'div',
    { class: 'list-view', 'data-saved-screen': '' },
    search,
    el('div', { class: 'list-controls', inert: '' }, show.label, sort.label),
    el('div', { class: 'list-rows', inert: '' }, dueList(saved.due, now), rows),
  );
  return { view, settled: watchComposition(search) };
}

export interface FirstPaint {
  /** Resolves when the notebook's view may replace the paint: no input method is composing in its box. */
  settled(): Promise<void>;
}

/** Draws the first paint into `root` (the popup's empty #app). */
export function paintSavedPopup(root: HTMLElement, now: number): FirstPaint {
  const list = savedList(now);
  root.append(el('div', { class: 'notebook' }, header(), el('main', {}, list?.view)));
  return { settled: list?.settled ?? (() => Promise.resolve()) };
}
