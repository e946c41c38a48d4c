import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { addContact, createDb, emptyContact, type Contact, type TactDb } from '../../lib/db';
import { ImportError } from '../../lib/import-export/errors';
import { planImport } from '../../lib/import-export/plan';
import { parseAndPlan, readImportText, type PlannedImport } from '../../lib/import-export/run-import';
import { importHandlers } from '../../lib/messaging/import-handlers';
import { validateMessage } from '../../lib/messaging/validate';
import { say } from './helpers/said';

// Issue 12: a big file's preview starts reading the whole notebook before it parses the file, so IndexedDB reads
// while the background parses. The plan and the duplicates it offers must be the ones planned from the whole
// notebook read after the parse, the old way.
const NOW = 5_000;
let db: TactDb;
let k = 0;

const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const row = (first: string, last: string, slug: string, email = '', company = 'Northwind') =>
  `${first},${last},https://www.linkedin.com/in/${slug},${email},${company},Head of Sales,3 Mar 2021`;
/** Enough new people to pass the early-read threshold (150,000 characters), after the rows under test. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => row('Filler', `Person${i}`, `filler-person-${i}`));
const csvOf = (rows: string[]) => ['Notes:', '"An export."', '', header, ...rows].join('\r\n') + '\r\n';

const special = [
  row('Ana', 'Update', 'ana-update', '', 'New Co'), // an update: her profile URL is in the notebook
  row('Zoe', 'Martin', 'zoe-martin-new'), // new, but the notebook has "Zoë Martin": a duplicate by name
  row('Carl', 'Mail', 'carl-mail-new', 'carl@example.com'), // matched by email: an update, not a new person
  row('Dora', 'Twice', 'dora-one', 'dora@example.com'), // new
  row('Dora', 'Twice', 'dora-two', 'dora@example.com'), // the same email again in the file: skipped
];

let notebook: Contact[];
let zoe: Contact;

beforeEach(async () => {
  db = createDb(`import-early-read-${k++}`);
  const linkedin = (handle: string) => [{ network: 'linkedin', handle, profileUrl: `https://www.linkedin.com/in/${handle}` }];
  notebook = [
    await addContact(db, emptyContact({ name: 'Ana Update', relationship: 'social', handles: linkedin('ana-update') })),
    (zoe = await addContact(db, emptyContact({ name: 'Zoë Martin', handles: [{ network: 'x', handle: 'zoem' }] }))),
    await addContact(db, emptyContact({ name: 'Carl M.', emails: ['Carl@example.com'] })),
  ];
  await db.contacts.bulkPut(
    Array.from({ length: 300 }, (_, i) => ({
      ...notebook[0],
      id: `other-${i}`,
      name: `Other ${i}`,
      handleKeys: [`x:other${i}`],
      handles: [],
    })),
  );
  notebook = [...(await db.contacts.toArray())];
});
afterEach(() => db.delete());

/** A plan without the random ids of new people, in a form `toEqual` compares. */
const shape = ({ plan, summary }: PlannedImport) => ({
  created: plan.create.map(({ id: _, ...c }) => c),
  updated: plan.update,
  skipped: plan.skipped,
  duplicates: summary.duplicates.map(({ match, ...d }) => ({ ...d, match: match.name })),
  counts: [summary.created, summary.updated, summary.skipped.length],
});

