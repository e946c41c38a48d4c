import { describe, expect, test } from 'vitest';
import { withDerived } from '../../lib/db/derive';
import type { Contact } from '../../lib/db/types';
import { packJson } from '../../lib/sync/compress';
import { isTombstone, type SyncContact, type SyncEntry } from '../../lib/sync/entry';
import { dropOldTombstones, mergeEntries, TOMBSTONE_TTL_MS } from '../../lib/sync/merge';
import { localTombstones, planNotebookChanges, toSyncEntries } from '../../lib/sync/notebook-map';
import { itemBytes, SYNC_QUOTA } from '../../lib/sync/quota';
import { META_KEY, SHARD_PREFIX, shardEntries, unshardEntries } from '../../lib/sync/shard';

const now = 1_780_000_000_000;
const full = { bytes: SYNC_QUOTA.QUOTA_BYTES - 2_000, items: SYNC_QUOTA.MAX_ITEMS - 2 };

/** A realistic map entry; `noise` makes tags differ so the compression ratio stays honest. */
function entry(i: number, u = now - i * 1000): SyncContact {
  return {
    id: crypto.randomUUID(),
    n: `Person ${i} ${(i * 7919).toString(36)}`,
    h: [`linkedin:person-${i}-${(i * 104729).toString(36)}`, `x:p${(i * 31).toString(36)}`],
    r: (['social', 'market', 'hybrid'] as const)[i % 3],
    t: [['friend'], ['client', 'vip'], ['colleague', `team-${i % 40}`]][i % 3],
    u,
  };
}

function contact(over: Partial<Contact> & { id: string }): Contact {
  return withDerived({
    name: 'Ana García',
    handles: [{ network: 'linkedin', handle: 'ana-garcia' }],
    relationship: 'social',
    tags: ['friend'],
    howWeMet: '',
    notes: '',
    keepInTouchDays: null,
    lastInteraction: null,
    createdAt: now - 10_000,
    updatedAt: now - 10_000,
    ...over,
  });
}

