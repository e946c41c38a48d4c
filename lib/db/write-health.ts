import type { DBCoreTransaction } from 'dexie';
import type { TactDb } from './schema';

/**
 * Tells `report` after every write transaction whether the browser refused it for lack of room (true) or
 * committed it (false). A Dexie DBCore middleware, so every write of this page or worker is seen in one place:
 * the popup's saves, the background's coaching records, an import. Quota errors surface only when the
 * transaction commits (IndexedDB checks the quota there), hence the transaction's own events.
 */
export function observeWriteHealth(db: TactDb, report: (full: boolean) => void): void {
  db.use({
    stack: 'dbcore',
    name: 'writeHealth',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options);
        // The IndexedDB core's transaction is the browser's IDBTransaction.
        const idb = tx as unknown as Partial<IDBTransaction>;
        if (mode === 'readwrite' && typeof idb.addEventListener === 'function') {
          idb.addEventListener('complete', () => report(false));
          idb.addEventListener('abort', () => {
            if (idb.error?.name === 'QuotaExceededError') report(true);
          });
        }
        return tx as DBCoreTransaction;
      },
    }),
  });
}
