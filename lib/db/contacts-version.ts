// A counter that goes up with every committed write to the contacts, whoever wrote (the popup, the background,
// sync, another window). The import plans once, for its preview, and writes that plan only if the counter has
// not moved since; otherwise it plans again inside the write transaction (run-import.ts).
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import { newRev } from './contact-packs';
import type { TactDb } from './schema';

const KEY = 'contactsVersion';

const stamp = (pack: unknown) => (typeof pack === 'object' && pack !== null ? { ...pack, rev: newRev() } : pack);

/**
 * Dexie middleware: a read-write transaction over the contacts also takes the `meta` store, and each change
 * to the contacts bumps the counter in that same transaction. So no write path can forget it, and the bump
 * commits or rolls back with the change.
 */
export const contactsVersionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'contactsVersion',
  create(down) {
    // Versions before 4 (and upgrades running before version 4's stores exist) have no `meta` store.
    if (!down.schema.tables.some((t) => t.name === 'meta')) return down;
    const meta = down.table('meta');
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && stores.includes('contactPacks') && !stores.includes('meta') ? [...stores, 'meta'] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'contactPacks') return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            // Every pack written gets a new stamp here too, so no write path can leave a changed pack with the stamp
            // other pages' copies hold it by (notebook-copy.ts).
            const stamped = req.type === 'put' || req.type === 'add' ? { ...req, values: req.values.map(stamp) } : req;
            const res = await table.mutate(stamped);
            const row = (await meta.get({ trans: req.trans, key: KEY })) as { value: number } | undefined;
            await meta.mutate({ type: 'put', trans: req.trans, values: [{ key: KEY, value: (row?.value ?? 0) + 1 }] });
            return res;
          },
        };
      },
    };
  },
};

/** The counter now; read it in the same transaction as the contacts it describes. */
export async function contactsVersion(db: TactDb): Promise<number> {
  return (await db.meta.get(KEY))?.value ?? 0;
}
