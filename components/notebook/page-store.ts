import { useEffect, useState } from 'preact/hooks';

/**
 * A value the popup's views share for the page's lifetime: set from anywhere (a query, the sync driver), read
 * by every mounted view through `use`, including views loaded later, which start from the latest value.
 */
export function pageStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<(v: T) => void>();
  return {
    get: (): T => value,
    set(next: T): void {
      value = next;
      listeners.forEach((l) => l(next));
    },
    use(): T {
      const [current, setCurrent] = useState(value);
      useEffect(() => {
        listeners.add(setCurrent);
        return () => void listeners.delete(setCurrent);
      }, []);
      return current;
    },
  };
}
