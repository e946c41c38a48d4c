import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  addContact,
  createDb,
  emptyContact,
  findByHandle,
  historyFor,
  recordCoachingEvent,
  type ContactInput,
  type TactDb,
} from '../../lib/db';
import { exportBackupJson, exportVCard } from '../../lib/import-export/export';
import { applyImport, previewImport, readImportFile } from '../../lib/import-export/run-import';
import { sourceWords } from '../../lib/import-export/source';
import { asyncRefusal, say } from './helpers/said';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/notebook/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const person = (over: Partial<ContactInput>): ContactInput => emptyContact({ name: 'X', ...over });

let db: TactDb;
let k = 0;
beforeEach(async () => {
  db = createDb(`import-apply-${k++}`);
  await db.open();
});
const snapshot = async () =>
  JSON.stringify([[...(await db.contacts.toArray())].sort((a, b) => (a.id < b.id ? -1 : 1)), await db.coaching.orderBy('id').toArray()]);

describe('preview then apply', () => {
  test('LinkedIn import: preview writes nothing; apply creates; matching profile URL updates without touching the relationship', async () => {
    const jane = await addContact(
      db,
      person({ name: 'Mum (Jane)', relationship: 'social', tags: ['family'], handles: [{ network: 'linkedin', handle: 'jane-doe-123' }] }),
    );
    const parsed = readImportFile('Connections.csv', fixture('Connections.csv'));
    const before = await snapshot();
    const preview = await previewImport(db, parsed);
    expect(await snapshot()).toBe(before);
    expect(preview).toMatchObject({ format: 'linkedin-csv', created: 3, updated: 1 });
    expect(preview.skipped.map((s) => say(s.reason))).toEqual(['no name (member hidden from exports)']);

    expect(await applyImport(db, parsed)).toMatchObject({ created: 3, updated: 1 });
    expect(await db.contacts.count()).toBe(4);
    const updated = await db.contacts.get(jane.id);
    expect(updated).toMatchObject({
      name: 'Mum (Jane)',
      relationship: 'social',
      tags: ['family'],
      org: 'Acme Corp',
      title: 'Procurement Lead',
    });
    expect((await findByHandle(db, { network: 'linkedin', handle: 'marc-dupont' }))?.relationship).toBe('market');

    // Importing the same file again changes nothing and says why.
    const again = await applyImport(db, parsed);
    expect(again).toMatchObject({ created: 0, updated: 0 });
    expect(again.skipped.filter((s) => say(s.reason) === 'already up to date')).toHaveLength(4);
  });

  test('duplicates inside one file are skipped with the row they repeat', async () => {
    const csv = 'First Name,Last Name,URL\nAda,L,https://www.linkedin.com/in/ada\nAda,Again,https://www.linkedin.com/in/ada/\n';
    const summary = await applyImport(db, readImportFile('c.csv', utf8(csv)));
    expect(summary.created).toBe(1);
    expect(summary.skipped.map((s) => `${say(sourceWords(s.source))}: ${say(s.reason)}`)).toEqual(['line 3: same person as line 2']);
  });

  test('a failure during the write rolls back everything (one transaction)', async () => {
    await addContact(db, person({ name: 'Existing', handles: [{ network: 'linkedin', handle: 'jane-doe-123' }] }));
    const before = await snapshot();
    const parsed = readImportFile('Connections.csv', fixture('Connections.csv'));
    // The write really happens, then fails: the transaction must undo it.
    const bulkPut = db.contacts.bulkPut.bind(db.contacts);
    const spy = vi.spyOn(db.contacts, 'bulkPut').mockImplementationOnce((async (items: Parameters<typeof bulkPut>[0]) => {
      await bulkPut(items);
      throw new Error('disk full');
    }) as unknown as typeof bulkPut);
    await expect(applyImport(db, parsed)).rejects.toThrow();
    spy.mockRestore();
    expect(await snapshot()).toBe(before);
  });

  test('a refused file never reaches the database', async () => {
    await addContact(db, person({ name: 'Existing' }));
    const before = await snapshot();
    for (const [name, bytes] of [
      ['Connections.csv', utf8('First Name,Last Name,URL\n<img src=x onerror=alert(1)>,D,https://www.linkedin.com/in/x\n')],
      ['Connections.csv', new Uint8Array([0x46, 0x69, 0xff, 0xfe])],
      ['Connections.csv', utf8('Name,Email\nA,a@b.c\n')],
      ['big.vcf', new Uint8Array(21 * 1024 * 1024)],
    ] as const) {
      expect(await asyncRefusal(async () => applyImport(db, readImportFile(name, bytes)))).toMatch(/Nothing was imported/);
    }
    expect(await snapshot()).toBe(before);
  });
});

