import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { addContact, createDb, emptyContact } from '../../lib/db';
import { isQuotaError, storageErrorMessage } from '../../lib/db/storage-errors';
import { observeWriteHealth } from '../../lib/db/write-health';
import { say } from './helpers/said';

describe('storage errors in words', () => {
  test('a full quota, bare or wrapped by Dexie, says the storage is full and what to do', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const full = storageErrorMessage(quota, say);
    expect(full).toMatch(/full.*nothing already in the notebook was lost.*Export a backup.*delete old contacts/);
    expect(storageErrorMessage(new Dexie.AbortError('Transaction aborted', quota), say)).toBe(full);
  });

  test('other errors keep their own message', () => {
    expect(isQuotaError(new Error('A contact needs a name.'))).toBe(false);
    expect(storageErrorMessage(new Error('A contact needs a name.'), say)).toBe('A contact needs a name.');
    expect(storageErrorMessage('odd', say)).toBe('odd');
  });
});

describe('write health (the popup notice that storage is full)', () => {
  test('a committed write reports room; reads and writes that fail for other reasons report nothing', async () => {
    const db = createDb('fault-write-health');
    const seen: boolean[] = [];
    observeWriteHealth(db, (full) => seen.push(full));
    await addContact(db, emptyContact({ name: 'Ada' }));
    expect(seen).toEqual([false]);
    await db.contacts.toArray();
    await expect(db.transaction('rw', db.contactPacks, () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(seen).toEqual([false]);
  });
});
