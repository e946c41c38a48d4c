const DAY = 86_400_000;

/** "today", "yesterday", "12 days ago", then a date: how people say when they last talked. */
export function lastTalked(ms: number | null, now: number): string {
  if (!ms) return 'never';
  const days = Math.floor((now - ms) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function overdueBy(dueAt: number, now: number): string {
  const days = Math.floor((now - dueAt) / DAY);
  return days <= 0 ? 'due today' : `${days} day${days === 1 ? '' : 's'} overdue`;
}
