import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { isQuotaError, STORAGE_FULL, storageErrorMessage } from '../../lib/db/storage-errors';

describe('storage errors in words', () => {
  test('a full quota, bare or wrapped by Dexie, says the storage is full and what to do', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(storageErrorMessage(quota)).toBe(STORAGE_FULL);
    expect(storageErrorMessage(new Dexie.AbortError('Transaction aborted', quota))).toBe(STORAGE_FULL);
    expect(STORAGE_FULL).toMatch(/full.*nothing already in the notebook was lost.*Export a backup.*delete old contacts/);
  });

  test('other errors keep their own message', () => {
    expect(isQuotaError(new Error('A contact needs a name.'))).toBe(false);
    expect(storageErrorMessage(new Error('A contact needs a name.'))).toBe('A contact needs a name.');
    expect(storageErrorMessage('odd')).toBe('odd');
  });
});
