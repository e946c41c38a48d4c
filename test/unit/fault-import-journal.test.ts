import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { countContacts, createDb } from '../../lib/db';
import { importJournalMessage, settleJournal, type ImportJournal } from '../../lib/import-export/import-journal';
import { requestImport } from '../../lib/import-export/import-request';
import { importHandlers, type ImportJournalStore } from '../../lib/messaging/import-handlers';
import { validateMessage } from '../../lib/messaging/validate';
import { say } from './helpers/said';

const csv = readFileSync(new URL('../fixtures/notebook/Connections.csv', import.meta.url), 'utf8');

function memoryJournal(): ImportJournalStore & { log: ImportJournal['state'][]; value: ImportJournal | null } {
  const store = {
    value: null as ImportJournal | null,
    log: [] as ImportJournal['state'][],
    read: async () => store.value,
    write: async (j: ImportJournal) => {
      store.value = j;
      store.log.push(j.state);
    },
  };
  return store;
}

const said = (j: ImportJournal | null) => {
  const p = importJournalMessage(j);
  return p && say(p);
};

describe('the import journal (a popup closed or a worker stopped mid-import)', () => {
  const running: ImportJournal = { fileName: 'Connections.csv', startedAt: 1, state: 'running' };

  test('a journal left running by a stopped worker reads as interrupted, nothing written', () => {
    expect(settleJournal(running, false)?.state).toBe('interrupted');
    expect(settleJournal(running, true)?.state).toBe('running');
    expect(said(settleJournal(running, false))).toMatch(/interrupted.*Nothing from it was written/);
  });

  test('each state has a sentence; a seen outcome is not repeated', () => {
    expect(said({ ...running, state: 'done', summary: { created: 4, updated: 1, skipped: 2 } })).toBe(
      'Imported Connections.csv: 4 new, 1 updated, 2 skipped.',
    );
    expect(said({ ...running, state: 'done', summary: { created: 1, updated: 0, skipped: 1 } })).toBe(
      'Imported Connections.csv: 1 new, 0 updated, 1 skipped.',
    );
    expect(said({ ...running, state: 'failed', error: 'disk full' })).toMatch(/failed and nothing was changed: disk full/);
    expect(importJournalMessage({ ...running, state: 'done', seen: true })).toBeNull();
    expect(importJournalMessage(null)).toBeNull();
  });

  test('a worker stopped before the import reached it: the reopened popup says it was interrupted, nothing written', async () => {
    const db = createDb('fault-journal-asked');
    const journal = memoryJournal();
    // The import before this one, done and already told.
    await journal.write({ ...running, state: 'done', summary: { created: 4, updated: 0, skipped: 0 }, seen: true });
    // The request never reaches a handler: the worker was stopped first.
    void requestImport(journal, 'Other.csv', 9, () => new Promise(() => {}));
    await Promise.resolve();
    const next = importHandlers({ db, journal, say });
    const status = await next['notebook.importStatus']({});
    expect(status).toMatchObject({ fileName: 'Other.csv', state: 'interrupted' });
    expect(said(status)).toMatch(/Other\.csv was interrupted.*Nothing from it was written/);
    expect(await countContacts(db)).toBe(0);
  });

  test("an import asked for and run: the background's own journal replaces the one the popup wrote", async () => {
    const db = createDb('fault-journal-asked-run');
    const journal = memoryJournal();
    const h = importHandlers({ db, journal, say, now: () => 5 });
    const summary = await requestImport(journal, 'Connections.csv', 3, async () =>
      h['notebook.import']({ fileName: 'Connections.csv', text: csv, merges: {} }),
    );
    expect(summary.created).toBe(4);
    expect(journal.log).toEqual(['running', 'running', 'done']);
    expect(await h['notebook.importStatus']({})).toMatchObject({ state: 'done', startedAt: 5, summary: { created: 4 } });
  });

  test('the background import writes running, then done, and the contacts in one go', async () => {
    const db = createDb('fault-journal-1');
    const journal = memoryJournal();
    const h = importHandlers({ db, journal, say, now: () => 5 });
    const summary = await h['notebook.import']({ fileName: 'Connections.csv', text: csv, merges: {} });
    expect(summary.created).toBe(4);
    expect(journal.log).toEqual(['running', 'done']);
    expect(await countContacts(db)).toBe(4);
    expect(await h['notebook.importStatus']({ markSeen: true })).toMatchObject({ state: 'done', summary: { created: 4 } });
    expect(journal.value?.seen).toBe(true);
  });

  test('a worker stopped after the import committed but before the journal said so: the next worker reads done', async () => {
    const db = createDb('fault-journal-3');
    const journal = memoryJournal();
    const write = journal.write;
    // The stop: the journal's "done" never gets written (the worker is gone once the transaction has committed).
    journal.write = async (j) => {
      if (j.state === 'done') throw new Error('worker stopped');
      await write(j);
    };
    const first = importHandlers({ db, journal, say, now: () => 7 });
    await first['notebook.import']({ fileName: 'Connections.csv', text: csv, merges: {} });
    journal.write = write;
    expect(journal.value?.state).toBe('running');
    expect(await countContacts(db)).toBe(4);
    const next = importHandlers({ db, journal, say });
    expect(await next['notebook.importStatus']({})).toMatchObject({ state: 'done', summary: { created: 4, updated: 0, skipped: 1 } });
    expect(journal.value?.state).toBe('done');
  });

  test('a journal left running with no mark in the notebook: interrupted, and truly nothing written', async () => {
    const db = createDb('fault-journal-4');
    const journal = memoryJournal();
    await journal.write({ fileName: 'Connections.csv', startedAt: 9, state: 'running' });
    const next = importHandlers({ db, journal, say });
    expect(await next['notebook.importStatus']({})).toMatchObject({ state: 'interrupted' });
    expect(await countContacts(db)).toBe(0);
  });

  test('a refused file leaves the notebook as it was and the journal says why', async () => {
    const db = createDb('fault-journal-2');
    const journal = memoryJournal();
    const h = importHandlers({ db, journal, say });
    // The popup gets the refusal said; the journal keeps it as a phrase, said when the popup reopens.
    await expect(h['notebook.import']({ fileName: 'x.csv', text: 'First Name,Last Name\n<b>a</b>,b', merges: {} })).rejects.toThrow(
      /^This CSV is not LinkedIn's Connections.csv: missing column\(s\) URL\./,
    );
    expect(journal.value).toMatchObject({ state: 'failed' });
    expect(said(journal.value)).toMatch(/^The import of x.csv failed and nothing was changed: This CSV is not LinkedIn's/);
    expect(await countContacts(db)).toBe(0);
  });

  test('the messages are validated', () => {
    expect(() => validateMessage({ type: 'notebook.import', payload: { fileName: 'a', text: 1, merges: {} } })).toThrow(
      /"text" must be a string/,
    );
    expect(() => validateMessage({ type: 'notebook.importStatus', payload: { markSeen: 'yes' } })).toThrow(/true or false/);
    expect(validateMessage({ type: 'notebook.importStatus', payload: {} }).payload).toEqual({});
  });
});
