import { render } from 'preact';
import { expect, test, vi } from 'vitest';
import { setUpLiveDom, until } from './helpers/live-dom';
import { ContactView } from '@/components/notebook/ContactView';
import { ListView } from '@/components/notebook/ListView';
import { recordCoachingEvent } from '@/lib/db/coaching';
import { addContact, emptyContact, type TactDb } from '@/lib/db';

// The notebook views read through liveQuery: a write made elsewhere (the background recording a
// coaching event, here a direct write to the same database) shows without re-rendering from outside.
let root: HTMLElement;
let db: TactDb;
setUpLiveDom('live', (dom) => ({ root, db } = dom));

// Waits for the view to catch up (no fixed delay); the bound only ends a test that would never pass.
vi.setConfig({ testTimeout: 60_000 });

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
