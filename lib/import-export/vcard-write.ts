// Export as vCard 4.0 (RFC 6350): CRLF lines folded at 75 octets, escaped values, one card per contact.
// X-TACT-* lines keep what address books have no field for, so a re-import restores it.
import { getNetwork } from '../networks';
import type { Contact } from '../db/types';
import { escapeValue, fold } from './vcard-text';

function cardFor(c: Contact): string {
  const parts = c.name.trim().split(/\s+/);
  const family = parts.length > 1 ? parts[parts.length - 1] : '';
  const given = parts.length > 1 ? parts.slice(0, -1).join(' ') : (parts[0] ?? '');
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:individual',
    `UID:urn:uuid:${c.id}`,
    `FN:${escapeValue(c.name)}`,
    `N:${escapeValue(family)};${escapeValue(given)};;;`,
  ];
  for (const e of c.emails ?? []) lines.push(`EMAIL:${escapeValue(e)}`);
  for (const t of c.phones ?? []) lines.push(`TEL;VALUE=uri:tel:${t.replace(/[^\d+*#,;a-z-]/gi, '')}`);
  for (const h of c.handles) {
    const type = (getNetwork(h.network)?.id ?? h.network).toLowerCase();
    if (h.profileUrl) lines.push(`X-SOCIALPROFILE;TYPE=${type}:${h.profileUrl}`);
    else lines.push(`X-SOCIALPROFILE;TYPE=${type};X-USER=${escapeValue(h.handle).replace(/[;:]/g, '')}:${escapeValue(h.handle)}`);
  }
  if (c.org) lines.push(`ORG:${escapeValue(c.org)}`);
  if (c.title) lines.push(`TITLE:${escapeValue(c.title)}`);
  if (c.tags.length) lines.push(`CATEGORIES:${c.tags.map(escapeValue).join(',')}`);
  if (c.notes) lines.push(`NOTE:${escapeValue(c.notes)}`);
  lines.push(`X-TACT-RELATIONSHIP:${c.relationship}`);
  if (c.howWeMet) lines.push(`X-TACT-HOW-WE-MET:${escapeValue(c.howWeMet)}`);
  if (c.keepInTouchDays) lines.push(`X-TACT-KEEP-IN-TOUCH-DAYS:${c.keepInTouchDays}`);
  lines.push(`REV:${new Date(c.updatedAt).toISOString().replace(/[-:]|\.\d{3}/g, '')}`, 'END:VCARD');
  return lines.map(fold).join('\r\n');
}

export function toVCard4(contacts: readonly Contact[]): string {
  return contacts.map(cardFor).join('\r\n') + '\r\n';
}
