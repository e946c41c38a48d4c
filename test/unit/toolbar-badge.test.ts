import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addContact, countDue, createDb, emptyContact, type TactDb } from '../../lib/db';
import { dueBadge } from '../../lib/toolbar/due-badge';
import { i18n } from '../../runtime/i18n';

const DAY = 86_400_000;

describe('toolbar badge text', () => {
  test.each([
    [0, '', 'Tact notebook'],
    [1, '1', 'Tact notebook: 1 person is due for a reconnect'],
    [7, '7', 'Tact notebook: 7 people are due for a reconnect'],
    [99, '99', 'Tact notebook: 99 people are due for a reconnect'],
    [1234, '99+', 'Tact notebook: 1234 people are due for a reconnect'],
  ])('%i due → badge %j', (due, text, title) => {
    // The tooltip is the plural message toolbar.title (locales/en.yml) for the count the badge keeps.
    const badge = dueBadge(due);
    expect({ text: badge.text, title: i18n.t('toolbar.title', badge.due) }).toEqual({ text, title });
  });

  test('a bad count shows no badge rather than "NaN"', () => {
    expect(dueBadge(Number.NaN).text).toBe('');
    expect(dueBadge(-3).text).toBe('');
  });
});

describe('countDue', () => {
  let db: TactDb;
  beforeEach(async () => {
    db = createDb(`toolbar-badge-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => db.delete());

  test('counts only contacts whose keep-in-touch interval has passed', async () => {
    const now = Date.now();
    await addContact(db, emptyContact({ name: 'Overdue', keepInTouchDays: 7, lastInteraction: now - 30 * DAY }));
    await addContact(db, emptyContact({ name: 'Also overdue', keepInTouchDays: 1, lastInteraction: now - 2 * DAY }));
    await addContact(db, emptyContact({ name: 'Recent', keepInTouchDays: 30, lastInteraction: now - DAY }));
    await addContact(db, emptyContact({ name: 'No interval', keepInTouchDays: null, lastInteraction: now - 300 * DAY }));
    expect(await countDue(db, now)).toBe(2);
    // Time passing alone makes "Recent" due.
    expect(await countDue(db, now + 40 * DAY)).toBe(3);
  });
});
