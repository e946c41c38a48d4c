import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    __longTasks?: Array<{ start: number; duration: number }>;
  }
}

/** Records every long task (≥ 50 ms by the browser's own definition) on every page of the context. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's clock now, to keep only the tasks that start after some action. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

export async function longTasksSince(page: Page, since: number): Promise<number[]> {
  return page.evaluate((t) => (window.__longTasks ?? []).filter((task) => task.start >= t).map((task) => Math.round(task.duration)), since);
}
