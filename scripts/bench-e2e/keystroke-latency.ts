import type { Page } from 'playwright-core';
import type { TactBrowser } from '../../test/e2e/harness/launch-browser';
import { openFixture } from '../../test/e2e/harness/page-helpers';

export interface LatencyCase {
  name: string;
  url: string;
  editor: string;
  /** Typed last, one key at a time: the final key turns the verdict (e.g. "DM me to orde" + "r"). */
  trigger: string;
  slot?: string;
}

/** Ordinary prose of about `chars` characters, which no norm flags, ending in a space. */
export function cleanBody(chars: number): string {
  const sentence = 'We walked along the river after lunch and talked about the garden, the kids and the summer. ';
  return (
    sentence
      .repeat(Math.ceil(chars / sentence.length))
      .slice(0, chars - 1)
      .trimEnd() + ' '
  );
}

declare global {
  interface Window {
    __bench?: { keydown: number; levelAt: number; level: string };
  }
}

/**
 * One sample: a fresh composer holding `body` + all of the trigger but its last key (verdict settled),
 * then the last key. The latency runs from that key's keydown to the badge's data-level change, both
 * on the page's clock, so it includes the debounce, the check and the badge update.
 */
async function sample(page: Page, c: LatencyCase, body: string): Promise<number> {
  await page.evaluate((slot) => window.__fixture.remount(slot), c.slot);
  const editor = page.locator(c.editor).first();
  await editor.click();
  await page.keyboard.insertText(body + c.trigger.slice(0, -1));
  await page.locator('tact-coach[data-level="ok"]').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(450);
  await page.evaluate(() => {
    const bench = { keydown: 0, levelAt: 0, level: '' };
    window.__bench = bench;
    document.addEventListener(
      'keydown',
      () => {
        bench.keydown = performance.now();
      },
      { capture: true, once: true },
    );
    new MutationObserver((records, observer) => {
      const host = records[0]!.target as Element;
      bench.levelAt = performance.now();
      bench.level = host.getAttribute('data-level') ?? '';
      observer.disconnect();
    }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-level'] });
  });
  await page.keyboard.type(c.trigger.slice(-1));
  await page.waitForFunction(() => window.__bench!.levelAt > 0, null, { timeout: 5_000 });
  const { keydown, levelAt, level } = await page.evaluate(() => window.__bench!);
  if (level === 'ok') throw new Error(`${c.name}: the last key did not change the verdict`);
  return levelAt - keydown;
}

export async function measureLatency(browser: TactBrowser, c: LatencyCase, chars: number, samples: number): Promise<number[]> {
  const page = await browser.newPage();
  await openFixture(page, c.url);
  const body = cleanBody(chars - c.trigger.length);
  const out: number[] = [];
  await sample(page, c, body); // warm-up: first check compiles the rules
  for (let i = 0; i < samples; i++) out.push(await sample(page, c, body));
  await page.close();
  return out;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
