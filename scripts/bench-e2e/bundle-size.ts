import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every content script the build ships: what each page on a coached network downloads and parses. */
export function contentScriptSizes(extensionDir: string): ScriptSize[] {
  const dir = join(extensionDir, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const body = readFileSync(join(dir, f));
      return { file: `content-scripts/${f}`, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    });
}
