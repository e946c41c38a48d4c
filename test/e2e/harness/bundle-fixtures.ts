import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sitesDir } from './paths';

/** Entry scripts are the .ts files next to the pages; `_shared/` holds only modules they import. */
function entryPoints(dir = sitesDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('_') ? [] : entryPoints(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Bundles the real editor libraries (Lexical, Draft.js + React, Quill, TipTap) into the fixture
 * pages' scripts, so the pages run the same editor code the networks ship, offline.
 */
export async function bundleFixtures(bundleDir: string): Promise<void> {
  // The pages share one plain frame, served beside their scripts.
  mkdirSync(bundleDir, { recursive: true });
  copyFileSync(join(sitesDir, '_shared', 'page.css'), join(bundleDir, 'page.css'));
  await build({
    entryPoints: entryPoints(),
    outbase: sitesDir,
    outdir: bundleDir,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: false,
    sourcemap: false,
    logLevel: 'warning',
    // React and Draft.js read process.env.NODE_ENV; production keeps their dev warnings quiet.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
}
