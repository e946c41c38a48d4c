// What a readable record looks like. Tact writes only records of these shapes, but a record written by hand,
// by a broken older build or by another tool may not be one; such a record is skipped (and counted) wherever
// the notebook is read for showing or exporting, so one bad row never takes the list or the coach down.
import type { CoachingEvent, Contact, SendFingerprint, SendOutcome } from './types';

type Rec = Record<string, unknown>;
const isObj = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const strs = (v: unknown) => Array.isArray(v) && v.every(isStr);
const optional = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
const numOrNull = (v: unknown) => v === null || isNum(v);
const oneOf = (v: unknown, values: readonly string[]) => isStr(v) && values.includes(v);

const isHandle = (h: unknown) => isObj(h) && isStr(h.network) && isStr(h.handle) && optional(h.profileUrl, isStr);

export function isContactRecord(c: unknown): c is Contact {
  return (
    isObj(c) &&
    isStr(c.id) &&
    c.id.length > 0 &&
    isStr(c.name) &&
    Array.isArray(c.handles) &&
    c.handles.every(isHandle) &&
    oneOf(c.relationship, ['social', 'market', 'hybrid']) &&
    strs(c.tags) &&
    isStr(c.howWeMet) &&
    isStr(c.notes) &&
    numOrNull(c.keepInTouchDays) &&
    numOrNull(c.lastInteraction) &&
    isNum(c.createdAt) &&
    isNum(c.updatedAt) &&
    strs(c.handleKeys) &&
    optional(c.emails, strs) &&
    optional(c.phones, strs) &&
    optional(c.org, isStr) &&
    optional(c.title, isStr)
  );
}

export function isCoachingRecord(e: unknown): e is CoachingEvent {
  return (
    isObj(e) &&
    isStr(e.contactId) &&
    isStr(e.network) &&
    isNum(e.at) &&
    oneOf(e.level, ['ok', 'caution', 'flip']) &&
    strs(e.categories) &&
    oneOf(e.action, ['edited', 'dismissed', 'posted-anyway']) &&
    optional(e.draftText, isStr)
  );
}

export function isSendOutcomeRecord(o: unknown): o is SendOutcome {
  return (
    isObj(o) &&
    isNum(o.at) &&
    isStr(o.network) &&
    oneOf(o.outcome, ['revised', 'cancelled', 'posted-anyway', 'fixed-before-send']) &&
    strs(o.ruleIds) &&
    strs(o.categories)
  );
}

export function isSendFingerprintRecord(f: unknown): f is SendFingerprint {
  return isObj(f) && isNum(f.at) && isStr(f.network) && isStr(f.recipientKey) && isStr(f.sig) && isNum(f.words);
}

/** The readable records of a list, and how many were not. */
export function readable<T>(rows: readonly unknown[], ok: (r: unknown) => r is T): { rows: T[]; damaged: number } {
  const good = rows.filter(ok);
  return { rows: good, damaged: rows.length - good.length };
}
