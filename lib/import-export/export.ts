import { readNotebook, type ReadableNotebook } from '../db/readable-notebook';
import type { TactDb } from '../db/schema';
import { byNameOf } from '../db/contact-lookups';
import { toBackup } from './tact-json';
import { toVCard4 } from './vcard-write';

export async function exportBackupJson(db: TactDb): Promise<string> {
  return backupJson(await readNotebook(db));
}

/** A backup of what could be read: damaged records (lib/db/record-shape.ts) are left out, so the file restores. */
export function backupJson({ contacts, coaching, sendOutcomes, sendFingerprints }: ReadableNotebook): string {
  return JSON.stringify(toBackup(contacts, coaching, Date.now(), { sendOutcomes, sendFingerprints }), null, 2);
}

export async function exportVCard(db: TactDb): Promise<string> {
  return toVCard4(byNameOf(await db.contacts.toArray()));
}
