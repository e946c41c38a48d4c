import type { Page, Worker } from 'playwright-core';
import type { TactBrowser } from './launch-browser';

/** The extension's service worker as Playwright knows it (it may not report one restarted after a reload). */
export async function currentWorker(browser: TactBrowser, timeout = 15_000): Promise<Worker> {
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const live = browser.context.serviceWorkers().filter((w) => w.url().startsWith(prefix));
  if (live.length) return live[live.length - 1];
  return browser.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout });
}

interface TargetInfo {
  type: string;
  url: string;
  targetId: string;
}

/** The browser's targets (pages, workers) as the DevTools protocol lists them. */
export async function listTargets(page: Page): Promise<TargetInfo[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos;
  } finally {
    await cdp.detach();
  }
}

/** Waits until the extension's service worker runs (DevTools protocol), e.g. after a reload. */
export async function waitForWorkerTarget(browser: TactBrowser, page: Page, timeout = 15_000): Promise<void> {
  const url = `chrome-extension://${browser.extensionId}/background.js`;
  const deadline = Date.now() + timeout;
  while (!(await listTargets(page)).some((t) => t.type === 'service_worker' && t.url === url)) {
    if (Date.now() > deadline) throw new Error(`no service worker at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Reloads the extension from its folder as an update does (onInstalled fires with reason "update"), over the
 * DevTools protocol. chrome.runtime.reload() would be closer, but headless Chromium leaves an extension
 * loaded from the command line unloaded after it (net::ERR_BLOCKED_BY_CLIENT on its pages).
 */
export async function reloadExtension(browser: TactBrowser, extensionDir: string): Promise<void> {
  const owner = browser.context.browser();
  if (!owner) throw new Error('no browser behind this context');
  const cdp = await owner.newBrowserCDPSession();
  try {
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never)) as { id: string };
    if (id !== browser.extensionId) throw new Error(`reloaded as ${id}, not ${browser.extensionId}`);
  } finally {
    await cdp.detach();
  }
}

/** Errors the page's console shows (the content script's included) and uncaught page errors. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
