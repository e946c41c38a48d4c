import type { Page } from 'playwright-core';
import { entriesOf, newRev, packOf, type ContactPack } from '../../../lib/db/contact-packs';
import type { Contact } from '../../../lib/db/types';
import type { TactBrowser } from './launch-browser';

// The notebook read and written straight through IndexedDB from one of Tact's own pages (its origin), with no
// Tact code in between: what the fault tests compare before and after a fault.
export const NOTEBOOK = 'tact-notebook';

/** Every record of each store, read in one transaction: a consistent snapshot while something else writes. */
export const rawSnapshot = (page: Page, stores: string[]) =>
  page.evaluate(
    ({ name, stores }) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          let tx: IDBTransaction;
          try {
            tx = open.result.transaction(stores);
          } catch (err) {
            // No such store (the notebook not created yet): thrown in a handler, it would leave the read unanswered.
            open.result.close();
            reject(err);
            return;
          }
          const out: Record<string, unknown[]> = {};
          for (const store of stores) {
            const req = tx.objectStore(store).getAll();
            req.onsuccess = () => (out[store] = req.result);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(out);
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
    { name: NOTEBOOK, stores },
  );

/** Every record of one store, by primary key order. */
export const rawRecords = async <T = Record<string, unknown>>(page: Page, store: string) =>
  (await rawSnapshot(page, [store]))[store] as T[];

/** Records put as they are, whatever their shape: the hand-written corrupt records of the fault tests. */
export const rawPut = (page: Page, store: string, records: unknown[]) =>
  page.evaluate(
    ({ name, store, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const r of records) tx.objectStore(store).put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
    { name: NOTEBOOK, store, records },
  );

/** A tiny write into a scratch database of the extension's origin: 'ok' or the error's name. */
const probeWrite = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('tact-quota-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onsuccess = () => {
          const tx = open.result.transaction('s', 'readwrite');
          tx.objectStore('s').put({ at: Date.now() }, 'probe');
          const done = (r: string) => {
            open.result.close();
            resolve(r);
          };
          tx.oncomplete = () => done('ok');
          tx.onabort = () => done(tx.error?.name ?? 'AbortError');
        };
        open.onerror = () => resolve(open.error?.name ?? 'open failed');
      }),
  );

/**
 * Storage full, as the browser enforces it: the origin's quota set below what it already uses (DevTools
 * protocol), so IndexedDB refuses every write that adds bytes. The override lives as long as its DevTools session, on a
 * page of its own; the returned function ends it and gives the normal quota back.
 *
 * IndexedDB does not ask the quota manager at every write: it spends a cached allowance that decays over 30 s
 * (Chromium's BucketContext::kBucketSpaceCacheTimeLimit), and the cache lives until the origin's last connection
 * has been closed for 2 s (kBackingStoreGracePeriodSeconds). So every page of the extension is closed and its
 * worker stopped, and a probe write shows when the browser refuses writes.
 */
export async function fillQuota(browser: TactBrowser): Promise<() => Promise<void>> {
  const origin = `chrome-extension://${browser.extensionId}`;
  const keeper = await browser.newPage();
  const cdp = await browser.context.newCDPSession(keeper);
  // One byte: below what the origin uses whatever LevelDB's compaction does to that figure meanwhile.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  for (const page of browser.context.pages()) if (page.url().startsWith(origin)) await page.close();
  for (let attempt = 0; ; attempt++) {
    await stopWorkers(keeper);
    await keeper.waitForTimeout(2500);
    const probe = await browser.newPage();
    await probe.goto(`${origin}/options.html`);
    const result = await probeWrite(probe);
    await probe.close();
    if (result === 'QuotaExceededError') break;
    if (attempt === 3) throw new Error(`the browser still accepts writes under the lowered quota (${result})`);
  }
  return async () => {
    await cdp.detach();
    await keeper.close();
  };
}

/** Stops every service worker, as the browser does to an idle extension (DevTools protocol). */
export async function stopWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

/** Contacts grouped into the records of the `contactPacks` store, each in the pack of its id (lib/db/contact-packs.ts). */
export function packed(contacts: readonly { id: string }[]): ContactPack[] {
  const packs = new Map<number, ContactPack>();
  for (const c of contacts) {
    const id = packOf(c.id);
    if (!packs.has(id)) packs.set(id, { id, contacts: [], rev: newRev() });
    packs.get(id)!.contacts.push(c as Contact);
  }
  return [...packs.values()];
}

/** Every stored contact entry, damaged ones included, read straight from the packs. */
export const rawContacts = async <T = Record<string, unknown>>(page: Page) =>
  (await rawRecords<ContactPack>(page, 'contactPacks')).flatMap(entriesOf) as T[];

/**
 * Contact records put as they are, whatever their shape, into the packs of their ids in one transaction (each
 * replacing an entry of the same id), with a new stamp as Tact's writes give: the hand-written corrupt records of
 * the fault tests.
 */
export const rawPutContacts = (page: Page, records: ({ id: string } & Record<string, unknown>)[]) =>
  page.evaluate(
    ({ name, packs }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('contactPacks', 'readwrite');
          const store = tx.objectStore('contactPacks');
          for (const { id, contacts } of packs) {
            const req = store.get(id);
            req.onsuccess = () => {
              const ids = new Set(contacts.map((c) => c.id));
              const kept = ((req.result?.contacts ?? []) as { id?: unknown }[]).filter((c) => !ids.has(c?.id as string));
              store.put({ id, contacts: [...kept, ...contacts], rev: Math.random() });
            };
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
    { name: NOTEBOOK, packs: packed(records) as unknown as { id: number; contacts: { id: string }[] }[] },
  );