test('a big file: the plan and the duplicates offered are those planned from the whole notebook read after the parse', async () => {
  const text = csvOf([...special, ...filler(1600)]);
  expect(text.length).toBeGreaterThan(150_000); // the early read's threshold (run-import.ts)
  const { parsed, planned } = await parseAndPlan(db, 'Connections.csv', text, {}, NOW);
  const reference = planImport(readImportText('Connections.csv', text), notebook, NOW);
  expect(shape(planned).created).toEqual(reference.create.map(({ id: _, ...c }) => c));
  expect(planned.plan.update).toEqual(reference.update);
  expect(planned.plan.skipped).toEqual(reference.skipped);
  expect(parsed.records).toHaveLength(1605);
  // What the user reads in the preview: 2 updates (Ana by URL, Carl by email), Dora's second row skipped,
  // and Zoe Martin offered as a duplicate of Zoë Martin.
  expect(planned.summary.updated).toBe(2);
  expect(planned.plan.update.map((c) => c.name).sort()).toEqual(['Ana Update', 'Carl M.']);
  expect(planned.summary.created).toBe(1602);
  expect(planned.summary.duplicates).toEqual([
    { source: expect.any(String), name: 'Zoe Martin', reason: 'same name', match: { id: zoe.id, name: 'Zoë Martin' } },
  ]);
  expect(planned.summary.skipped.map((s) => say(s.reason))).toEqual([expect.stringMatching(/same person/i)]);
});

test('the same file under and over the early-read threshold gives the same preview', async () => {
  const small = csvOf([...special, ...filler(20)]);
  const big = csvOf([...special, ...filler(1600)]);
  const [a, b] = [await parseAndPlan(db, 'Connections.csv', small, {}, NOW), await parseAndPlan(db, 'Connections.csv', big, {}, NOW)];
  // The rows under test come first, so the first two new people are Zoe Martin and Dora Twice in both.
  const first = ({ planned }: { planned: PlannedImport }) => ({
    ...shape(planned),
    created: shape(planned).created.slice(0, 2),
    counts: undefined,
  });
  expect(first(b)).toEqual(first(a));
  expect(first(a).duplicates).toHaveLength(1);
  expect(a.planned.version).toBe(b.planned.version);
});

test('a refused big file is refused with its reason, and the read begun for it fails quietly', async () => {
  const text = csvOf([...filler(800), row('<script>', 'Bad', 'bad-one'), ...filler(800)]);
  expect(text.length).toBeGreaterThan(150_000);
  const refused = parseAndPlan(db, 'Connections.csv', text, {}, NOW);
  await expect(refused).rejects.toBeInstanceOf(ImportError);
  await expect(refused).rejects.toThrow(/markup|name/i);
  // The notebook is as it was, and still readable.
  expect(await db.contacts.count()).toBe(notebook.length);
});

describe('the notebook read when the Import tab opens', () => {
  const journal = { read: async () => null, write: async () => undefined };
  const handlers = () => importHandlers({ db, journal, say, now: () => NOW });
  const text = csvOf([...special, ...filler(1600)]);

  test("a big file's preview uses it when no contact changed since: the notebook is not read again", async () => {
    const h = handlers();
    const reads = vi.spyOn(db.contacts, 'toArray');
    await h['notebook.prepareImport']({});
    expect(reads).toHaveBeenCalledTimes(1);
    const { summary } = await h['notebook.previewImport']({ fileName: 'Connections.csv', text, merges: {} });
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    const unprepared = (await parseAndPlan(db, 'Connections.csv', text, {}, NOW)).planned.summary;
    expect({ ...summary, duplicates: summary.duplicates.map((d) => d.match.name) }).toEqual({
      ...unprepared,
      duplicates: unprepared.duplicates.map((d) => d.match.name),
    });
    expect([summary.created, summary.updated]).toEqual([1602, 2]);
  });

  test('a contact added after it was read: the preview reads the notebook again and counts that person as updated', async () => {
    const h = handlers();
    await h['notebook.prepareImport']({});
    await addContact(db, emptyContact({ name: 'Dora T.', handles: [{ network: 'linkedin', handle: 'dora-one' }] }));
    const { summary } = await h['notebook.previewImport']({ fileName: 'Connections.csv', text, merges: {} });
    expect([summary.created, summary.updated]).toEqual([1601, 3]);
  });

  test('the message carries nothing', () => {
    expect(validateMessage({ type: 'notebook.prepareImport', payload: {} }).payload).toEqual({});
    expect(() => validateMessage({ type: 'notebook.prepareImport', payload: { text: 'x' } })).toThrow(/text/);
  });
});