describe('sharding at the quota edges', () => {
  test('every shard fits one item, the whole fits the budget, and what does not fit is the least recently edited', async () => {
    const entries = Array.from({ length: 6_000 }, (_, i) => entry(i));
    const s = await shardEntries(entries, full, now);
    for (const [key, value] of Object.entries(s.items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    expect(s.bytes).toBeLessThanOrEqual(full.bytes);
    expect(s.bytes).toBeGreaterThan(full.bytes - SYNC_QUOTA.QUOTA_BYTES_PER_ITEM); // the quota is used, not wasted
    expect(s.omitted.length).toBeGreaterThan(0);
    expect(s.meta).toMatchObject({ entries: 6_000 - s.omitted.length, omitted: s.omitted.length, shards: Object.keys(s.items).length });
    // Most recent first: the synced ones are exactly the first entries, the omitted the oldest.
    const back = await unshardEntries({ ...s.items, [META_KEY]: s.meta });
    expect(back.corrupt).toEqual([]);
    expect(back.entries.map((e) => e.id)).toEqual(entries.slice(0, s.meta.entries).map((e) => e.id));
    expect(s.omitted[0].id).toBe(entries[s.meta.entries].id);
    // Compression earns its keep: twice what plain JSON would carry in the same quota (ids are random UUIDs).
    expect(s.meta.entries * JSON.stringify(entries[0]).length).toBeGreaterThan(2 * full.bytes);
  });

  test('the item count limit holds too, and one shard is exactly at most 8,192 bytes', async () => {
    const entries = Array.from({ length: 2_000 }, (_, i) => entry(i));
    const s = await shardEntries(entries, { bytes: 10 * SYNC_QUOTA.QUOTA_BYTES, items: 3 }, now);
    expect(Object.keys(s.items)).toEqual([`${SHARD_PREFIX}0`, `${SHARD_PREFIX}1`]);
    expect(s.meta.entries + s.omitted.length).toBe(2_000);
  });

  test('an entry too big for any item is omitted and reported, the others still sync', async () => {
    const huge = { ...entry(0, now + 1), t: Array.from({ length: 3_000 }, () => crypto.randomUUID()) };
    const s = await shardEntries([huge, entry(1), entry(2)], full, now);
    expect(s.omitted.map((e) => e.id)).toEqual([huge.id]);
    expect(s.meta.entries).toBe(2);
  });

  test('an empty map is one small meta record', async () => {
    const s = await shardEntries([], full, now);
    expect(s.items).toEqual({});
    expect(s.meta).toMatchObject({ shards: 0, entries: 0, omitted: 0 });
  });
});

describe('merge', () => {
  const a = entry(1, now - 5_000);
  const aLater = { ...a, r: 'market' as const, t: ['client'], u: now - 1_000 };
  const b = entry(2, now - 3_000);

  test('per contact the last edit wins, in either order', () => {
    const one = mergeEntries([a, b], [aLater]);
    const two = mergeEntries([aLater], [a, b]);
    expect(one).toEqual(two);
    expect(one.find((e) => e.id === a.id)).toEqual(aLater);
    expect(one).toHaveLength(2);
  });

  test('a tombstone newer than the edit deletes; an edit newer than the tombstone revives; same in both orders', () => {
    const dead: SyncEntry = { id: a.id, u: now - 2_000, x: 1 };
    expect(mergeEntries([a], [dead])).toEqual(mergeEntries([dead], [a]));
    expect(isTombstone(mergeEntries([a], [dead])[0])).toBe(true);
    expect(mergeEntries([aLater], [dead])).toEqual([aLater]);
    expect(mergeEntries([dead], [aLater])).toEqual([aLater]);
    // A tie goes to the tombstone whichever side holds it.
    const tie: SyncEntry = { id: a.id, u: a.u, x: 1 };
    expect(mergeEntries([a], [tie])).toEqual([tie]);
    expect(mergeEntries([tie], [a])).toEqual([tie]);
  });

  test('old tombstones are forgotten, recent ones kept', () => {
    const old: SyncEntry = { id: 'old', u: now - TOMBSTONE_TTL_MS - 1, x: 1 };
    const recent: SyncEntry = { id: 'recent', u: now - 1_000, x: 1 };
    expect(dropOldTombstones([old, recent, a], now).map((e) => e.id)).toEqual(['recent', a.id]);
  });
});

describe('the map and the notebook', () => {
  test('only hand-edited contacts travel, with network handles but no notes, e-mails or profile URLs', () => {
    const mine = contact({
      id: 'm',
      handEditedAt: now,
      notes: 'secret',
      emails: ['a@b.c'],
      handles: [{ network: 'linkedin', handle: 'ana', profileUrl: 'https://www.linkedin.com/in/ana/' }],
    });
    const imported = contact({ id: 'i' });
    expect(toSyncEntries([imported, mine])).toEqual([
      { id: 'm', n: 'Ana García', h: ['linkedin:ana'], r: 'social', t: ['friend'], u: now },
    ]);
  });

  test('a newer remote edit changes relationship and circles but never the notes; an older one changes nothing', () => {
    const local = contact({ id: 'c', notes: 'Two kids, loves hiking', handEditedAt: now - 5_000 });
    const remote: SyncContact = {
      id: 'c',
      n: 'Ana García',
      h: ['linkedin:ana-garcia', 'x:ana_g'],
      r: 'market',
      t: ['client'],
      u: now - 1_000,
    };
    const plan = planNotebookChanges([local], [remote], new Set(), now);
    expect(plan.put).toHaveLength(1);
    expect(plan.put[0]).toMatchObject({
      relationship: 'market',
      tags: ['client'],
      notes: 'Two kids, loves hiking',
      handEditedAt: remote.u,
    });
    expect(plan.put[0].handles.map((h) => `${h.network}:${h.handle}`)).toEqual(['linkedin:ana-garcia', 'x:ana_g']);
    expect(planNotebookChanges([local], [{ ...remote, u: now - 9_000 }], new Set(), now).put).toEqual([]);
  });

  test('a contact new to this computer is created from the map', () => {
    const remote = entry(3);
    const plan = planNotebookChanges([], [remote], new Set(), now);
    expect(plan.put[0]).toMatchObject({ id: remote.id, name: remote.n, relationship: remote.r, tags: remote.t, notes: '' });
    expect(plan.known).toEqual([remote.id]);
  });

  test('a tombstone deletes a contact without notes, and keeps (and reports) one with notes or history', () => {
    const plain = contact({ id: 'p', handEditedAt: now - 9_000 });
    const noted = contact({ id: 'n', name: 'Noted', notes: 'Owes me a book', handEditedAt: now - 9_000 });
    const talked = contact({ id: 't', name: 'Talked', handEditedAt: now - 9_000 });
    const dead = (id: string): SyncEntry => ({ id, u: now - 1_000, x: 1 });
    const plan = planNotebookChanges([plain, noted, talked], [dead('p'), dead('n'), dead('t')], new Set(['t']), now);
    expect(plan.remove).toEqual(['p']);
    expect(plan.kept).toEqual([
      { id: 'n', name: 'Noted' },
      { id: 't', name: 'Talked' },
    ]);
  });

  test('a contact shared with the map last time and gone now becomes a tombstone', () => {
    const left = contact({ id: 'stay' });
    expect(localTombstones(['stay', 'gone'], [left], now)).toEqual([{ id: 'gone', u: now, x: 1 }]);
  });
});

describe('a corrupted shard', () => {
  test('is ignored and reported; the other shards still read, and merging with it loses nothing local', async () => {
    const entries = Array.from({ length: 1_500 }, (_, i) => entry(i));
    const s = await shardEntries(entries, full, now);
    expect(s.meta.shards).toBeGreaterThanOrEqual(2);
    const area: Record<string, unknown> = { ...s.items, [META_KEY]: s.meta };
    area[`${SHARD_PREFIX}0`] = (area[`${SHARD_PREFIX}0`] as string).slice(0, 500) + '!!';
    const back = await unshardEntries(area);
    expect(back.corrupt).toEqual([{ key: `${SHARD_PREFIX}0`, reason: expect.any(String) }]);
    expect(back.entries.length).toBeGreaterThan(0);
    expect(back.entries.length).toBeLessThan(s.meta.entries);
    // Everything local survives the merge with what could be read.
    const local = entries.slice(0, 10);
    const merged = mergeEntries(local, back.entries);
    for (const e of local) expect(merged).toContainEqual(e);
  });

  test('a shard holding a wrong value or bad entries costs only those entries', async () => {
    const good = entry(1);
    const area = {
      [META_KEY]: { v: 1, shards: 3, entries: 3, omitted: 0, at: now },
      [`${SHARD_PREFIX}0`]: await packJson([good, { id: 'x', n: 1 }]),
      [`${SHARD_PREFIX}1`]: 42,
      // shard 2 missing entirely
    };
    const back = await unshardEntries(area);
    expect(back.entries).toEqual([good]);
    expect(back.corrupt.map((c) => c.key)).toEqual([`${SHARD_PREFIX}0`, `${SHARD_PREFIX}1`, `${SHARD_PREFIX}2`]);
  });

  test('a meta record of an unknown version is reported and nothing is read from it', async () => {
    const back = await unshardEntries({ [META_KEY]: { v: 9 } });
    expect(back).toEqual({ entries: [], corrupt: [{ key: META_KEY, reason: expect.stringMatching(/version/) }] });
  });
});
