import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { mkdirSync, mkdtempSync } from 'node:fs';

/** Repository root, whatever the working directory the runner was started from. */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const sitesDir = resolve(repoRoot, 'test/fixtures/sites');
/** Per-run folders, demo profile, screenshots of the last run; gitignored. */
export const tmpDir = resolve(repoRoot, 'test/.tmp');
/** What `wxt build` writes. */
export const builtExtensionDir = resolve(repoRoot, '.output/chrome-mv3');

/** Where one run keeps its copy of the extension, its bundled fixture scripts and its request logs. */
export interface RunDirs {
  root: string;
  extension: string;
  bundles: string;
  requests: string;
}

export function runDirsAt(root: string): RunDirs {
  return { root, extension: join(root, 'chrome-mv3'), bundles: join(root, 'sites'), requests: join(root, 'requests') };
}

/**
 * A fresh folder per run, so two runs at once (two terminals, two people in one tree) never
 * delete each other's files. `fixed` names a stable one instead: the demo keeps its extension path,
 * hence its extension id and the notebook stored under it.
 */
export function makeRunDirs(fixed?: string): RunDirs {
  mkdirSync(tmpDir, { recursive: true });
  const dirs = runDirsAt(fixed ? join(tmpDir, fixed) : mkdtempSync(join(tmpDir, 'run-')));
  mkdirSync(dirs.requests, { recursive: true });
  return dirs;
}
