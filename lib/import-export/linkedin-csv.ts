// LinkedIn's data export ("Get a copy of your data" → Connections.csv): a few "Notes:" lines, a blank line,
// then First Name,Last Name,URL,Email Address,Company,Position,Connected On (layout as of 2024–2026).
import { profileFromUrl } from '../profile/profile-url';
import { parseCsv } from './csv';
import { phrase } from '../i18n/phrase';
import { refuse } from './errors';
import type { ImportRecord, ParsedFile } from './record';
import { lineSource } from './source';

const REQUIRED = ['First Name', 'Last Name', 'URL'] as const;

export function looksLikeLinkedInCsv(text: string): boolean {
  return /First Name\s*,\s*Last Name/i.test(text.slice(0, 5000));
}

export function parseLinkedInConnections(text: string): ParsedFile {
  const rows = parseCsv(text);
  // The header is the first row naming the columns; everything before it is LinkedIn's preamble.
  const headerAt = rows.findIndex((r) => r.cells.some((c) => c.trim() === 'First Name'));
  const header = headerAt >= 0 ? rows[headerAt].cells.map((c) => c.trim()) : [];
  const missing = REQUIRED.filter((col) => !header.includes(col));
  if (missing.length) throw refuse('notLinkedIn', missing.join(', '));
  const col = (name: string) => header.indexOf(name);
  const at = {
    first: col('First Name'),
    last: col('Last Name'),
    url: col('URL'),
    email: col('Email Address'),
    company: col('Company'),
    position: col('Position'),
    on: col('Connected On'),
  };
  const records: ImportRecord[] = [];
  const skipped: ParsedFile['skipped'] = [];
  for (const { cells, line } of rows.slice(headerAt + 1)) {
    const get = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const source = lineSource(line);
    const name = `${get(at.first)} ${get(at.last)}`.replace(/\s+/g, ' ').trim();
    const ref = profileFromUrl(get(at.url), 'linkedin');
    // Members who opted out of data export appear with empty names and URL; nothing to match them by.
    if (!name) {
      skipped.push({ source, reason: phrase('importer.skip.hiddenMember') });
      continue;
    }
    if (!ref) {
      skipped.push({ source, reason: phrase('importer.skip.noProfileUrl', name) });
      continue;
    }
    const email = get(at.email);
    const connectedOn = get(at.on);
    records.push({
      source,
      name,
      handles: [ref],
      relationship: 'market',
      tags: [],
      emails: email ? [email] : [],
      phones: [],
      org: get(at.company) || undefined,
      title: get(at.position) || undefined,
      howWeMet: connectedOn ? `Connected on LinkedIn, ${connectedOn}` : 'Connected on LinkedIn',
    });
  }
  return { format: 'linkedin-csv', records, skipped };
}
