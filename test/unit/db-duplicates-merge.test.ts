import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  addContact,
  createDb,
  emptyContact,
  historyFor,
  recordCoachingEvent,
  searchContacts,
  type Contact,
  type ContactInput,
  type TactDb,
} from '../../lib/db';
import { likelyDuplicates, nameKey } from '../../lib/db/duplicates';
import { mergeContacts } from '../../lib/db/merge';
import { mergeInDb, undoMerge } from '../../lib/db/merge-write';
import { orderContacts } from '../../lib/db/order';
import { applyImport, previewImport, readImportFile } from '../../lib/import-export/run-import';

const byId = (rows: readonly Contact[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

// Issue 9, items 10–11: which people are probably one person, merging them without losing anything,
// and the order the popup lists people in. Pure parts first, then the Dexie writes and the import.
const DAY = 86_400_000;
const person = (over: Partial<ContactInput>): ContactInput => emptyContact({ name: 'X', ...over });
const connections = () =>
  readImportFile('Connections.csv', new Uint8Array(readFileSync(new URL('../fixtures/notebook/Connections.csv', import.meta.url))));

describe('likelyDuplicates', () => {
  test.each([
    ['same name, accents, case and order aside', person({ name: 'Zoë Martin' }), person({ name: 'martin, zoe' }), 'same name'],
    [
      'same email in another case',
      person({ name: 'A', emails: ['Ana@Example.com'] }),
      person({ name: 'B', emails: ['ana@example.com'] }),
      'same email',
    ],
    [
      'a profile URL and the same account typed as a handle',
      person({ name: 'A', handles: [{ network: 'linkedin', handle: 'ana-g', profileUrl: 'https://www.linkedin.com/in/ana-g/' }] }),
      person({ name: 'B', handles: [{ network: 'linkedin', handle: '@Ana-G' }] }),
      'same account',
    ],
  ] as const)('%s', (_, a, b, reason) => {
    expect(likelyDuplicates([a], [b])).toEqual([{ candidate: a, match: b, reason }]);
  });

  test('different people with a shared first name, or a shared network but another account, are not duplicates', () => {
    const ana = person({ name: 'Ana García', handles: [{ network: 'x', handle: 'ana' }] });
    expect(likelyDuplicates([ana], [person({ name: 'Ana Pérez', handles: [{ network: 'x', handle: 'ana2' }] })])).toEqual([]);
  });

  test('a pair that shares a name, an email and an account is reported once, by its strongest reason', () => {
    const a = person({ name: 'Li Wei', emails: ['li@example.com'], handles: [{ network: 'x', handle: 'liwei' }] });
    const b = person({ name: 'Li Wei', emails: ['li@example.com'], handles: [{ network: 'x', handle: 'liwei' }] });
    expect(likelyDuplicates([a], [b]).map((d) => d.reason)).toEqual(['same email']);
  });

  test('a contact never matches itself', () => {
    const a = { ...person({ name: 'Sam' }), id: '1' };
    expect(likelyDuplicates([a], [a, { ...a, id: '2' }], (x, y) => x.id === y.id).map((d) => d.match.id)).toEqual(['2']);
  });

  test('nameKey ignores punctuation and spacing', () => {
    expect(nameKey('  Jean-Luc   Picard ')).toBe(nameKey('Picard, Jean Luc'));
  });
});

describe('mergeContacts keeps everything of both', () => {
  test('accounts, circles, emails, phones, texts, dates; a differing title and name go into the notes', () => {
    const keep = person({
      name: 'Jane Doe',
      relationship: 'social',
      handles: [{ network: 'x', handle: 'janedoe' }],
      tags: ['neighbour'],
      notes: 'Likes sailing',
      howWeMet: 'Street party',
      emails: ['jane@home.example'],
      title: 'Skipper',
      keepInTouchDays: 60,
      lastInteraction: 5,
    });
    const other = person({
      name: 'Jane A. Doe',
      relationship: 'market',
      handles: [
        { network: 'x', handle: '@JaneDoe' },
        { network: 'linkedin', handle: 'jane-doe-123' },
      ],
      tags: ['client', 'neighbour'],
      notes: 'Asked about the Q3 quote',
      howWeMet: 'Connected on LinkedIn',
      emails: ['jane@work.example'],
      phones: ['+1 555 0100'],
      title: 'Procurement Lead',
      org: 'Acme Corp',
      keepInTouchDays: 30,
      lastInteraction: 9,
    });
    const m = mergeContacts(keep, other);
    expect(m.name).toBe('Jane Doe');
    expect(m.relationship).toBe('social');
    expect(m.handles.map((h) => `${h.network}:${h.handle}`)).toEqual(['x:janedoe', 'linkedin:jane-doe-123']);
    expect(m.tags).toEqual(['neighbour', 'client']);
    expect(m.emails).toEqual(['jane@home.example', 'jane@work.example']);
    expect(m.phones).toEqual(['+1 555 0100']);
    expect(m.howWeMet).toBe('Street party\n\nConnected on LinkedIn');
    for (const kept of ['Likes sailing', 'Asked about the Q3 quote', 'Also known as: Jane A. Doe', 'Title: Procurement Lead']) {
      expect(m.notes).toContain(kept);
    }
    expect(m.org).toBe('Acme Corp');
    expect(m.title).toBe('Skipper');
    expect(m.keepInTouchDays).toBe(30);
    expect(m.lastInteraction).toBe(9);
  });

  test('the same note on both is not doubled', () => {
    expect(mergeContacts(person({ notes: 'Met at the meetup' }), person({ notes: 'Met at the meetup' })).notes).toBe('Met at the meetup');
  });
});

describe('orderContacts', () => {
  const now = 100 * DAY;
  const c = (name: string, lastInteraction: number | null, dueAt?: number) => ({ name, lastInteraction, dueAt });
  test('due: overdue (most overdue first), then recent, then never talked to by name', () => {
    const list = [
      c('zed', null),
      c('Amy', null),
      c('recent', 90 * DAY),
      c('older', 50 * DAY),
      c('late', 10 * DAY, 60 * DAY),
      c('later', 20 * DAY, 40 * DAY),
      c('not yet', 95 * DAY, 120 * DAY),
    ];
    expect(orderContacts(list, 'due', now).map((x) => x.name)).toEqual(['later', 'late', 'not yet', 'recent', 'older', 'Amy', 'zed']);
  });
  test('name: A–Z whatever the case or accents', () => {
    expect(orderContacts([c('zoë', 1), c('Émile', null), c('adam', null)], 'name', now).map((x) => x.name)).toEqual([
      'adam',
      'Émile',
      'zoë',
    ]);
  });
});

describe('in the notebook', () => {
  let db: TactDb;
  let k = 0;
  beforeEach(async () => {
    db = createDb(`merge-${k++}`);
    await db.open();
  });

  test('mergeInDb moves the history, removes the other entry in one transaction; undo puts both back', async () => {
    const a = await addContact(db, person({ name: 'Zoë Martin', handles: [{ network: 'linkedin', handle: 'zoe-martin' }] }));
    const b = await addContact(db, person({ name: 'Zoe Martin', howWeMet: 'Climbing gym' }));
    await recordCoachingEvent(db, { contactId: b.id, network: 'x', at: 1, level: 'flip', categories: ['price'], action: 'edited' });
    await recordCoachingEvent(db, { contactId: a.id, network: 'x', at: 2, level: 'ok', categories: [], action: 'posted-anyway' });
    const before = JSON.stringify([byId(await db.contacts.toArray()), await db.coaching.orderBy('id').toArray()]);

    const m = await mergeInDb(db, a.id, b.id);
    expect(await db.contacts.count()).toBe(1);
    const merged = (await db.contacts.get(a.id))!;
    expect(merged.howWeMet).toBe('Climbing gym');
    expect((await searchContacts(db, 'climbing')).map((c) => c.id)).toEqual([a.id]); // found by what the merge brought
    expect((await historyFor(db, a.id)).map((e) => e.at).sort()).toEqual([1, 2]);

    await undoMerge(db, m, 9_999_999_999_999);
    // Everything is back, and the returning entry counts as edited now (a synced deletion cannot take it again).
    const after = byId(await db.contacts.toArray());
    expect(after.find((c: Contact) => c.id === b.id)!.handEditedAt).toBe(9_999_999_999_999);
    const unstamped = after.map((c: Contact) => (c.id === b.id ? { ...c, handEditedAt: b.handEditedAt } : c));
    expect(JSON.stringify([unstamped, await db.coaching.orderBy('id').toArray()])).toBe(before);
  });

  test('a failing write inside the merge leaves both contacts as they were', async () => {
    const a = await addContact(db, person({ name: 'A' }));
    const b = await addContact(db, person({ name: 'B' }));
    await recordCoachingEvent(db, { contactId: b.id, network: 'x', at: 1, level: 'flip', categories: [], action: 'edited' });
    const spy = vi.spyOn(db.contacts, 'delete').mockRejectedValueOnce(new Error('disk full'));
    await expect(mergeInDb(db, a.id, b.id)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect((await db.contacts.toArray()).map((c) => c.name).sort()).toEqual(['A', 'B']);
    expect((await historyFor(db, b.id)).length).toBe(1);
  });

  test('merging with oneself or with a deleted contact is refused', async () => {
    const a = await addContact(db, person({ name: 'A' }));
    await expect(mergeInDb(db, a.id, a.id)).rejects.toThrow('itself');
    await expect(mergeInDb(db, a.id, 'gone')).rejects.toThrow('no longer exists');
  });

  test('LinkedIn import: the preview lists a same-named contact; choosing to merge updates her instead of creating a second Jane', async () => {
    const jane = await addContact(db, person({ name: 'Jane Doe', relationship: 'social', notes: 'Likes sailing', tags: ['neighbour'] }));
    const parsed = connections();
    const preview = await previewImport(db, parsed);
    expect(preview.duplicates).toEqual([
      { source: 'line 5', name: 'Jane Doe', reason: 'same name', match: { id: jane.id, name: 'Jane Doe' } },
    ]);
    expect(preview.created).toBe(4);
    const choice = { 'line 5': jane.id };
    expect((await previewImport(db, parsed, choice)).created).toBe(3);

    const done = await applyImport(db, parsed, Date.now(), choice);
    expect([done.created, done.updated]).toEqual([3, 1]);
    const janes = await searchContacts(db, 'jane');
    expect(janes).toHaveLength(1);
    expect(janes[0]).toMatchObject({
      id: jane.id,
      relationship: 'social',
      notes: 'Likes sailing',
      title: 'Procurement Lead',
      org: 'Acme Corp',
    });
    expect(janes[0].tags).toContain('neighbour');
    expect(janes[0].handles.map((h) => h.handle)).toEqual(['jane-doe-123']);
  });

  test('without a merge choice the import creates the second entry, as the user decided', async () => {
    await addContact(db, person({ name: 'Jane Doe' }));
    await applyImport(db, connections());
    expect(await searchContacts(db, 'jane')).toHaveLength(2);
  });
});
