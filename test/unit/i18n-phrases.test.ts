import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { StaleWriteError } from '@/lib/db/contacts';
import { STORAGE_FULL, storageErrorMessage } from '@/lib/db/storage-errors';
import type { Contact } from '@/lib/db/types';
import { counted, phrase, plainText } from '@/lib/i18n/phrase';
import { ImportError } from '@/lib/import-export/errors';
import { assertRecordsAreData, type ImportRecord } from '@/lib/import-export/record';
import { cardSource, contactSource, lineSource, sourceWords } from '@/lib/import-export/source';
import { refusal, say } from './helpers/said';

// lib/ names what the popup says by message key (lib/i18n/phrase.ts); these check that what it names
// exists and reads, in English, as it did when lib/ held the sentences itself.

describe('phrases said in English', () => {
  test('substitutions are said first: a phrase inside a phrase, and numbers in the UI language', () => {
    const p = phrase(
      'importer.journal.done',
      'Connections.csv',
      counted('importer.count.new', 1234),
      counted('importer.count.updated', 1),
      counted('importer.count.skipped', 0),
    );
    expect(say(p)).toBe('Imported Connections.csv: 1,234 new, 1 updated, 0 skipped.');
    expect(plainText(p)).toBe(
      'importer.journal.done(Connections.csv, importer.count.new(1234), importer.count.updated(1), importer.count.skipped(0))',
    );
  });

  test('where a record came from is said from the string the parsers write, names with brackets included', () => {
    for (const [source, said] of [
      [lineSource(12), 'line 12'],
      [cardSource(3), 'card 3'],
      [cardSource(3, 'Ada (Countess) Lovelace'), 'card 3 (Ada (Countess) Lovelace)'],
      [contactSource(5, 'Zoë'), 'contact 5 (Zoë)'],
      ['row 7', 'row 7'],
    ])
      expect(say(sourceWords(source))).toBe(said);
    expect(sourceWords(cardSource(3, 'Ada'))).toEqual(phrase('importer.source.named', phrase('importer.source.card', '3'), 'Ada'));
  });

  test.each([
    ['name', 'The name in line 4 contains HTML or script'],
    ['org', 'The organisation in line 4'],
    ['title', 'The title in line 4'],
    ['howWeMet', 'The "how we met" in line 4'],
    ['notes', 'The notes in line 4'],
    ['tags', 'A tag in line 4'],
    ['handles', 'A handle in line 4'],
  ] as const)('markup in %s is refused, naming the field and the row', (field, said) => {
    const record: ImportRecord = { source: lineSource(4), name: 'Ada', handles: [], tags: [], emails: [], phones: [] };
    const bad = '<img src=x onerror=alert(1)>';
    const hostile: ImportRecord =
      field === 'tags'
        ? { ...record, tags: [bad] }
        : field === 'handles'
          ? { ...record, handles: [{ network: 'x', handle: bad }] }
          : { ...record, [field]: bad };
    expect(refusal(() => assertRecordsAreData([hostile]))).toContain(said);
  });

  test('a failed write: a full disk, a stale edit, a refusal, and any other error as its own message', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(storageErrorMessage(quota, say)).toBe(STORAGE_FULL);
    const stale = new StaleWriteError({ name: 'Ada Lovelace' } as Contact);
    expect(storageErrorMessage(stale, say)).toBe(stale.message);
    expect(storageErrorMessage(new ImportError(phrase('importer.notVcard')), say)).toBe(
      'No BEGIN:VCARD found: this is not a vCard file. Nothing was imported.',
    );
    expect(storageErrorMessage(new Error('A contact needs a name.'), say)).toBe('A contact needs a name.');
  });
});

test('every key lib/, runtime/ and components/ name under the sections they translate exists in English', async () => {
  const en = new Set((await parseMessagesFile('locales/en.yml')).map((m) => m.key.join('.')));
  const named = new Set<string>();
  for (const file of globSync(['lib/**/*.ts', 'runtime/**/*.ts', 'components/**/*.{ts,tsx}'])) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/'((?:importer|errors|impact|settings|data|format)\.[\w.]+)'/g)) named.add(m[1]);
    for (const m of text.matchAll(/\brefuse\('(\w+)'/g)) named.add(`importer.${m[1]}`);
  }
  expect(named.size).toBeGreaterThan(100);
  expect([...named].filter((k) => !en.has(k))).toEqual([]);
});
