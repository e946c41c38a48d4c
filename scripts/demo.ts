import { join } from 'node:path';
import { findChromium, missingChromiumMessage } from '../test/e2e/harness/find-chromium';
import { launchTactBrowser } from '../test/e2e/harness/launch-browser';
import { makeRunDirs, tmpDir } from '../test/e2e/harness/paths';
import { prepareRun } from '../test/e2e/harness/prepare-run';
import { startPageHtml } from './demo/start-page';
import { runMain } from './run-main';

// `npm run demo`: the built extension in a visible Chromium, on the fixture copies of every
// network's composer. The profile is kept in test/.tmp/demo-profile so the notebook survives runs.

function noDisplay(): boolean {
  return process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
}

async function main(): Promise<number> {
  // --check: the same start-up, headless, then open one network and exit: proves the demo works
  // on machines without a screen (CI), where the real demo cannot open a window.
  const check = process.argv.includes('--check');
  if (!check && noDisplay()) {
    console.error(
      'demo: no display here (neither DISPLAY nor WAYLAND_DISPLAY is set). `npm run demo` opens a visible browser window, ' +
        'so run it from a desktop session. On a headless machine use `npm run test:e2e`, which runs the same pages in headless Chromium.',
    );
    return 1;
  }
  const chromium = findChromium();
  if (!chromium) {
    console.error(`demo: ${missingChromiumMessage}`);
    return 1;
  }
  if (/google-chrome|Google Chrome|chrome\.exe/.test(chromium)) {
    console.warn(
      'demo: using Google Chrome; branded Chrome 137+ ignores --load-extension. If Tact does not appear, set CHROME_PATH to Chromium.',
    );
  }
  // A fixed extension path keeps the extension id, so the notebook in the demo profile survives runs.
  const dirs = makeRunDirs(check ? 'demo-check-run' : 'demo-run');
  const server = await prepareRun(dirs);
  const browser = await launchTactBrowser({
    port: server.port,
    extensionDir: dirs.extension,
    headless: check,
    userDataDir: join(tmpDir, check ? 'demo-check-profile' : 'demo-profile'),
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\ndemo: stopping');
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  browser.context.on('close', stop);

  const [first] = browser.context.pages();
  const page = first ?? (await browser.newPage());
  await page.setContent(startPageHtml());
  console.log(`demo: Tact ${browser.extensionId} loaded in ${chromium}; fixture server on 127.0.0.1:${server.port}. Ctrl-C to stop.`);
  if (check) {
    await page.getByRole('link', { name: 'https://www.facebook.com/' }).click();
    await page.locator('tact-coach').first().waitFor({ state: 'attached' });
    console.log(`demo --check: start page and ${page.url()} work, the coach is on it.`);
    await stop();
  }
  return new Promise<number>(() => undefined); // runs until Ctrl-C or the window closes
}

runMain(main);
