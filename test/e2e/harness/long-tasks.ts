import type { BrowserContext, Page } from 'playwright-core';

export interface LongFrame {
  start: number;
  duration: number;
  /** Script time in this frame per source: the page's own bundle, or chrome-extension:// (Tact). */
  scripts: Array<{ source: string; invoker: string; duration: number }>;
}

declare global {
  interface Window {
    __longTasks?: Array<{ start: number; duration: number }>;
    __longFrames?: LongFrame[];
  }
}

/**
 * Records every long task (≥ 50 ms, the browser's own definition) and every long animation frame
 * with its script attribution, on every page of the context. Call once per context.
 */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (window.__longTasks) return;
    window.__longTasks = [];
    window.__longFrames = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as any[]) {
        window.__longFrames!.push({
          start: entry.startTime,
          duration: entry.duration,
          scripts: (entry.scripts ?? []).map((s: any) => ({
            source: s.sourceURL || s.invoker,
            invoker: s.invoker,
            duration: Math.round(s.duration),
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
}

/** The page's clock now, to keep only the tasks that start after some action. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

export async function longTasksSince(page: Page, since: number): Promise<number[]> {
  return page.evaluate((t) => (window.__longTasks ?? []).filter((task) => task.start >= t).map((task) => Math.round(task.duration)), since);
}

export async function longFramesSince(page: Page, since: number): Promise<LongFrame[]> {
  return page.evaluate((t) => (window.__longFrames ?? []).filter((f) => f.start >= t), since);
}
