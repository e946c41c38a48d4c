import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addContact, createDb, deleteContact, emptyContact, getContact, recordCoachingEvent, type TactDb } from '../../lib/db';
import type { SyncContact } from '../../lib/sync/entry';
import { SYNC_QUOTA } from '../../lib/sync/quota';
import { META_KEY, shardEntries } from '../../lib/sync/shard';
import { TestLockManager } from './helpers/web-locks';

// A sync round against the notebook (fake IndexedDB) and the browser's sync area (WXT's fake browser),
// with other writers arriving while it runs: a coaching record from the background, a deletion in
// another window, another round in another page.

const T0 = 1_780_000_000_000;
let n = 0;

async function notebookWithAna(): Promise<{ db: TactDb; id: string }> {
  const db = createDb(`sync-round-${n++}`);
  const ana = await addContact(db, emptyContact({ name: 'Ana García', handles: [{ network: 'x', handle: 'anag' }] }), T0);
  return { db, id: ana.id };
}

/** Another computer changed Ana by hand after this one did: market, a client. */
async function remoteEdit(id: string): Promise<void> {
  const entry: SyncContact = { id, n: 'Ana García', h: ['x:anag'], r: 'market', t: ['client'], u: T0 + 60_000 };
  const s = await shardEntries([entry], { bytes: SYNC_QUOTA.QUOTA_BYTES, items: SYNC_QUOTA.MAX_ITEMS }, T0);
  await fakeBrowser.storage.sync.set({ ...s.items, [META_KEY]: s.meta });
}

/** Runs `write` once, at the moment the round has read the notebook and not yet written it. */
function onceTheRoundReadTheNotebook(db: TactDb, write: () => Promise<unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let fired = false;
    db.contactPacks.hook('reading', (c) => {
      if (!fired) {
        fired = true;
        // A write of its own, outside the round's transaction, as another page or the background makes it.
        Dexie.ignoreTransaction(() => write().then(resolve, reject));
      }
      return c;
    });
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});
afterEach(() => void vi.unstubAllGlobals());

describe('a sync round and the writes that arrive while it runs', () => {
  test('a coaching record saved meanwhile keeps its date; the other computer’s edit is applied too', async () => {
    const { syncNow } = await import('../../runtime/notebook-sync');
    const { db, id } = await notebookWithAna();
    await remoteEdit(id);
    const coached = onceTheRoundReadTheNotebook(db, () =>
      recordCoachingEvent(db, { contactId: id, network: 'x', at: T0 + 90_000, level: 'ok', categories: [], action: 'edited' }),
    );
    await syncNow(db, T0 + 120_000);
    await coached;
    const ana = await getContact(db, id);
    expect(ana?.lastInteraction).toBe(T0 + 90_000);
    expect([ana?.relationship, ana?.tags]).toEqual(['market', ['client']]);
  });

  test('a contact deleted in another window meanwhile stays deleted', async () => {
    const { syncNow } = await import('../../runtime/notebook-sync');
    const { db, id } = await notebookWithAna();
    await remoteEdit(id);
    const deleted = onceTheRoundReadTheNotebook(db, () => deleteContact(db, id));
    await syncNow(db, T0 + 120_000);
    await deleted;
    expect(await getContact(db, id)).toBeUndefined();
  });
});

describe('two rounds at once (two popup windows, or the popup and the background)', () => {
  test('run one after the other under the "tact-sync" Web Lock: the sync area is written once, not twice', async () => {
    const locks = new TestLockManager();
    vi.stubGlobal('navigator', { locks });
    const { db } = await notebookWithAna();
    // Two pages: two copies of the module, sharing only what the browser shares (the lock, the storage, the database).
    const popup = await import('../../runtime/notebook-sync');
    vi.resetModules();
    const background = await import('../../runtime/notebook-sync');
    expect(background.syncNow).not.toBe(popup.syncNow);
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const [a, b] = await Promise.all([popup.syncNow(db, T0 + 120_000), background.syncNow(db, T0 + 120_000)]);
    // The second round read what the first wrote: nothing left to write, and it says so.
    expect(writes).toHaveBeenCalledTimes(1);
    expect(locks.granted).toEqual(['tact-sync', 'tact-sync']);
    expect([a.synced, b.synced, b.retryInMs]).toEqual([1, 1, 0]);
  });
});