describe('round trips', () => {
  test('Tact JSON backup restores contacts and history into an empty notebook', async () => {
    const a = await addContact(
      db,
      person({
        name: 'Zoë "Z" Martin',
        relationship: 'hybrid',
        tags: ['colleague'],
        notes: 'line1\nline2',
        keepInTouchDays: 30,
        lastInteraction: 1000,
        handles: [{ network: 'x', handle: 'zoe', profileUrl: 'https://x.com/zoe' }],
      }),
    );
    await recordCoachingEvent(db, { contactId: a.id, network: 'x', at: 2000, level: 'flip', categories: ['price'], action: 'edited' });
    const json = await exportBackupJson(db);
    const other = createDb(`import-apply-restore-${k++}`);
    const summary = await applyImport(other, readImportFile('tact-backup.json', utf8(json)));
    expect(summary).toMatchObject({ format: 'tact-json', created: 1, updated: 0 });
    const restored = await other.contacts.get(a.id);
    expect(restored).toEqual({
      ...a,
      emails: [],
      phones: [],
      lastInteraction: 2000,
      dueAt: 2000 + 30 * 86_400_000,
      updatedAt: restored!.updatedAt,
      handEditedAt: restored!.updatedAt, // brought back by hand now, so a synced deletion cannot remove it again
    });
    expect((await historyFor(other, a.id)).map((e) => e.level)).toEqual(['flip']);
    // Restoring the same backup twice does not duplicate the history.
    await applyImport(other, readImportFile('tact-backup.json', utf8(json)));
    expect(await historyFor(other, a.id)).toHaveLength(1);
  });

  test('vCard 4 export is valid (CRLF, folded ≤ 75 octets, escaped) and re-imports to the same people', async () => {
    await addContact(
      db,
      person({
        name: 'Ada Lovelace',
        relationship: 'market',
        tags: ['client', 'book club'],
        notes: 'Owes me; a call, soon\nsecond line ' + 'long '.repeat(30),
        org: 'Engines, Ltd',
        title: 'CTO',
        emails: ['ada@example.org'],
        phones: ['+44 20 7946 0000'],
        handles: [{ network: 'linkedin', handle: 'ada', profileUrl: 'https://www.linkedin.com/in/ada/' }],
      }),
    );
    const vcf = await exportVCard(db);
    expect(vcf).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(vcf.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(vcf).toContain('ORG:Engines\\, Ltd');
    const parsed = readImportFile('export.vcf', utf8(vcf));
    expect(parsed.records[0]).toMatchObject({
      name: 'Ada Lovelace',
      relationship: 'market',
      tags: ['client', 'book club'],
      org: 'Engines, Ltd',
      title: 'CTO',
      emails: ['ada@example.org'],
      phones: ['+442079460000'],
    });
    expect(parsed.records[0].notes).toBe('Owes me; a call, soon\nsecond line ' + 'long '.repeat(30).trim());
    // Same person (UID, LinkedIn URL, email): nothing new is created.
    expect(await previewImport(db, parsed)).toMatchObject({ created: 0 });
  });
});
