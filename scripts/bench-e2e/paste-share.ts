import type { TactBrowser } from '../../test/e2e/harness/launch-browser';
import { MainThreadTrace } from '../../test/e2e/harness/main-thread-trace';
import { bigDraft, openFixture, pasteInto } from '../../test/e2e/harness/page-helpers';
import type { LatencyCase } from './keystroke-latency';

export interface PasteShare {
  /** The page's own paste task, ms. */
  pasteTaskMs: number;
  /** Tact's thread time inside that task, ms. */
  tactInPasteMs: number;
  /** Tact's longest own task (the debounced check) in the 3 s after the paste, ms of CPU. */
  longestTactTaskMs: number;
}

/**
 * The absolute side of the e2e paste check (test/e2e/coach-resilience asserts the structure in
 * calibration units): 100 KB pasted, then how long Tact ran inside the page's paste task and in its own tasks.
 */
export async function measurePaste(browser: TactBrowser, c: LatencyCase, plain: boolean): Promise<PasteShare> {
  const page = await browser.context.newPage();
  try {
    await openFixture(page, c.url);
    const trace = await MainThreadTrace.start(page);
    await pasteInto(page, page.locator(c.editor).first(), bigDraft(100_000), !plain);
    await page.waitForTimeout(3_000);
    const tasks = await trace.stop();
    const paste = tasks.filter((t) => !t.isTacts).sort((a, b) => b.duration - a.duration)[0];
    const own = tasks.filter((t) => t.isTacts).map((t) => t.cpu);
    return { pasteTaskMs: paste?.duration ?? 0, tactInPasteMs: paste?.tact ?? 0, longestTactTaskMs: Math.max(0, ...own) };
  } finally {
    await page.close();
  }
}
