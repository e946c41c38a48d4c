import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { addContact, createDb, emptyContact, findByHandle, updateContact, type Contact, type TactDb } from '../../lib/db';
import type { ImportJournal } from '../../lib/import-export/import-journal';
import { importHandlers } from '../../lib/messaging/import-handlers';
import { PREVIEW_GONE } from '../../lib/messaging/protocol';
import { validateMessage } from '../../lib/messaging/validate';
import { say } from './helpers/said';

// Issue 12: the import plans once, for its preview, and "Import" writes that plan; unless a contact changed
// in between, in which case the plan made then would overwrite the change, so it plans again.
const csv = readFileSync(new URL('../fixtures/notebook/Connections.csv', import.meta.url), 'utf8');
const PREVIEW_AT = 1_000;
const IMPORT_AT = 2_000;

let db: TactDb;
let jane: Contact;
let clock = PREVIEW_AT;
let k = 0;
const journal = {
  value: null as ImportJournal | null,
  read: async () => journal.value,
  write: async (j: ImportJournal) => void (journal.value = j),
};
const handlers = () => importHandlers({ db, journal, say, now: () => clock });

beforeEach(async () => {
  db = createDb(`import-plan-once-${k++}`);
  jane = await addContact(
    db,
    emptyContact({ name: 'Mum (Jane)', relationship: 'social', handles: [{ network: 'linkedin', handle: 'jane-doe-123' }] }),
  );
  clock = PREVIEW_AT;
});
afterEach(() => db.delete());

/** When a plan was made shows in what it wrote: new people are created, and matches stamped, at that time. */
const plannedAt = async () => (await findByHandle(db, { network: 'linkedin', handle: 'marc-dupont' }))?.createdAt;

test('the preview plan is what gets written when nothing changed in between', async () => {
  const h = handlers();
  const { summary, planId } = await h['notebook.previewImport']({ fileName: 'Connections.csv', text: csv, merges: {} });
  clock = IMPORT_AT;
  const done = await h['notebook.import']({ fileName: 'Connections.csv', text: csv, merges: {}, planId });
  expect([done.created, done.updated]).toEqual([summary.created, summary.updated]);
  expect(await plannedAt()).toBe(PREVIEW_AT);
  expect((await db.contacts.get(jane.id))?.org).toBe('Acme Corp');
});

test('Import may leave the file out: the kept plan is written; a worker that forgot it asks for the file', async () => {
  const h = handlers();
  const { planId } = await h['notebook.previewImport']({ fileName: 'Connections.csv', text: csv, merges: {} });
  clock = IMPORT_AT;
  const restarted = handlers();
  journal.value = null;
  await expect(restarted['notebook.import']({ fileName: 'Connections.csv', merges: {}, planId })).rejects.toThrow(PREVIEW_GONE);
  expect([journal.value, await db.contacts.count()]).toEqual([null, 1]);
  expect((await h['notebook.import']({ fileName: 'Connections.csv', merges: {}, planId })).created).toBe(3);
  expect(await plannedAt()).toBe(PREVIEW_AT);
});

test('a contact edited after the preview: the import plans again and keeps the edit', async () => {
  const h = handlers();
  const { planId } = await h['notebook.previewImport']({ fileName: 'Connections.csv', text: csv, merges: {} });
  await updateContact(db, jane.id, { notes: 'Call her on Sundays' });
  clock = IMPORT_AT;
  const done = await h['notebook.import']({ fileName: 'Connections.csv', text: csv, merges: {}, planId });
  expect([done.created, done.updated]).toEqual([3, 1]);
  expect(await plannedAt()).toBe(IMPORT_AT);
  expect(await db.contacts.get(jane.id)).toMatchObject({ notes: 'Call her on Sundays', org: 'Acme Corp', relationship: 'social' });
});

test('another file, other merges, an unknown plan or a restarted worker: planned afresh', async () => {
  const h = handlers();
  const cases: ((planId: string) => unknown)[] = [
    (planId) => h['notebook.import']({ fileName: 'Connections.csv', text: csv.replace('Acme Corp', 'Acme Inc'), merges: {}, planId }),
    (planId) => h['notebook.import']({ fileName: 'Connections.csv', text: csv, merges: { 'line 7': jane.id }, planId }),
    () => h['notebook.import']({ fileName: 'Connections.csv', text: csv, merges: {}, planId: 'another' }),
    (planId) => handlers()['notebook.import']({ fileName: 'Connections.csv', text: csv, merges: {}, planId }),
  ];
  for (const run of cases) {
    await db.contacts.clear();
    await addContact(db, jane);
    clock = PREVIEW_AT;
    const { planId } = await h['notebook.previewImport']({ fileName: 'Connections.csv', text: csv, merges: {} });
    clock = IMPORT_AT;
    await run(planId);
    expect(await plannedAt()).toBe(IMPORT_AT);
  }
});

test('a plan serves one import: the same plan id again re-plans, and finds everyone up to date', async () => {
  const h = handlers();
  const { planId } = await h['notebook.previewImport']({ fileName: 'Connections.csv', text: csv, merges: {} });
  expect((await h['notebook.import']({ fileName: 'Connections.csv', text: csv, merges: {}, planId })).created).toBe(3);
  expect((await h['notebook.import']({ fileName: 'Connections.csv', text: csv, merges: {}, planId })).created).toBe(0);
});

test('the messages carry a plan id only where one belongs', () => {
  const file = { fileName: 'Connections.csv', text: csv, merges: {} };
  expect(validateMessage({ type: 'notebook.import', payload: { ...file, planId: 'p1' } }).payload).toEqual({ ...file, planId: 'p1' });
  expect(validateMessage({ type: 'notebook.import', payload: file }).payload).toEqual(file);
  expect(() => validateMessage({ type: 'notebook.import', payload: { ...file, planId: 7 } })).toThrow('"planId" must be a string');
  const { text: _text, ...withoutText } = file;
  expect(validateMessage({ type: 'notebook.import', payload: { ...withoutText, planId: 'p1' } }).payload).toEqual({
    ...withoutText,
    planId: 'p1',
  });
  expect(() => validateMessage({ type: 'notebook.import', payload: withoutText })).toThrow('"text" must be a string');
  expect(() => validateMessage({ type: 'notebook.previewImport', payload: withoutText })).toThrow('"text" must be a string');
  expect(() => validateMessage({ type: 'notebook.previewImport', payload: { ...file, planId: 'p1' } })).toThrow(
    /unknown field\(s\) "planId"/,
  );
  expect(validateMessage({ type: 'notebook.previewImport', payload: file }).payload).toEqual(file);
});
