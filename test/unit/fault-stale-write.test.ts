import { describe, expect, test } from 'vitest';
import { addContact, createDb, emptyContact, getContact, recordCoachingEvent, updateContact } from '../../lib/db';
import { StaleWriteError } from '../../lib/db/contacts';

describe('two windows editing one contact', () => {
  test('the second save, made on the copy both opened, is refused and the first is kept', async () => {
    const db = createDb('fault-stale-1');
    const c = await addContact(db, emptyContact({ name: 'Ana', notes: 'first' }), 1000);
    const opened = c.updatedAt;
    await updateContact(db, c.id, { notes: 'from window A' }, 2000, opened);
    const refused = updateContact(db, c.id, { notes: 'from window B' }, 3000, opened);
    await expect(refused).rejects.toBeInstanceOf(StaleWriteError);
    await expect(refused).rejects.toThrow(/changed in another window.*not saved.*load the latest/);
    expect((await getContact(db, c.id))?.notes).toBe('from window A');
  });

  test('the error carries the latest copy, and an edit based on it is saved', async () => {
    const db = createDb('fault-stale-2');
    const c = await addContact(db, emptyContact({ name: 'Ana' }), 1000);
    await updateContact(db, c.id, { notes: 'A' }, 2000, c.updatedAt);
    const err: unknown = await updateContact(db, c.id, { notes: 'B' }, 3000, c.updatedAt).catch((e: unknown) => e);
    if (!(err instanceof StaleWriteError)) throw new Error('expected a StaleWriteError');
    expect(err.latest.notes).toBe('A');
    await updateContact(db, c.id, { notes: 'A and B' }, 4000, err.latest.updatedAt);
    expect((await getContact(db, c.id))?.notes).toBe('A and B');
  });

  test('writes that do not say what they are based on (imports, the background) are not checked', async () => {
    const db = createDb('fault-stale-3');
    const c = await addContact(db, emptyContact({ name: 'Ana' }), 1000);
    await updateContact(db, c.id, { notes: 'x' }, 2000);
    await updateContact(db, c.id, { notes: 'y' }, 3000);
    expect((await getContact(db, c.id))?.notes).toBe('y');
  });

  test('a conversation the coach records while the editor is open keeps its date: an edit never moves "last talked" back', async () => {
    const db = createDb('fault-stale-3');
    const c = await addContact(db, emptyContact({ name: 'Ana', keepInTouchDays: 30 }), 1000);
    const { id, createdAt, updatedAt, handEditedAt, handleKeys, dueAt, ...copy } = c;
    await recordCoachingEvent(db, { contactId: id, network: 'linkedin', at: 5000, level: 'flip', categories: [], action: 'dismissed' });
    // The editor's copy still says "never talked"; the coaching record does not change updatedAt, so this save is not stale.
    await updateContact(db, id, { ...copy, notes: 'edited' }, 6000, updatedAt);
    const saved = await getContact(db, id);
    expect(saved).toMatchObject({ notes: 'edited', lastInteraction: 5000, dueAt: 5000 + 30 * 86_400_000 });
  });
});
