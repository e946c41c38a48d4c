// Developer tool, not part of the bench: where a 10,000-row LinkedIn import's time goes in real Chromium.
// Seeds 10,000 contacts, opens the popup, imports 10,000 new people, and prints the background's and the
// popup's steps (User Timing entries `tact-import:*`, lib/perf/step-timing.ts) beside the bench's two figures
// and IndexedDB's own floor, for several rounds.
// `npx wxt build && npx tsx scripts/bench-e2e/import-breakdown.ts [rounds]`.
import { execSync } from 'node:child_process';
import { launchTactBrowser } from '../../test/e2e/harness/launch-browser';
import { makeRunDirs } from '../../test/e2e/harness/paths';
import { prepareRun } from '../../test/e2e/harness/prepare-run';
import { importLinkedIn, indexedDbFloor, seed } from './notebook-chromium';
import { runMain } from '../run-main';

interface Step {
  name: string;
  duration: number;
}

const steps = (): Step[] =>
  performance
    .getEntriesByType('measure')
    .filter((e) => e.name.startsWith('tact-import:'))
    .map((e) => ({ name: e.name.slice('tact-import:'.length), duration: e.duration }));

async function main(): Promise<number> {
  const rounds = Number(process.argv[2] ?? 3);
  const dirs = makeRunDirs();
  const server = await prepareRun(dirs);
  const browser = await launchTactBrowser({ port: server.port, extensionDir: dirs.extension });
  try {
    const url = `chrome-extension://${browser.extensionId}/popup.html`;
    for (let r = 0; r < rounds; r++) {
      const page = await browser.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(url);
      await page.locator('.search[data-count], .first-run').first().waitFor();
      await seed(page, 10_000);
      await page.goto(url);
      await page.locator('.search[data-count="10000"]').waitFor();
      // Let the popup read its search index and run its first sync round, as a user's popup would have.
      await page.waitForTimeout(3000);
      const worker = browser.context.serviceWorkers()[0];
      await worker.evaluate(() => performance.clearMeasures());
      await page.evaluate(() => performance.clearMeasures());
      const load = execSync('cat /proc/loadavg').toString().split(' ')[0];
      const { previewMs, importMs, created } = await importLinkedIn(page, 10_000);
      await page.waitForTimeout(2500);
      const all = [...(await worker.evaluate(steps)), ...(await page.evaluate(steps))];
      const floor = await indexedDbFloor(page);
      const line = all.map((s) => `${s.name} ${s.duration.toFixed(0)}`).join(', ');
      console.log(
        `round ${r + 1} (load ${load}): preview ${previewMs.toFixed(0)} + import ${importMs.toFixed(0)} = ${(previewMs + importMs).toFixed(0)} ms, ` +
          `${created} new; floor put ${floor.putMs.toFixed(0)} getAll ${floor.getAllMs.toFixed(0)}\n  ${line}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

runMain(main);
