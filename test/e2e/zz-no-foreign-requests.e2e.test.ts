import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocal, type RecordedRequest } from './harness/request-recorder';
import { run, skipReason } from './harness/use-browser';

// Runs last (files run in name order): Tact promises no network requests, ever, so the whole
// suite's traffic, pages and extension service worker alike, must have stayed on this machine.
describe.skipIf(skipReason)('the whole e2e suite', () => {
  test('made no request off 127.0.0.1', () => {
    const logs = readdirSync(run.requests).filter((f) => f.endsWith('.json'));
    const all = logs.flatMap((f) =>
      (JSON.parse(readFileSync(join(run.requests, f), 'utf8')) as RecordedRequest[]).map((r) => ({ ...r, file: f })),
    );
    // `origin` is 'null' for chrome-extension: URLs; protocol + host names them.
    const origins = [
      ...new Set(
        all.map((r) => {
          const u = new URL(r.url);
          return `${u.protocol}//${u.host}`;
        }),
      ),
    ].sort();
    console.log(`[e2e] ${all.length} requests from ${logs.length} files; origins seen:\n  ${origins.join('\n  ')}`);
    expect(logs.length).toBeGreaterThan(0);
    expect(all.filter((r) => !isLocal(r.url))).toEqual([]);
  });
});
