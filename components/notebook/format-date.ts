const DAY = 86_400_000;
// One formatter for the page: toLocaleDateString with options builds a new one (and looks up ICU's locale
// data) on every call, which cost 0.5-10 ms per row and most of each keystroke's time in real Chromium.
const longAgo = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** "today", "yesterday", "12 days ago", then a date: how people say when they last talked. */
export function lastTalked(ms: number | null, now: number): string {
  if (!ms) return 'never';
  const days = Math.floor((now - ms) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  return longAgo.format(ms);
}

export function overdueBy(dueAt: number, now: number): string {
  const days = Math.floor((now - dueAt) / DAY);
  return days <= 0 ? 'due today' : `${days} day${days === 1 ? '' : 's'} overdue`;
}
