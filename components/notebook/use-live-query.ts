import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Subscribe to a query while its inputs stay the same; a new input replaces the subscription. */
export function useLiveQuery<T>(run: () => Promise<T>, deps: unknown[], initial: T): { data: T; loaded: boolean } {
  const [state, setState] = useState({ data: initial, loaded: false });
  useEffect(() => {
    const sub = liveQuery(run).subscribe({
      next: (data) => setState({ data, loaded: true }),
      error: () => setState({ data: initial, loaded: true }),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
