import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syntheticContacts } from '../../bench/notebook-data';
import {
  countDue,
  createDb,
  emptyContact,
  fold,
  listByName,
  listDue,
  listRecent,
  normalizeHandle,
  withDerived,
  words,
  type Contact,
  type TactDb,
} from '../../lib/db';
import { recentFirst } from '../../lib/db/order';
import { searchWordsFor } from '../../lib/db/derive';
import { SearchIndex, type Keep } from '../../lib/db/search-index';

// Search moved from a multiEntry IndexedDB index (schema v2–v3) into memory (issue 12). The results must be
// the ones the index gave, in its order. The reference below is the search as shipped up to v3, run on a
// real v3 database holding the same contacts with their stored words.
async function indexedSearch(db: TactDb, query: string, limit: number, keep: Keep): Promise<Contact[] | null> {
  const contacts = db.table<Contact, string>('contacts');
  const raw = fold(query.trim());
  if (raw && !/\s/.test(raw) && /[^\p{L}\p{N}]/u.test(raw)) {
    const whole = await contacts.where('searchWords').startsWith(normalizeHandle(raw)).distinct().filter(keep).limit(limit).toArray();
    if (whole.length) return whole;
  }
  const terms = [...new Set(words(query))].sort((a, b) => b.length - a.length);
  if (!terms.length) return null;
  if (terms.length === 1) return contacts.where('searchWords').startsWith(terms[0]).distinct().filter(keep).limit(limit).toArray();
  let ids: Set<string> | null = null;
  for (const t of terms) {
    const keys = (await contacts.where('searchWords').startsWith(t).primaryKeys()) as string[];
    ids = new Set(ids ? keys.filter((k) => ids!.has(k)) : keys);
    if (!ids.size) return [];
  }
  const found: Contact[] = [];
  for (const c of await contacts.bulkGet([...ids!])) if (c && keep(c) && found.length < limit) found.push(c);
  return found;
}

// The lists as version 4 read them from the contact store's indexes: the reference for the in-memory orders that
// replaced them when the contacts moved into packs (version 5, lib/db/contact-packs.ts).
async function recentByIndexes(db: TactDb, limit: number, keep?: Keep): Promise<Contact[]> {
  const table = db.table<Contact, string>('contacts');
  const recent = table.orderBy('lastInteraction').reverse();
  const talked = await (keep ? recent.filter(keep) : recent).limit(limit).toArray();
  if (talked.length >= limit) return talked;
  const rest = table
    .orderBy('updatedAt')
    .reverse()
    .filter((c) => c.lastInteraction == null && (!keep || keep(c)));
  return [...talked, ...(await rest.limit(limit - talked.length).toArray())];
}

const tricky: Contact[] = [
  { name: 'Zoë Martin', tags: ['colleague'], handles: [{ network: 'x', handle: 'zoe.m' }] },
  { name: 'Zoe Bernard', handles: [{ network: 'bluesky', handle: 'zbern.bsky.social' }], notes: 'sister of Paul' },
  { name: 'Marc Dupont', tags: ['client', 'book club'], org: 'Dupont, Fils & Cie', title: 'Director, "Growth"' },
  { name: 'Ana García-López', handles: [{ network: 'mastodon', handle: '@ana@mastodon.social' }], howWeMet: 'Conférence à Lyon' },
  { name: '李 Wei', notes: '日本 trip; 2024-05 follow-up' },
].map((c, i) => withDerived({ ...emptyContact(c), id: `t${i}`, createdAt: i, updatedAt: i }));

// The bench's keystrokes, letter by letter, and the odd queries: handles typed whole, punctuation only,
// words in either order, accents, a word that is a prefix of another, no match at all.
const queries = [
  ...['marc du', 'zoe', 'client', 'ana-ga', 'hiking', 'yuki t', 'zbern.bs'].flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1))),
  ...['@ZBern', 'ZOË', 'du marc', 'ana ana', '@', '---', ' ', 'ana-garcia-1', 'lyon conf', '日本', 'mastodon.social', 'nobody'],
  ...['1', '12', '123', 'p 1', 'book club', 'dupont fils', 'x', 'e', 'example.com', 'li we', 'renewal q3'],
];

test('the ASCII fast path of fold and words gives what the Unicode path gives', () => {
  const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
  const samples = [ascii, `${ascii} Ana-García_12 x@Y.io`, "O'Brien, Jr. (CEO) & co.", 'tab\there\nnew line', 'MiXeD 42abc', ''];
  for (const s of samples) {
    expect(fold(s)).toBe(
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
    );
    expect(words(s)).toEqual(
      fold(s)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    );
  }
});

