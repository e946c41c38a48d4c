import type { Page } from 'playwright-core';

const DAY = 86_400_000;

/**
 * A Tact notebook backup (the format the popup exports and imports) of `n` contacts, one in ten
 * overdue for a reconnect, so a test fills the notebook the way a user restoring a backup would.
 */
export function notebookBackup(n: number, now = Date.now()): string {
  const relationships = ['social', 'market', 'hybrid'] as const;
  const contacts = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    name: `Person ${String(i).padStart(5, '0')} ${['Garcia', 'Okafor', 'Nguyen', 'Müller', 'Dubois'][i % 5]}`,
    handles: [{ network: 'linkedin', handle: `person-${i}` }],
    relationship: relationships[i % 3],
    tags: [['family', 'friend', 'colleague', 'client'][i % 4]],
    howWeMet: '',
    notes: i % 7 === 0 ? 'Met at the climbing gym' : '',
    keepInTouchDays: i % 10 === 0 ? 30 : null,
    lastInteraction: now - (i % 10 === 0 ? 60 : 1) * DAY,
    createdAt: now - 90 * DAY,
    updatedAt: now - 90 * DAY,
  }));
  return JSON.stringify({ format: 'tact-notebook', version: 1, exportedAt: new Date(now).toISOString(), contacts, coaching: [] });
}

/**
 * Ana García, marked family: the partner of the LinkedIn messaging fixture (/in/ana-garcia/), whose norm flips a
 * promo that LinkedIn's own market norm lets through. Added to a backup of `others` people.
 */
export function backupWithAna(others = 0, ana: Record<string, unknown> = {}): Buffer {
  const backup = JSON.parse(notebookBackup(others));
  backup.contacts.push({
    id: 'ana',
    name: 'Ana García',
    handles: [{ network: 'linkedin', handle: 'ana-garcia' }],
    relationship: 'social',
    tags: ['family'],
    howWeMet: '',
    notes: 'Sister',
    keepInTouchDays: null,
    lastInteraction: null,
    createdAt: 1,
    updatedAt: 1,
    ...ana,
  });
  return Buffer.from(JSON.stringify(backup));
}

/** Imports a file through the popup's Import tab (file input, preview, Import), as a user would. */
export async function importThroughPopup(popup: Page, name: string, buffer: Buffer): Promise<void> {
  await popup.getByRole('tab', { name: 'Import / export' }).click();
  await popup.getByLabel('Choose a file to import').setInputFiles({ name, mimeType: 'text/plain', buffer });
  await popup.getByRole('region', { name: 'Import preview' }).waitFor();
  await popup.getByRole('button', { name: 'Import', exact: true }).click();
}
