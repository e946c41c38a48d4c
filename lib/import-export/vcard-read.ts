// vCard 3 and 4 (phone and mail address books) → import records. Handles: URL and X-SOCIALPROFILE lines that
// point at a known network's profile. Tact's own X-TACT-* lines carry the relationship back on re-import.
import { isNetworkId, type NetworkId } from '../networks';
import { profileFromUrl } from '../profile/profile-url';
import { phrase } from '../i18n/phrase';
import { refuse } from './errors';
import { relationshipFromTags, type ImportRecord, type ParsedFile } from './record';
import { cardSource } from './source';
import { parseProperty, splitValue, unescapeValue, unfold, type VProperty } from './vcard-text';

const socialTypes: Record<string, NetworkId> = {
  twitter: 'x',
  x: 'x',
  linkedin: 'linkedin',
  facebook: 'facebook',
  instagram: 'instagram',
  bluesky: 'bluesky',
  mastodon: 'mastodon',
  threads: 'threads',
};

export function looksLikeVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD/im.test(text.slice(0, 2000));
}

export function parseVCards(text: string): ParsedFile {
  const lines = unfold(text);
  const cards: VProperty[][] = [];
  let current: VProperty[] | null = null;
  let startLine = 0;
  for (const { text: l, line } of lines) {
    const upper = l.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (current) throw refuse('vcardNoEnd', String(startLine));
      current = [];
      startLine = line;
    } else if (upper === 'END:VCARD') {
      if (!current) throw refuse('vcardNoBegin', String(line));
      cards.push(current);
      current = null;
    } else if (current) {
      const prop = parseProperty(l, line);
      if (!prop) throw refuse('vcardBadLine', String(line));
      current.push(prop);
    }
  }
  if (current) throw refuse('vcardNoEnd', String(startLine));
  if (!cards.length) throw refuse('notVcard');
  const records: ImportRecord[] = [];
  const skipped: ParsedFile['skipped'] = [];
  cards.forEach((props, i) => {
    const rec = cardToRecord(props, i + 1);
    if (rec.name) records.push(rec);
    else skipped.push({ source: cardSource(i + 1), reason: phrase('importer.skip.noCardName') });
  });
  return { format: 'vcard', records, skipped };
}

function cardToRecord(props: VProperty[], cardNumber: number): ImportRecord {
  const all = (name: string) => props.filter((p) => p.name === name);
  const one = (name: string) => all(name)[0];
  const text = (name: string) => (one(name) ? unescapeValue(one(name).value).trim() : '');
  const n = one('N') ? splitValue(one('N').value, ';') : [];
  const nickname = text('NICKNAME');
  const name =
    text('FN') ||
    [n[3], n[1], n[2], n[0], n[4]]
      .filter((s) => s?.trim())
      .join(' ')
      .trim() ||
    nickname;
  const handles: ImportRecord['handles'] = [];
  for (const p of [...all('URL'), ...all('X-SOCIALPROFILE')]) {
    const value = unescapeValue(p.value).trim();
    const typed = (p.params.TYPE ?? []).map((t) => socialTypes[t]).find(Boolean);
    const ref = profileFromUrl(value) ?? (typed ? profileFromUrl(value, typed) : null);
    if (ref) handles.push(ref);
    else if (typed && !/[:/]/.test(value)) handles.push({ network: typed, handle: p.params['X-USER']?.[0] ?? value });
    else if (typed && p.params['X-USER']?.[0]) handles.push({ network: typed, handle: p.params['X-USER'][0] });
  }
  const tags = all('CATEGORIES')
    .flatMap((p) => splitValue(p.value, ','))
    .map((t) => t.trim())
    .filter(Boolean);
  const rel = text('X-TACT-RELATIONSHIP');
  const days = Number(text('X-TACT-KEEP-IN-TOUCH-DAYS'));
  const notes = [
    nickname && name !== nickname ? `Nickname: ${nickname}` : '',
    ...all('NOTE').map((p) => unescapeValue(p.value).replace(/\r\n?/g, '\n').trim()),
  ]
    .filter(Boolean)
    .join('\n');
  return {
    source: cardSource(cardNumber, name || undefined),
    name,
    handles: handles.filter((h) => isNetworkId(h.network)),
    relationship: rel === 'social' || rel === 'market' || rel === 'hybrid' ? rel : relationshipFromTags(tags, 'social'),
    tags,
    howWeMet: text('X-TACT-HOW-WE-MET') || undefined,
    notes: notes || undefined,
    emails: all('EMAIL')
      .map((p) =>
        unescapeValue(p.value)
          .replace(/^mailto:/i, '')
          .trim(),
      )
      .filter(Boolean),
    phones: all('TEL')
      .map((p) => unescapeValue(p.value).replace(/^tel:/i, '').trim())
      .filter(Boolean),
    org: one('ORG') ? splitValue(one('ORG').value, ';').filter(Boolean).join(', ') || undefined : undefined,
    title: text('TITLE') || undefined,
    keepInTouchDays: days > 0 ? days : undefined,
    id: text('UID').replace(/^urn:uuid:/i, '') || undefined,
  };
}
