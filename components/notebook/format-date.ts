import type { DayLabels } from '@/lib/db/first-screen';
import { i18n } from '@/runtime/i18n';
import { uiLocale } from '@/runtime/say';

const DAY = 86_400_000;
/** Up to this many days, "last talked" says how long ago; then it gives the date. */
const RELATIVE_DAYS = 60;

// One formatter each for the page, made on first use: toLocaleDateString with options builds a new one (and looks up
// ICU's locale data) on every call, which cost 0.5-10 ms per row and most of each keystroke's time in real Chromium.
let formats: { longAgo: Intl.DateTimeFormat; day: Intl.DateTimeFormat; relative: Intl.RelativeTimeFormat } | undefined;
const intl = () =>
  (formats ??= {
    longAgo: new Intl.DateTimeFormat(uiLocale(), { year: 'numeric', month: 'short', day: 'numeric' }),
    day: new Intl.DateTimeFormat(uiLocale()),
    relative: new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' }),
  });

/**
 * Phrases an earlier page made (the saved first screen), so this page's first paint builds no formatter. They
 * serve only until this page builds its own: then a phrase the key below missed lasts no longer than that.
 */
let known: DayLabels | undefined;

/**
 * What the phrases depend on, told without Intl: Tact's message language, the browser's language and version
 * (its ICU data), and the time zone's offsets now and across the year (a date's day depends on them).
 */
function madeFor(): string {
  const year = new Date().getFullYear();
  const offsets = [Date.now(), new Date(year, 0, 1).getTime(), new Date(year, 6, 1).getTime()].map((t) => new Date(t).getTimezoneOffset());
  const browser = globalThis.navigator;
  return [i18n.t('format.locale'), browser?.language, browser?.userAgent, ...offsets].join('|');
}

/** Uses these saved phrases for "last talked", if they were made for this page's language, browser and time zone. */
export function knowLabels(labels: DayLabels): void {
  if (labels.madeFor === madeFor()) known = labels;
}

let dayPhrases: string[] | undefined;

/** The phrases a first paint needs for rows last talked to at these times: every "n days ago", and each date. */
export function labelsFor(times: readonly (number | null | undefined)[]): DayLabels {
  const { relative, longAgo } = intl();
  dayPhrases ??= Array.from({ length: RELATIVE_DAYS }, (_, d) => relative.format(-d, 'day'));
  const dates: Record<string, string> = {};
  for (const t of times) if (t) dates[t] = longAgo.format(t);
  return { madeFor: madeFor(), days: dayPhrases, dates };
}

/** "today", "yesterday", "12 days ago", then a date: how people say when they last talked. */
export function lastTalked(ms: number | null, now: number): string {
  if (!ms) return i18n.t('dates.never');
  const days = Math.max(0, Math.floor((now - ms) / DAY));
  const saved = formats ? undefined : known;
  if (days < RELATIVE_DAYS) return saved?.days[days] ?? intl().relative.format(-days, 'day');
  return saved?.dates[ms] ?? intl().longAgo.format(ms);
}

export function overdueBy(dueAt: number, now: number): string {
  const days = Math.floor((now - dueAt) / DAY);
  return days <= 0 ? i18n.t('dates.dueToday') : i18n.t('dates.overdue', days);
}

/** A day as the UI language writes it (the coaching history's dates). */
export const shortDate = (ms: number): string => intl().day.format(ms);
