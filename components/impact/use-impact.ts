import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { TactDb } from '@/lib/db/schema';
import { impactSummary } from '@/lib/db/send-outcomes';
import type { ImpactSummary } from '@/lib/impact/summarize';

/** The Impact figures through Dexie liveQuery: an outcome the background records shows up at once. */
export function useImpact(db: TactDb, now?: number): ImpactSummary | null {
  const [summary, setSummary] = useState<ImpactSummary | null>(null);
  useEffect(() => {
    const sub = liveQuery(() => impactSummary(db, now ?? Date.now())).subscribe({
      next: setSummary,
      error: () => setSummary(null),
    });
    return () => sub.unsubscribe();
  }, [db, now]);
  return summary;
}
