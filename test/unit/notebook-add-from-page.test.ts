import { beforeEach, expect, test } from 'vitest';
import { routeForPageProfile } from '../../components/notebook/add-from-page';
import { routeFromHash } from '../../components/notebook/routes';
import { addContact, createDb, type TactDb } from '../../lib/db';

let db: TactDb;
let k = 0;
beforeEach(() => {
  db = createDb(`add-from-page-${k++}`);
});

const profile = {
  network: 'x' as const,
  handle: 'SamLopez',
  name: 'Sam López',
  headline: 'Bakes bread',
  profileUrl: 'https://x.com/SamLopez',
};

test("an unknown profile opens a form pre-filled with name, account, headline and the network's norm", async () => {
  expect(await routeForPageProfile(db, profile)).toEqual({
    name: 'new',
    note: 'From X (Twitter): check the relationship before saving.',
    prefill: {
      name: 'Sam López',
      handles: [{ network: 'x', handle: 'SamLopez', profileUrl: 'https://x.com/SamLopez' }],
      relationship: 'hybrid',
      title: 'Bakes bread',
    },
  });
});

test('a known handle opens that contact instead', async () => {
  const c = await addContact(db, {
    name: 'Sam',
    handles: [{ network: 'x', handle: '@samlopez' }],
    relationship: 'social',
    tags: ['friend'],
    howWeMet: '',
    notes: '',
    keepInTouchDays: null,
    lastInteraction: null,
  });
  expect(await routeForPageProfile(db, profile)).toEqual({ name: 'contact', id: c.id });
});

test('no profile on the page gives a sentence saying what to do', async () => {
  expect(await routeForPageProfile(db, null)).toMatch(/No profile Tact can read on this page/);
});

test.each([
  ['#/contact/abc%20d', { name: 'contact', id: 'abc d' }],
  ['#/data', { name: 'data' }],
  ['#/settings', { name: 'settings' }],
  ['', { name: 'list' }],
  ['#/whatever', { name: 'list' }],
])('route %s', (hash, route) => {
  expect(routeFromHash(hash)).toEqual(route);
});
