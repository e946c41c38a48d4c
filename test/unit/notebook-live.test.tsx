import { render } from 'preact';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ContactView } from '@/components/notebook/ContactView';
import { ListView } from '@/components/notebook/ListView';
import { recordCoachingEvent } from '@/lib/db/coaching';
import { addContact, createDb, emptyContact, type TactDb } from '@/lib/db';

// The notebook views read through liveQuery: a write made elsewhere (the background recording a
// coaching event, here a direct write to the same database) shows without re-rendering from outside.
let doc: Document;
let root: HTMLElement;
let db: TactDb;
let k = 0;
beforeEach(() => {
  doc = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>').document as unknown as Document;
  vi.stubGlobal('document', doc);
  root = doc.getElementById('root')!;
  db = createDb(`live-${k++}`);
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

// Waits for the view to catch up (no fixed delay); the bound only ends a test that would never pass.
vi.setConfig({ testTimeout: 60_000 });
const until = async (check: () => boolean) => {
  const end = Date.now() + 30_000;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
  return check();
};

test('a coaching event recorded while the contact is shown appears in its history', async () => {
  const c = await addContact(db, emptyContact({ name: 'Mum' }));
  render(<ContactView db={db} id={c.id} now={0} onDeleted={() => {}} onMerged={() => {}} onBack={() => {}} />, root);
  expect(await until(() => !!root.querySelector('.contact-page'))).toBe(true);
  expect(root.querySelectorAll('ul.history li')).toHaveLength(0);
  await recordCoachingEvent(db, { contactId: c.id, network: 'linkedin', at: 1, level: 'flip', categories: ['price'], action: 'dismissed' });
  expect(await until(() => root.querySelectorAll('ul.history li').length === 1)).toBe(true);
  expect(root.querySelector('ul.history li')?.textContent).toContain('you dismissed the advice');
});

test('a contact added elsewhere replaces the first-run welcome with the list and its count', async () => {
  render(<ListView db={db} now={0} query="" onQuery={() => {}} onOpen={() => {}} onImport={() => {}} onAddFromPage={() => {}} />, root);
  const search = () => root.querySelector('input.search');
  expect(await until(() => root.querySelector('.first-run')?.getAttribute('data-count') === '0')).toBe(true);
  expect(search()).toBeNull();
  await addContact(db, {
    name: 'Grace',
    handles: [],
    relationship: 'hybrid',
    tags: [],
    howWeMet: '',
    notes: '',
    keepInTouchDays: null,
    lastInteraction: null,
  });
  // The count and the list are two queries: each catches up on its own.
  expect(await until(() => search()?.getAttribute('data-count') === '1')).toBe(true);
  expect(await until(() => !!root.querySelector('.contact-list')?.textContent?.includes('Grace'))).toBe(true);
});
