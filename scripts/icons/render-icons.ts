import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sizes both stores and both browsers ask for: toolbar (16, 32), extensions page (48, 96), store (128). */
export const iconSizes = [16, 32, 48, 96, 128] as const;

/** Where each size lands inside the built extension, as the manifest names it. */
export const iconPath = (size: number): string => `icon/${size}.png`;

/** The manifest's `icons` map, also used for the toolbar button's `default_icon`. */
export const iconManifest: Record<string, string> = Object.fromEntries(iconSizes.map((s) => [String(s), iconPath(s)]));

/**
 * Renders the one SVG source at every size into `outDir` and returns the files written. Rendering
 * each size from the vector (rather than scaling one PNG down) keeps the 16 px icon sharp.
 */
export function renderIcons(svgFile: string, outDir: string): { size: number; file: string }[] {
  const svg = readFileSync(svgFile);
  mkdirSync(join(outDir, 'icon'), { recursive: true });
  return iconSizes.map((size) => {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    const file = join(outDir, iconPath(size));
    writeFileSync(file, png);
    return { size, file };
  });
}
