import type { Page } from 'playwright-core';
import type { TactBrowser } from '../../test/e2e/harness/launch-browser';
import { stopWorkers } from '../../test/e2e/harness/raw-notebook';

/** Long enough, on these machines, for Chromium to end the extension's process once nothing of it runs. */
const PROCESS_GONE_MS = 3000;

type Opening = (browser: TactBrowser) => Promise<number>;

/**
 * Openings as a user meets the popup after a while away: Chromium stops an idle MV3 worker after 30 s, and with
 * no page of the extension open its process ends, so the popup starts in a new process (and builds what a warm
 * one kept, such as ICU's locale data for Intl). Before each opening the workers are stopped from a page outside
 * the extension and the process is given time to go. Returns each opening's milliseconds, `popup` and `blank`
 * taking turns.
 */
export async function coldOpenings(browser: TactBrowser, popup: Opening, blank: Opening, loads: number) {
  const outside: Page = await browser.newPage();
  const popupMs: number[] = [];
  const blankMs: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      for (const [open, into] of [
        [popup, popupMs],
        [blank, blankMs],
      ] as const) {
        await stopWorkers(outside);
        await outside.waitForTimeout(PROCESS_GONE_MS);
        into.push(await open(browser));
      }
    }
  } finally {
    await outside.close();
  }
  return { popupMs, blankMs };
}
