// What the popup's list shows when it opens (the count, the people due, the first rows), saved after each
// opening so the next one can paint it at once, before the notebook has even been opened (issue 12: the
// notebook's open and first reads cost 50–100 ms in Chromium). Only what those rows display is kept: never
// notes, handles or history. The notebook's own answer replaces it as soon as it comes.
import type { ListOrder } from './order';
import type { Contact, Norm } from './types';

/** What a row of the list or of "due to reconnect" displays, and the id it opens. */
export type ListRow = Pick<Contact, 'id' | 'name' | 'relationship' | 'tags' | 'lastInteraction' | 'dueAt'>;

/**
 * "Last talked" as the saving page phrased it, so that the next first paint needs no Intl: in a fresh page process
 * the first Intl formatter cost 15–25 ms, a third of the first paint. `days[n]` says "n days ago"; `dates` holds the
 * date of each saved row's last interaction, by its time.
 */
export interface DayLabels {
  /** What they were made for (language, browser, time zone: components/notebook/format-date.ts); others are unused. */
  madeFor: string;
  days: string[];
  dates: Record<string, string>;
}

export interface FirstScreen {
  order: ListOrder;
  count: number;
  due: ListRow[];
  rows: ListRow[];
  labels?: DayLabels;
}

/** Bumped when the shape changes: an older save is then ignored, never misread. */
const VERSION = 1;
/** Tags a row shows (ContactList shows three). */
const TAGS = 3;

const norms: readonly Norm[] = ['social', 'market', 'hybrid'];
const isTime = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));

function isRow(r: unknown): r is ListRow {
  if (typeof r !== 'object' || r === null) return false;
  const c = r as Record<string, unknown>;
  return (
    typeof c.id === 'string' &&
    typeof c.name === 'string' &&
    norms.includes(c.relationship as Norm) &&
    Array.isArray(c.tags) &&
    c.tags.every((t) => typeof t === 'string') &&
    isTime(c.lastInteraction ?? undefined) &&
    isTime(c.dueAt ?? undefined)
  );
}

const isText = (v: unknown) => typeof v === 'string';

function isLabels(l: unknown): l is DayLabels {
  if (typeof l !== 'object' || l === null) return false;
  const { madeFor, days, dates } = l as Record<string, unknown>;
  return (
    isText(madeFor) &&
    Array.isArray(days) &&
    days.every(isText) &&
    typeof dates === 'object' &&
    dates !== null &&
    Object.values(dates).every(isText)
  );
}

const row = (c: ListRow): ListRow => ({
  id: c.id,
  name: c.name,
  relationship: c.relationship,
  tags: c.tags.slice(0, TAGS),
  lastInteraction: c.lastInteraction,
  dueAt: c.dueAt,
});

/** The text to save for this screen; null when there is nothing worth saving (an empty notebook). */
export function saveText(screen: FirstScreen, rows: number): string | null {
  if (screen.count === 0) return null;
  return JSON.stringify({ v: VERSION, ...screen, due: screen.due.map(row), rows: screen.rows.slice(0, rows).map(row) });
}

/**
 * The saved screen, if it is one, of this version and for this order; anything else reads as none. Damaged labels
 * are dropped alone: the rows' dates are then phrased afresh.
 */
export function readSaved(text: string | null, order: ListOrder): FirstScreen | null {
  if (!text) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Record<string, unknown>;
  if (s.v !== VERSION || s.order !== order || !Number.isInteger(s.count) || (s.count as number) < 1) return null;
  if (!Array.isArray(s.due) || !Array.isArray(s.rows) || !s.due.every(isRow) || !s.rows.every(isRow)) return null;
  const screen: FirstScreen = { order, count: s.count as number, due: s.due, rows: s.rows };
  return isLabels(s.labels) ? { ...screen, labels: s.labels } : screen;
}
