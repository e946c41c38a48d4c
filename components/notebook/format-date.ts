import { i18n } from '@/runtime/i18n';
import { uiLocale } from '@/runtime/say';

const DAY = 86_400_000;

// One formatter each for the page, made on first use: toLocaleDateString with options builds a new one (and looks up
// ICU's locale data) on every call, which cost 0.5-10 ms per row and most of each keystroke's time in real Chromium.
let formats: { longAgo: Intl.DateTimeFormat; day: Intl.DateTimeFormat; relative: Intl.RelativeTimeFormat } | undefined;
const intl = () =>
  (formats ??= {
    longAgo: new Intl.DateTimeFormat(uiLocale(), { year: 'numeric', month: 'short', day: 'numeric' }),
    day: new Intl.DateTimeFormat(uiLocale()),
    relative: new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' }),
  });

/** "today", "yesterday", "12 days ago", then a date: how people say when they last talked. */
export function lastTalked(ms: number | null, now: number): string {
  if (!ms) return i18n.t('dates.never');
  const days = Math.floor((now - ms) / DAY);
  if (days < 60) return intl().relative.format(-Math.max(0, days), 'day');
  return intl().longAgo.format(ms);
}

export function overdueBy(dueAt: number, now: number): string {
  const days = Math.floor((now - dueAt) / DAY);
  return days <= 0 ? i18n.t('dates.dueToday') : i18n.t('dates.overdue', days);
}

/** A day as the UI language writes it (the coaching history's dates). */
export const shortDate = (ms: number): string => intl().day.format(ms);
