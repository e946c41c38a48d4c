import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** Repository root, whatever the working directory the runner was started from. */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const sitesDir = resolve(repoRoot, 'test/fixtures/sites');
/** Bundled fixture scripts and per-run records; gitignored. */
export const tmpDir = resolve(repoRoot, 'test/.tmp');
export const bundleDir = resolve(tmpDir, 'sites');
export const requestLogDir = resolve(tmpDir, 'requests');
/** What `wxt build` writes. */
export const builtExtensionDir = resolve(repoRoot, '.output/chrome-mv3');
/** The copy Chromium loads, so a rebuild during a run cannot pull the extension from under it. */
export const extensionDir = resolve(tmpDir, 'chrome-mv3');
