import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { builtExtensionDir } from './paths';

/**
 * Copies the built extension to the folder Chromium loads. A `wxt build` started while the suite
 * runs (another terminal, a watcher) empties .output first; the copy keeps every file of the run
 * on the same build.
 */
export function snapshotExtension(extensionDir: string): void {
  if (!existsSync(join(builtExtensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${builtExtensionDir}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  rmSync(extensionDir, { recursive: true, force: true });
  cpSync(builtExtensionDir, extensionDir, { recursive: true });
}
