// Tact's own backup: every contact field and the coaching history, versioned so later releases can read it.
import type { CoachingEvent, Contact, ContactInput, SendFingerprint, SendOutcome } from '../db/types';
import { refuse } from './errors';
import type { ImportRecord, ParsedFile } from './record';
import { contactSource, sourceWords } from './source';

export const BACKUP_FORMAT = 'tact-notebook';
// v2 (issue 10) adds send outcomes and send fingerprints; v1 files still import (they have neither).
export const BACKUP_VERSION = 2;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  contacts: (ContactInput & { id: string; createdAt: number; updatedAt: number; handEditedAt?: number })[];
  coaching: Omit<CoachingEvent, 'id'>[];
  sendOutcomes?: Omit<SendOutcome, 'id'>[];
  sendFingerprints?: Omit<SendFingerprint, 'id'>[];
}

export interface BackupSends {
  sendOutcomes: SendOutcome[];
  sendFingerprints: SendFingerprint[];
}

export function toBackup(
  contacts: Contact[],
  coaching: CoachingEvent[],
  now = Date.now(),
  sends: BackupSends = { sendOutcomes: [], sendFingerprints: [] },
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    // Derived index fields are rebuilt on import; leaving them out keeps the file readable and small.
    contacts: contacts.map(({ handleKeys: _h, dueAt: _d, ...rest }) => rest),
    coaching: coaching.map(({ id: _id, ...rest }) => rest),
    sendOutcomes: sends.sendOutcomes.map(({ id: _id, ...rest }) => rest),
    sendFingerprints: sends.sendFingerprints.map(({ id: _id, ...rest }) => rest),
  };
}

const OUTCOMES = ['revised', 'cancelled', 'posted-anyway', 'fixed-before-send'];
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The backup's send outcomes and fingerprints; malformed rows are left out, like malformed history. */
function readSends(b: Partial<Backup>): Pick<ParsedFile, 'sendOutcomes' | 'sendFingerprints'> {
  const outcomes = (Array.isArray(b.sendOutcomes) ? b.sendOutcomes : []).filter(
    (o) => o && isTime(o.at) && isStr(o.network) && OUTCOMES.includes(o.outcome) && strArr(o.ruleIds) && strArr(o.categories),
  );
  const prints = (Array.isArray(b.sendFingerprints) ? b.sendFingerprints : []).filter(
    (f) =>
      f && isTime(f.at) && isStr(f.network) && isStr(f.recipientKey) && isStr(f.sig) && /^(?:[0-9a-f]{4})+$/.test(f.sig) && isTime(f.words),
  );
  return {
    sendOutcomes: outcomes.map(({ at, network, outcome, ruleIds, categories }) => ({ at, network, outcome, ruleIds, categories })),
    sendFingerprints: prints.map(({ at, network, recipientKey, sig, words }) => ({ at, network, recipientKey, sig, words })),
  };
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const strArr = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const numOrNull = (v: unknown) => v === null || v === undefined || (typeof v === 'number' && Number.isFinite(v));

export function looksLikeTactJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

export function parseBackup(text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw refuse('jsonUnreadable', (err as Error).message);
  }
  const b = data as Partial<Backup>;
  if (!b || b.format !== BACKUP_FORMAT || !Array.isArray(b.contacts)) throw refuse('notBackup');
  if (typeof b.version !== 'number' || b.version > BACKUP_VERSION) throw refuse('newerBackup', String(b.version), String(BACKUP_VERSION));
  const history = new Map<string, ImportRecord['coaching']>();
  for (const e of Array.isArray(b.coaching) ? b.coaching : []) {
    if (!e || !isStr(e.contactId) || typeof e.at !== 'number' || !['ok', 'caution', 'flip'].includes(e.level) || !strArr(e.categories))
      continue;
    const { contactId, ...rest } = e;
    history.set(contactId, [...(history.get(contactId) ?? []), rest]);
  }
  const records = b.contacts.map((c, i): ImportRecord => {
    const where = contactSource(i + 1);
    const ok =
      c &&
      isStr(c.id) &&
      isStr(c.name) &&
      ['social', 'market', 'hybrid'].includes(c.relationship) &&
      strArr(c.tags) &&
      Array.isArray(c.handles) &&
      c.handles.every((h) => h && isStr(h.network) && isStr(h.handle)) &&
      numOrNull(c.keepInTouchDays) &&
      numOrNull(c.lastInteraction);
    if (!ok) throw refuse('malformedContact', sourceWords(where));
    return {
      source: contactSource(i + 1, c.name),
      id: c.id,
      name: c.name,
      handles: c.handles,
      relationship: c.relationship,
      tags: c.tags,
      howWeMet: isStr(c.howWeMet) ? c.howWeMet : '',
      notes: isStr(c.notes) ? c.notes : '',
      emails: strArr(c.emails) ? c.emails : [],
      phones: strArr(c.phones) ? c.phones : [],
      org: isStr(c.org) ? c.org : undefined,
      title: isStr(c.title) ? c.title : undefined,
      keepInTouchDays: c.keepInTouchDays ?? null,
      lastInteraction: c.lastInteraction ?? null,
      createdAt: typeof c.createdAt === 'number' ? c.createdAt : undefined,
      handEditedAt: typeof c.handEditedAt === 'number' ? c.handEditedAt : undefined,
      coaching: history.get(c.id) ?? [],
    };
  });
  return { format: 'tact-json', records, skipped: [], ...readSends(b) };
}
