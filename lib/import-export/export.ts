import type { TactDb } from '../db/schema';
import { toBackup } from './tact-json';
import { toVCard4 } from './vcard-write';

export async function exportBackupJson(db: TactDb): Promise<string> {
  const [contacts, coaching, sendOutcomes, sendFingerprints] = await Promise.all([
    db.contacts.toArray(),
    db.coaching.toArray(),
    db.sendOutcomes.toArray(),
    db.sendFingerprints.toArray(),
  ]);
  return JSON.stringify(toBackup(contacts, coaching, Date.now(), { sendOutcomes, sendFingerprints }), null, 2);
}

export async function exportVCard(db: TactDb): Promise<string> {
  return toVCard4(await db.contacts.orderBy('name').toArray());
}