describe('in-memory search gives what the IndexedDB index gave', () => {
  const name = 'search-index-reference';
  let v3: TactDb;
  let contacts: Contact[];
  beforeAll(async () => {
    contacts = [...syntheticContacts(800, 1_700_000_000_000), ...tricky];
    v3 = createDb(name, 3);
    await v3.open();
    await v3.table('contacts').bulkAdd(contacts.map((c) => ({ ...c, searchWords: searchWordsFor(c) })));
  });
  afterAll(async () => {
    v3.close();
    await Dexie.delete(name);
  });

  const ids = (list: Contact[] | null) => list?.map((c) => c.id) ?? null;
  const social: Keep = (c) => c.relationship === 'social';
  const everyone: Keep = () => true;

  test.each(queries)('%j: the same people in the same order', async (q) => {
    const index = new SearchIndex(contacts);
    for (const [limit, keep] of [
      [50, everyone],
      [20, social],
      [400, everyone],
    ] as const) {
      expect(ids(index.search(q, limit, keep))).toEqual(ids(await indexedSearch(v3, q, limit, keep)));
    }
  });

  test('kept in step with edits and deletions, it answers as an index built afresh', async () => {
    const index = new SearchIndex(contacts);
    index.search('a'); // sorted once: the edits below then insert their few new words in place
    const edited = contacts
      .slice(0, 300)
      .map((c, i) => withDerived({ ...c, name: `Renamed ${i} ${c.name}`, notes: `moved to Zürich ${i}` }));
    for (const c of edited) index.put(c);
    const gone = contacts.slice(300, 400);
    for (const c of gone) index.remove(c.id);
    index.put(withDerived({ ...emptyContact({ name: 'Ådne Quist' }), id: 'new-1', createdAt: 1, updatedAt: 1 }));
    const now = [...edited, ...contacts.slice(400), index.get('new-1')!];
    const fresh = new SearchIndex(now);
    expect(index.size).toBe(now.length);
    for (const q of [...queries, 'renamed 1', 'zur', 'adne', 'quist', 'marc'])
      expect(ids(index.search(q, 60))).toEqual(ids(fresh.search(q, 60)));
    expect(ids(index.search('zurich 299'))).toEqual([edited[299].id]);
    expect(ids(index.search('adne'))).toEqual(['new-1']);
    expect(index.search(gone[0].name, 5000)!.map((c) => c.id)).not.toContain(gone[0].id);
  });

  test('a query without a word, and the recent list, order as the indexes did, ties and all', async () => {
    for (const [limit, keep] of [
      [50, undefined],
      [20, social],
      [700, everyone],
      [5000, social],
      [5000, undefined],
    ] as const) {
      const reference = ids(await recentByIndexes(v3, limit, keep));
      expect(ids(recentFirst(contacts, limit, keep))).toEqual(reference);
      expect(ids(await listRecent(v3, limit, keep))).toEqual(reference);
    }
  });

  test('the name list and the due list order as the name and dueAt indexes did', async () => {
    const table = v3.table<Contact, string>('contacts');
    expect(ids(await listByName(v3, 700))).toEqual(ids(await table.orderBy('name').limit(700).toArray()));
    expect(ids(await listByName(v3, 50, social))).toEqual(ids(await table.orderBy('name').filter(social).limit(50).toArray()));
    const now = 1_700_000_000_000 + 40 * 86_400_000;
    const dueRef = await table.where('dueAt').below(now).limit(20).toArray();
    expect(dueRef.length).toBeGreaterThan(0);
    expect(ids(await listDue(v3, now))).toEqual(ids(dueRef));
    expect(await countDue(v3, now)).toBe(await table.where('dueAt').below(now).count());
  });

  test('the merge view pools contacts sharing an account in the handleKeys index order', async () => {
    const index = new SearchIndex(contacts);
    const keys = [...contacts[5].handleKeys, ...contacts[6].handleKeys, 'mail:nobody@example.com'];
    const reference = await v3.table<Contact, string>('contacts').where('handleKeys').anyOf(keys).distinct().toArray();
    expect(ids(index.withAnyHandleKey(keys))).toEqual(ids(reference));
    expect(reference.length).toBeGreaterThan(1);
  });

  test('the merge view pools contacts sharing a whole name word, in the index order', async () => {
    const index = new SearchIndex(contacts);
    const reference = await v3
      .table<Contact, string>('contacts')
      .where('searchWords')
      .anyOf(['zoe', 'martin'])
      .distinct()
      .limit(200)
      .toArray();
    expect(ids(index.withAnyWord(['zoe', 'martin']))).toEqual(ids(reference));
  });
});
