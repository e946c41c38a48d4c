import type { TestProject } from 'vitest/node';
import { mkdirSync, rmSync } from 'node:fs';
import { bundleFixtures } from './bundle-fixtures';
import { findChromium, missingChromiumMessage } from './find-chromium';
import { startFixtureServer } from './fixture-server';
import { requestLogDir } from './paths';
import { snapshotExtension } from './snapshot-extension';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturePort: number;
    /** Empty when Chromium is there; otherwise why every e2e file skips. */
    skipReason: string;
  }
}

/** One bundle and one server for the whole run; each test file brings its own browser context. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  if (!chromiumPath && process.env.CI) throw new Error(missingChromiumMessage);
  if (!chromiumPath) console.warn(`[e2e] skipped: ${missingChromiumMessage}`);
  rmSync(requestLogDir, { recursive: true, force: true });
  mkdirSync(requestLogDir, { recursive: true });
  if (chromiumPath) snapshotExtension();
  await bundleFixtures();
  const server = await startFixtureServer();
  project.provide('fixturePort', server.port);
  project.provide('skipReason', chromiumPath ? '' : missingChromiumMessage);
  return () => server.close();
}
