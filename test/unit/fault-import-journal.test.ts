import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { countContacts, createDb } from '../../lib/db';
import { importJournalMessage, settleJournal, type ImportJournal } from '../../lib/import-export/import-journal';
import { importHandlers, type ImportJournalStore } from '../../lib/messaging/import-handlers';
import { validateMessage } from '../../lib/messaging/validate';
import { translate } from '../../runtime/i18n';

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

describe('the import journal (a popup closed or a worker stopped mid-import)', () => {
  const running: ImportJournal = { fileName: 'Connections.csv', startedAt: 1, state: 'running' };

  test('a journal left running by a stopped worker reads as interrupted, nothing written', () => {
    expect(settleJournal(running, false)?.state).toBe('interrupted');
    expect(settleJournal(running, true)?.state).toBe('running');
    expect(importJournalMessage(settleJournal(running, false))).toMatch(/interrupted.*Nothing from it was written/);
  });

  test('each state has a sentence; a seen outcome is not repeated', () => {
    expect(importJournalMessage({ ...running, state: 'done', summary: { created: 4, updated: 1, skipped: 2 } })).toBe(
      'Imported Connections.csv: 4 new, 1 updated, 2 skipped.',
    );
    expect(importJournalMessage({ ...running, state: 'failed', error: 'disk full' })).toMatch(/failed and nothing was changed: disk full/);
    expect(importJournalMessage({ ...running, state: 'done', seen: true })).toBeNull();
    expect(importJournalMessage(null)).toBeNull();
  });

  test('the background import writes running, then done, and the contacts in one go', async () => {
    const db = createDb('fault-journal-1');
    const journal = memoryJournal();
    const h = importHandlers({ db, journal, now: () => 5, t: translate });
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
    const first = importHandlers({ db, journal, now: () => 7, t: translate });
    await first['notebook.import']({ fileName: 'Connections.csv', text: csv, merges: {} });
    journal.write = write;
    expect(journal.value?.state).toBe('running');
    expect(await countContacts(db)).toBe(4);
    const next = importHandlers({ db, journal, t: translate });
    expect(await next['notebook.importStatus']({})).toMatchObject({ state: 'done', summary: { created: 4, updated: 0, skipped: 1 } });
    expect(journal.value?.state).toBe('done');
  });

  test('a journal left running with no mark in the notebook: interrupted, and truly nothing written', async () => {
    const db = createDb('fault-journal-4');
    const journal = memoryJournal();
    await journal.write({ fileName: 'Connections.csv', startedAt: 9, state: 'running' });
    const next = importHandlers({ db, journal, t: translate });
    expect(await next['notebook.importStatus']({})).toMatchObject({ state: 'interrupted' });
    expect(await countContacts(db)).toBe(0);
  });

  test('a refused file leaves the notebook as it was and the journal says why', async () => {
    const db = createDb('fault-journal-2');
    const journal = memoryJournal();
    const h = importHandlers({ db, journal, t: translate });
    await expect(h['notebook.import']({ fileName: 'x.csv', text: 'First Name,Last Name\n<b>a</b>,b', merges: {} })).rejects.toThrow();
    expect(journal.value).toMatchObject({ state: 'failed' });
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
