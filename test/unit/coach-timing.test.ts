import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CHECK_DELAY_MS, debounce } from '@/lib/composers/debounce';
import { cachedResolver } from '@/entrypoints/coach.content/contact-cache';

const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id: number) => clearTimeout(id),
};

describe('re-check after a pause in typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a burst of keystrokes is checked once, 300 ms after the last one', () => {
    const check = vi.fn();
    const d = debounce(check, CHECK_DELAY_MS, timers);
    for (let i = 0; i < 20; i++) {
      d.trigger();
      vi.advanceTimersByTime(100); // typing at 10 keys a second never reaches the 300 ms pause
    }
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(199);
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(1);
  });

  test('flush runs a pending check now; cancel drops it', () => {
    const check = vi.fn();
    const d = debounce(check, CHECK_DELAY_MS, timers);
    d.trigger();
    d.flush();
    expect(check).toHaveBeenCalledTimes(1);
    d.trigger();
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(check).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });
});

describe('notebook look-ups are cached per handle', () => {
  test('one look-up per handle while fresh, case-insensitive; a new look-up after the TTL', async () => {
    let now = 0;
    const resolve = vi.fn(async () => null);
    const get = cachedResolver(resolve, 1000, () => now);
    await get({ network: 'x', handle: 'Sam' });
    await get({ network: 'x', handle: 'sam' });
    expect(resolve).toHaveBeenCalledTimes(1);
    now = 1500;
    await get({ network: 'x', handle: 'sam' });
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  test('a failure (background asleep) is not remembered', async () => {
    const resolve = vi.fn().mockRejectedValueOnce(new Error('no answer')).mockResolvedValue(null);
    const get = cachedResolver(resolve);
    await expect(get({ network: 'x', handle: 'sam' })).rejects.toThrow('no answer');
    await expect(get({ network: 'x', handle: 'sam' })).resolves.toBeNull();
  });
});
