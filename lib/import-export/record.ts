import type { CoachingEvent, ContactHandle, Norm, SendFingerprint, SendOutcome } from '../db/types';
import { phrase, type Words } from '../i18n/phrase';
import { assertNoMarkup } from './errors';
import { sourceWords } from './source';

/** One person as read from a file, before it is matched against the notebook. */
export interface ImportRecord {
  /** Where it came from, for messages: "line 12", "card 3", "contact 5" (source.ts). */
  source: string;
  name: string;
  handles: ContactHandle[];
  relationship?: Norm;
  tags: string[];
  howWeMet?: string;
  notes?: string;
  emails: string[];
  phones: string[];
  org?: string;
  title?: string;
  keepInTouchDays?: number | null;
  lastInteraction?: number | null;
  /** Tact's own backup carries ids and history; other formats do not. */
  id?: string;
  createdAt?: number;
  /** Backups only: when the user last edited the contact by hand (what storage.sync carries first). */
  handEditedAt?: number;
  coaching?: Omit<CoachingEvent, 'id' | 'contactId'>[];
}

/** A record left out, and why, in words the preview says to the user. */
export interface Skipped {
  source: string;
  reason: Words;
}

export interface ParsedFile {
  format: 'tact-json' | 'vcard' | 'linkedin-csv';
  records: ImportRecord[];
  /** Rows dropped while reading (no name, no URL…), reported in the preview. */
  skipped: Skipped[];
  /** Tact's own backup (v2) also carries what the coaching changed and the copy-paste fingerprints. */
  sendOutcomes?: Omit<SendOutcome, 'id'>[];
  sendFingerprints?: Omit<SendFingerprint, 'id'>[];
}

/** Refuse the whole file if any record carries markup in a text field (see errors.ts). */
export function assertRecordsAreData(records: ImportRecord[]): void {
  for (const r of records) {
    // Said only for a refusal: building two phrases per field cost a 10,000-row file tens of ms in garbage.
    const at = (field: string) => () => phrase(`importer.field.${field}`, sourceWords(r.source));
    assertNoMarkup(r.name, at('name'));
    for (const [field, value] of [
      ['org', r.org],
      ['title', r.title],
      ['howWeMet', r.howWeMet],
      ['notes', r.notes],
    ] as const) {
      assertNoMarkup(value, at(field));
    }
    r.tags.forEach((t) => assertNoMarkup(t, at('tag')));
    r.handles.forEach((h) => assertNoMarkup(h.handle + (h.profileUrl ?? ''), at('handle')));
  }
}

const circleNorms: Record<string, Norm> = {
  family: 'social',
  friend: 'social',
  friends: 'social',
  neighbour: 'social',
  neighbor: 'social',
  client: 'market',
  customer: 'market',
  prospect: 'market',
  vendor: 'market',
  supplier: 'market',
  lead: 'market',
  colleague: 'hybrid',
  coworker: 'hybrid',
  mentor: 'hybrid',
};

/** A first guess of the relationship from circle tags; the user can change it in the notebook. */
export function relationshipFromTags(tags: string[], fallback: Norm): Norm {
  for (const t of tags) {
    const n = circleNorms[t.trim().toLowerCase()];
    if (n) return n;
  }
  return fallback;
}
