import type { TactDb } from '../db/schema';
import { toBackup } from './tact-json';
import { toVCard4 } from './vcard-write';

export async function exportBackupJson(db: TactDb): Promise<string> {
  const [contacts, coaching] = await Promise.all([db.contacts.toArray(), db.coaching.toArray()]);
  return JSON.stringify(toBackup(contacts, coaching), null, 2);
}

export async function exportVCard(db: TactDb): Promise<string> {
  return toVCard4(await db.contacts.orderBy('name').toArray());
}
