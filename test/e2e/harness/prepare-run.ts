import { bundleFixtures } from './bundle-fixtures';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import type { RunDirs } from './paths';
import { snapshotExtension } from './snapshot-extension';

/** Everything a run needs before a browser starts: its copy of the build, the bundled fixtures, the server. */
export async function prepareRun(dirs: RunDirs, withExtension = true): Promise<FixtureServer> {
  if (withExtension) snapshotExtension(dirs.extension);
  await bundleFixtures(dirs.bundles);
  return startFixtureServer(dirs.bundles);
}
