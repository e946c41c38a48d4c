import type { TactDb } from './schema';
import type { ImportMark } from './types';
import { stepDone } from '../perf/step-timing';

/** Marks kept: the journal only ever asks about the last import. */
const KEEP = 20;

/**
 * Run `write` (an import) and record its mark in the same transaction: the mark exists exactly when the
 * import's records do. Dexie makes the import's own transaction a part of this one (its tables are a subset).
 */
export function withImportMark<T>(db: TactDb, write: () => Promise<T>, mark: (result: T) => ImportMark): Promise<T> {
  return db.transaction('rw', [db.contactPacks, db.coaching, db.sendOutcomes, db.sendFingerprints, db.meta, db.imports], async () => {
    const result = await write();
    const start = performance.now();
    await db.imports.put(mark(result));
    const old = await db.imports.orderBy('startedAt').reverse().offset(KEEP).primaryKeys();
    if (old.length) await db.imports.bulkDelete(old);
    stepDone('import:mark', start);
    return result;
  });
}

/** The mark of the import started at `startedAt`, if it committed. */
export function importMark(db: TactDb, startedAt: number): Promise<ImportMark | undefined> {
  return db.imports.get(startedAt);
}
