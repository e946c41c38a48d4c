import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from './chromium-args';
import { findChromium, missingChromiumMessage } from './find-chromium';
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
  /** The run's copy of the built extension (see snapshot-extension.ts). */
  extensionDir: string;
  headless?: boolean;
  /** Keep the profile (the demo reuses it between runs so the notebook survives). */
  userDataDir?: string;
  /** The browser's UI language ("es"), which picks the extension's _locales; English when unset. */
  lang?: string;
}

/** The real built extension in the real Chromium, with every fixture host pointed at the local server. */
export async function launchTactBrowser({ port, extensionDir, headless = true, userDataDir, lang }: LaunchOptions): Promise<TactBrowser> {
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
    args: [...chromiumArgs(port, extensionDir), ...(lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : [])],
    // Chromium on Linux takes its UI language from the environment; --lang alone is not enough.
    env: lang ? { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` } : undefined,
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

/**
 * Waits until the background has registered the coach for `origin` (an opt-in site). It does so
 * at every service-worker start from the granted hosts; a page opened before that gets no coach,
 * as a tab opened in the first instant after Chrome starts would not.
 */
export async function waitForSiteRegistration(browser: TactBrowser, origin: string, timeout = 10_000): Promise<void> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('extension service worker not running');
  const deadline = Date.now() + timeout;
  for (;;) {
    const matches: string[] = await worker.evaluate(async () =>
      ((await (globalThis as any).chrome.scripting.getRegisteredContentScripts()) as Array<{ matches?: string[] }>).flatMap(
        (s) => s.matches ?? [],
      ),
    );
    if (matches.some((m) => m.startsWith(origin))) return;
    if (Date.now() > deadline) throw new Error(`no content script registered for ${origin}; registered: ${matches.join(', ') || 'none'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens one of Tact's own pages (popup.html, options.html?site=…) in a tab, as a test would the popup. */
export async function openExtensionPage(browser: TactBrowser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}
