import { isCoachingRecord } from './record-shape';
import type { TactDb } from './schema';
import type { CoachingEvent, Contact } from './types';

/** Store one coaching event and mark the contact as talked to now (writing to them is an interaction). */
export async function recordCoachingEvent(db: TactDb, event: Omit<CoachingEvent, 'id'>): Promise<number> {
  return db.transaction('rw', db.contactPacks, db.coaching, async () => {
    const contact = await db.contacts.get(event.contactId);
    if (!contact) throw new Error('That contact no longer exists.');
    const id = await db.coaching.add({ ...event });
    const days = contact.keepInTouchDays;
    const changes: Partial<Contact> = { lastInteraction: event.at };
    // dueAt follows lastInteraction (derive.ts); update it here rather than re-deriving the whole record.
    if (days && days > 0) changes.dueAt = event.at + days * 86_400_000;
    await db.contacts.update(event.contactId, changes);
    return id as number;
  });
}

/** The coaching history of one contact, newest first. */
export function historyFor(db: TactDb, contactId: string, limit = 100): Promise<CoachingEvent[]> {
  return db.coaching
    .where('[contactId+at]')
    .between([contactId, -Infinity], [contactId, Infinity])
    .reverse()
    .filter(isCoachingRecord)
    .limit(limit)
    .toArray();
}
