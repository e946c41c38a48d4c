import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { findChromium, missingChromiumMessage } from './find-chromium';
import { makeRunDirs } from './paths';
import { prepareRun } from './prepare-run';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturePort: number;
    /** This run's folder (extension copy, fixture bundles, request logs): see paths.ts. */
    runDir: string;
    /** Empty when Chromium is there; otherwise why every e2e file skips. */
    skipReason: string;
  }
}

/** One bundle and one server for the whole run; each test file brings its own browser context. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  if (!chromiumPath && process.env.CI) throw new Error(missingChromiumMessage);
  if (!chromiumPath) console.warn(`[e2e] skipped: ${missingChromiumMessage}`);
  const dirs = makeRunDirs();
  const server = await prepareRun(dirs, !!chromiumPath);
  project.provide('fixturePort', server.port);
  project.provide('runDir', dirs.root);
  project.provide('skipReason', chromiumPath ? '' : missingChromiumMessage);
  return async () => {
    await server.close();
    rmSync(dirs.root, { recursive: true, force: true });
  };
}
