import { afterAll, beforeAll, inject } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchTactBrowser, type TactBrowser } from './launch-browser';
import { runDirsAt } from './paths';
import type { RequestRecorder } from './request-recorder';

/** Why the e2e files skip ('' when they run): no Chromium on a machine without CI set. */
export const skipReason = inject('skipReason');
/** This run's folders, made by the global setup. */
export const run = runDirsAt(inject('runDir'));

/** Starts Chromium with this run's extension copy, pointed at this run's fixture server. */
export function launchForRun(userDataDir?: string, lang?: string): Promise<TactBrowser> {
  return launchTactBrowser({ port: inject('fixturePort'), extensionDir: run.extension, userDataDir, lang });
}

/**
 * One browser context per test file (launching is the slow part), torn down after the file.
 * The requests it made are written out for the suite-wide check in the last file.
 */
export function useTactBrowser(name: string, lang?: string): { readonly current: TactBrowser } {
  let browser: TactBrowser | undefined;
  beforeAll(async () => {
    if (skipReason) return;
    browser = await launchForRun(undefined, lang);
  });
  afterAll(async () => {
    if (!browser) return;
    saveRequestLog(name, browser.recorder);
    await browser.close();
  });
  return {
    get current(): TactBrowser {
      if (!browser) throw new Error('browser not launched (beforeAll failed or suite skipped)');
      return browser;
    },
  };
}

/** Keeps what a browser requested for the suite-wide check in zz-no-foreign-requests. */
export function saveRequestLog(name: string, recorder: RequestRecorder): void {
  writeFileSync(join(run.requests, `${name}.json`), JSON.stringify(recorder.requests, null, 1));
}
