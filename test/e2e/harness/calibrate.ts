import type { Page } from 'playwright-core';

/**
 * How fast this page's main thread runs plain script right now, in ms per reference unit: the
 * median of nine runs of a fixed workload (string building and joining, the kind of work a listener
 * does), about 1 ms on an idle 2-core machine. Timed assertions are written in these units,
 * so a machine (or a CI neighbour) that makes everything 2.5× slower makes the budget 2.5× larger
 * too; absolute budgets belong in `npm run bench:e2e`.
 */
export async function calibrate(page: Page): Promise<number> {
  return page.evaluate(() => {
    const runs: number[] = [];
    for (let r = 0; r < 9; r++) {
      const t0 = performance.now();
      let total = 0;
      for (let k = 0; k < 40; k++) {
        const parts: string[] = [];
        for (let i = 0; i < 500; i++) parts.push(`word${(i * 7919 + k) % 1000}`);
        total += parts.join(' ').length;
      }
      runs.push(performance.now() - t0 + (total < 0 ? 1 : 0));
    }
    return runs.sort((a, b) => a - b)[4];
  });
}
