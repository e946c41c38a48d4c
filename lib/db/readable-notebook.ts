import Dexie from 'dexie';
import { entriesOf } from './contact-packs';
import { NotebookUnavailable } from './notebook-health';
import { isCoachingRecord, isContactRecord, isSendFingerprintRecord, isSendOutcomeRecord, readable } from './record-shape';
import { DB_NAME } from './schema';
import type { CoachingEvent, Contact, SendFingerprint, SendOutcome } from './types';

const idOf = (r: unknown) => String((r as { id?: unknown } | null)?.id ?? '');
const byId = (a: unknown, b: unknown) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);

export interface ReadableNotebook {
  contacts: Contact[];
  coaching: CoachingEvent[];
  sendOutcomes: SendOutcome[];
  sendFingerprints: SendFingerprint[];
  /** Records skipped because they are not of Tact's shape. */
  damaged: number;
}

/** Every readable record of each table this database has (any version of Tact's schema), the rest counted. */
export async function readNotebook(db: Dexie): Promise<ReadableNotebook> {
  const all = async (name: string): Promise<unknown[]> => (db.tables.some((t) => t.name === name) ? db.table(name).toArray() : []);
  // Contacts are packed from version 5 (contact-packs.ts) and were records of their own before.
  // In id order, as the contact store gave them: a backup of an unchanged notebook is the same file.
  const entries = async () => [...(await all('contactPacks')).flatMap(entriesOf), ...(await all('contacts'))].sort(byId);
  const [contacts, coaching, sendOutcomes, sendFingerprints] = await Promise.all([
    entries().then((r) => readable(r, isContactRecord)),
    all('coaching').then((r) => readable(r, isCoachingRecord)),
    all('sendOutcomes').then((r) => readable(r, isSendOutcomeRecord)),
    all('sendFingerprints').then((r) => readable(r, isSendFingerprintRecord)),
  ]);
  return {
    contacts: contacts.rows,
    coaching: coaching.rows,
    sendOutcomes: sendOutcomes.rows,
    sendFingerprints: sendFingerprints.rows,
    damaged: contacts.damaged + coaching.damaged + sendOutcomes.damaged + sendFingerprints.damaged,
  };
}

/**
 * The notebook as it is on disk, whatever its version, when Tact's own schema will not open it: Dexie without a
 * declared schema opens the database at its current version and reads the schema from it. Gives up after `ms`,
 * as an open stuck behind a blocked upgrade would never finish.
 */
export async function readNotebookAsIs(ms: number, name = DB_NAME): Promise<ReadableNotebook> {
  const db = new Dexie(name);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NotebookUnavailable({ kind: 'stuck' })), ms);
  });
  try {
    await Promise.race([db.open(), late]);
    return await readNotebook(db);
  } finally {
    clearTimeout(timer);
    db.close();
  }
}
