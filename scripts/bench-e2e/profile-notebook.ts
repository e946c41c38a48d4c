// Developer tool, not part of the bench: a CPU profile (CDP Profiler) of the popup opening with 10,000
// contacts, then of typing a search, then of a 10,000-row import; prints the functions with the most
// self time; `marks` prints when the app, the count and the rows first show on six reloads.
// `npx wxt build && npx tsx scripts/bench-e2e/profile-notebook.ts [marks|open|search|import]`.
import type { CDPSession, Page } from 'playwright-core';
import { syntheticConnectionsCsv } from '../../bench/notebook-data';
import { launchTactBrowser } from '../../test/e2e/harness/launch-browser';
import { makeRunDirs } from '../../test/e2e/harness/paths';
import { prepareRun } from '../../test/e2e/harness/prepare-run';
import { seed } from './notebook-chromium';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

function top(profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] }, n = 25): string {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  const total = [...byFn.values()].reduce((a, b) => a + b, 0);
  const rows = [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [`total ${(total / 1000).toFixed(0)} ms`, ...rows.map(([k, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`)].join('\n');
}

async function profiled<T>(cdp: CDPSession, run: () => Promise<T>): Promise<string> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  return top(profile as never);
}

async function main() {
  const what = process.argv[2] ?? 'open';
  const dirs = makeRunDirs();
  const server = await prepareRun(dirs);
  const browser = await launchTactBrowser({ port: server.port, extensionDir: dirs.extension });
  try {
    const url = `chrome-extension://${browser.extensionId}/popup.html`;
    const page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(url);
    await page.locator('.search[data-count], .first-run').first().waitFor();
    await seed(page, 10_000);
    await page.goto(url);
    await page.locator('.search[data-count="10000"]').waitFor();
    const cdp = await page.context().newCDPSession(page);
    if (what === 'marks') {
      await page.addInitScript(`
        window.__marks = {};
        const mark = (k) => (window.__marks[k] ??= Math.round(performance.now()));
        new MutationObserver(() => {
          if (document.querySelector('#app *')) mark('app');
          if (document.querySelector('.search')) mark('search');
          if (document.querySelector('.search[data-count]')) mark('count');
          if (document.querySelector('.contact-row')) mark('rows');
        }).observe(document, { childList: true, subtree: true, attributes: true });
        document.addEventListener('DOMContentLoaded', () => mark('dcl'));
      `);
      for (let i = 0; i < 6; i++) {
        await page.reload();
        await page.locator('.search[data-count="10000"]').waitFor();
        await page.locator('.contact-row').first().waitFor();
        await page.waitForTimeout(500);
        const nav = await page.evaluate(() => {
          const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return {
            domInteractive: Math.round(n.domInteractive),
            ...(window as unknown as { __marks: object }).__marks,
          };
        });
        console.log(JSON.stringify(nav));
      }
    } else if (what === 'open') {
      console.log(
        await profiled(cdp, async () => {
          await page.reload();
          await page.locator('.search[data-count="10000"]').waitFor();
          await page.waitForTimeout(3000);
        }),
      );
    } else if (what === 'search') {
      await page.waitForTimeout(3000);
      console.log(
        await profiled(cdp, async () => {
          await page.locator('.search').focus();
          for (const w of ['marc du', 'zoe', 'client', 'hiking']) {
            await page.locator('.search').fill('');
            await page.keyboard.type(w, { delay: 50 });
            await page.locator(`.list-view[data-shown-query="${w}"]`).waitFor();
          }
        }),
      );
    } else {
      await page.getByRole('tab', { name: 'Import / export' }).click();
      console.log(
        await profiled(cdp, async () => {
          const t0 = Date.now();
          await page.getByLabel('Choose a file to import').setInputFiles({
            name: 'Connections.csv',
            mimeType: 'text/csv',
            buffer: Buffer.from(syntheticConnectionsCsv(10_000)),
          });
          await page.locator('.import .preview').waitFor();
          const t1 = Date.now();
          await page.getByRole('button', { name: 'Import', exact: true }).click();
          await page.locator('.import .done').waitFor();
          console.log(`preview ${t1 - t0} ms, import ${Date.now() - t1} ms`);
        }),
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
