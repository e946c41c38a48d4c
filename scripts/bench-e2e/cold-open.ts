import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TactBrowser } from '../../test/e2e/harness/launch-browser';
import { stopWorkers } from '../../test/e2e/harness/raw-notebook';

/** How long the extension's process may take to end once nothing of it runs; in practice under 50 ms. */
const PROCESS_GONE_MS = 10_000;
/** Where /proc is missing (not Linux), the process cannot be watched: this long has always been enough. */
const UNWATCHED_WAIT_MS = 3000;

type Opening = (browser: TactBrowser) => Promise<number>;

/** Whether Chromium's extension renderer runs: it is started with `--extension-process` (Linux's /proc). */
function extensionProcessRuns(): boolean {
  return readdirSync('/proc').some((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('--extension-process');
    } catch {
      return false; // ended while listed
    }
  });
}

/** Stops the extension's workers from a page outside it, then waits until its process has ended. */
async function letProcessGo(outside: Page): Promise<void> {
  await stopWorkers(outside);
  if (!existsSync('/proc')) return outside.waitForTimeout(UNWATCHED_WAIT_MS);
  const end = Date.now() + PROCESS_GONE_MS;
  while (extensionProcessRuns()) {
    if (Date.now() > end) throw new Error(`the extension's process still runs ${PROCESS_GONE_MS} ms after its workers stopped`);
    await outside.waitForTimeout(20);
  }
}

/**
 * Openings as a user meets the popup after a while away: Chromium stops an idle MV3 worker after 30 s, and with
 * no page of the extension open its process ends, so the popup starts in a new process (and builds what a warm
 * one kept, such as ICU's locale data for Intl). Chromium may hand it a spare renderer started ahead, so the
 * process's own launch is not always inside the figure. No page of the extension may be open. Returns each
 * opening's milliseconds, `popup` and `blank` taking turns.
 */
export async function coldOpenings(browser: TactBrowser, popup: Opening, blank: Opening, loads: number) {
  const outside: Page = await browser.newPage();
  const popupMs: number[] = [];
  const blankMs: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      await letProcessGo(outside);
      popupMs.push(await popup(browser));
      await letProcessGo(outside);
      blankMs.push(await blank(browser));
    }
  } finally {
    await outside.close();
  }
  return { popupMs, blankMs };
}
