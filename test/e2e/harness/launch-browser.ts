import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from './chromium-args';
import { findChromium, missingChromiumMessage } from './find-chromium';
import { extensionDir } from './paths';
import { RequestRecorder } from './request-recorder';

export interface TactBrowser {
  context: BrowserContext;
  extensionId: string;
  recorder: RequestRecorder;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  port: number;
  headless?: boolean;
  /** Keep the profile (the demo reuses it between runs so the notebook survives). */
  userDataDir?: string;
}

/** The real built extension in the real Chromium, with every fixture host pointed at the local server. */
export async function launchTactBrowser({ port, headless = true, userDataDir }: LaunchOptions): Promise<TactBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension copy at ${extensionDir}: call snapshotExtension() after the build (global setup does).`);
  }
  const profile = userDataDir ?? mkdtempSync(join(tmpdir(), 'tact-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(port, extensionDir),
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  const recorder = new RequestRecorder();
  recorder.attach(context);
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    recorder,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      if (!userDataDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
