import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** Repository root, whatever the working directory the runner was started from. */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const sitesDir = resolve(repoRoot, 'test/fixtures/sites');
/** Bundled fixture scripts and per-run records; gitignored. */
export const tmpDir = resolve(repoRoot, 'test/.tmp');
export const bundleDir = resolve(tmpDir, 'sites');
export const requestLogDir = resolve(tmpDir, 'requests');
export const extensionDir = resolve(repoRoot, '.output/chrome-mv3');
