import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../lib/import-export/errors';
import { parseCsv } from '../../lib/import-export/csv';
import { readImportFile } from '../../lib/import-export/run-import';
import { unfold } from '../../lib/import-export/vcard-text';
import { refusal, say } from './helpers/said';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/notebook/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('CSV', () => {
  test('quotes, commas, doubled quotes and newlines inside fields', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\nx,y,z,w\n').map((r) => r.cells)).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', 'y', 'z', 'w'],
    ]);
  });
  test('an unclosed quote is an error naming the line', () => {
    expect(refusal(() => parseCsv('a,b\n"c,d\n'))).toMatch(/quote opened on line 2/);
  });
});

describe('LinkedIn Connections.csv', () => {
  test('skips the Notes preamble, reads every column, handles quoted fields, defaults to market', () => {
    const { format, records, skipped } = readImportFile('Connections.csv', fixture('Connections.csv'));
    expect(format).toBe('linkedin-csv');
    expect(records.map((r) => r.name)).toEqual(['Jane Doe', 'Marc Dupont', 'Li Wei', 'Zoë Martin']);
    expect(records[1]).toMatchObject({
      relationship: 'market',
      emails: ['marc@example.com'],
      org: 'Dupont, Fils & Cie',
      title: 'Director, "Growth"',
      handles: [{ network: 'linkedin', handle: 'marc-dupont', profileUrl: 'https://www.linkedin.com/in/marc-dupont' }],
      howWeMet: 'Connected on LinkedIn, 02 Jan 2024',
    });
    expect(records[2].org).toBe('Multi\nline Ltd');
    expect(skipped.map((k) => [k.source, say(k.reason)])).toEqual([
      [expect.stringMatching(/^line \d+$/), 'no name (member hidden from exports)'],
    ]);
  });

  test('wrong columns: clear error listing what is missing', () => {
    expect(refusal(() => readImportFile('Connections.csv', utf8('Name,Phone\nAda,123\n')))).toMatch(
      /missing column\(s\) First Name, Last Name, URL/,
    );
  });
});

describe('vCard', () => {
  test('unfolds continuation lines (space or tab)', () => {
    expect(unfold('NOTE:ab\r\n c\r\n\td\r\nFN:x').map((l) => l.text)).toEqual(['NOTE:abcd', 'FN:x']);
  });

  test('reads vCard 3 and 4: N/FN/NICKNAME/TEL/EMAIL/URL/X-SOCIALPROFILE/NOTE/CATEGORIES/ORG/TITLE with escapes', () => {
    const { format, records } = readImportFile('contacts.vcf', fixture('contacts.vcf'));
    expect(format).toBe('vcard');
    const [ada, grace] = records;
    expect(ada).toMatchObject({
      name: 'Ada Lovelace',
      org: 'Analytical Engines, Ltd, Research',
      title: 'Mathematician',
      phones: ['+44 20 7946 0000'],
      emails: ['ada@example.org'],
      tags: ['Friend', 'Book club'],
      relationship: 'social',
    });
    expect(ada.handles.map((h) => `${h.network}:${h.handle}`)).toEqual(['linkedin:ada-lovelace', 'x:AdaL']);
    expect(ada.notes).toBe(
      'Nickname: Countess\nLoves poetry, maths and horses.\nAsk about the engine. This note is long enough that the exporting address book folded it over several lines of text.',
    );
    expect(grace).toMatchObject({
      name: 'Grace Hopper',
      relationship: 'market',
      handles: [{ network: 'bluesky', handle: 'grace.bsky.social' }],
    });
  });

  test('vCard 2.1 from an Android phone: QUOTED-PRINTABLE with soft line breaks', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dur=C3=A9;=C3=89lise;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89lise Dur=C3=A9',
      'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ma s=C5=93ur, =0D=0Aanniversaire en ao=C3=BB=',
      't.',
      'TEL;CELL:+33 6 12 34 56 78',
      'END:VCARD',
    ].join('\r\n');
    const [r] = readImportFile('android.vcf', utf8(card)).records;
    expect(r).toMatchObject({ name: 'Élise Duré', notes: 'Ma sœur, \nanniversaire en août.', phones: ['+33 6 12 34 56 78'] });
  });

  test('a name built from N when FN is missing', () => {
    const { records } = readImportFile('a.vcf', utf8('BEGIN:VCARD\nVERSION:3.0\nN:Curie;Marie;;Dr.;\nEND:VCARD\n'));
    expect(records[0].name).toBe('Dr. Marie Curie');
  });

  test.each([
    ['no END', 'BEGIN:VCARD\nFN:A\n', /no END:VCARD/],
    ['garbage line', 'BEGIN:VCARD\nFN:A\nthis is not a property\nEND:VCARD\n', /Line 3 of the vCard is not a "NAME:value" line/],
  ])('broken vCard (%s) is refused', (_l, text, error) => {
    expect(refusal(() => readImportFile('x.vcf', utf8(text)))).toMatch(error);
  });
});

describe('hostile and malformed files are refused with a clear error', () => {
  test('invalid UTF-8 bytes', () => {
    const bytes = new Uint8Array([
      ...utf8('First Name,Last Name,URL\nAda,'),
      0xff,
      0xfe,
      0xc3,
      ...utf8(',https://www.linkedin.com/in/a\n'),
    ]);
    expect(refusal(() => readImportFile('Connections.csv', bytes))).toMatch(/not valid UTF-8/);
  });

  test('a file over the size limit is refused before it is decoded', () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    expect(big.byteLength).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(refusal(() => readImportFile('big.vcf', big))).toMatch(/50 MB; Tact imports files up to 20 MB/);
  });

  test.each([
    [
      'CSV name',
      'Connections.csv',
      'First Name,Last Name,URL\n"<img src=x onerror=alert(1)>",Doe,https://www.linkedin.com/in/x\n',
      /The name in line 2 contains HTML or script/,
    ],
    ['vCard name', 'a.vcf', 'BEGIN:VCARD\nFN:<script>alert(1)</script>\nEND:VCARD\n', /The name in card 1 .* contains HTML or script/],
    ['vCard org', 'a.vcf', 'BEGIN:VCARD\nFN:Ok\nORG:<svg onload=alert(1)>\nEND:VCARD\n', /organisation in card 1/],
    ['javascript URL', 'a.vcf', 'BEGIN:VCARD\nFN:Ok\nNOTE:click javascript:alert(1)\nEND:VCARD\n', /notes in card 1/],
  ])('markup in a %s', (_l, name, text, error) => {
    expect(refusal(() => readImportFile(name, utf8(text)))).toMatch(error);
  });

  test.each([
    ['not JSON', 'backup.json', '{ nope', /JSON file cannot be read/],
    ['other JSON', 'backup.json', '{"hello": 1}', /not a Tact notebook backup/],
    ['future version', 'backup.json', '{"format":"tact-notebook","version":99,"contacts":[]}', /format version 99/],
    [
      'malformed contact',
      'backup.json',
      '{"format":"tact-notebook","version":1,"contacts":[{"id":"a","name":"A","relationship":"enemy","tags":[],"handles":[]}]}',
      /contact 1 in the backup is malformed/,
    ],
    ['unknown file', 'notes.txt', 'just some text', /Tact imports its own backup/],
  ])('%s', (_l, name, text, error) => {
    expect(refusal(() => readImportFile(name, utf8(text)))).toMatch(error);
  });
});
