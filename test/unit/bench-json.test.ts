import { describe, expect, test } from 'vitest';
import { runScript } from './cli-spawn';

// Shape only: --quick takes a sample or two, so no timing is asserted here (the bench itself reports them).
describe('npm run bench -- --json', () => {
  test('prints one JSON object on the last stdout line, with the classifier figures and budgets', async () => {
    const { code, stdout, stderr } = await runScript('bench/index.ts', ['--json', '--quick']);
    expect(code, stderr).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const report = JSON.parse(lines[lines.length - 1]);
    expect(stdout).not.toContain('Tact median'); // the human table goes to stderr in --json mode
    expect(stderr).toContain('Tact median');

    const c = report.classifier;
    for (const key of ['corpus', 'chars280', 'chars3000', 'chars100k']) {
      expect(c[key], key).toMatchObject({ drafts: expect.any(Number), samples: expect.any(Number), alexSamples: expect.any(Number) });
      for (const field of ['medianMs', 'p95Ms', 'alexMedianMs', 'alexP95Ms', 'ratio']) expect(c[key]).toHaveProperty(field);
    }
    for (const key of ['chars280', 'chars3000', 'chars100k']) {
      expect(c[key].drafts).toBeGreaterThan(0);
      expect(c[key].medianMs).toBeGreaterThan(0);
      expect(c[key].alexMedianMs).toBeGreaterThan(0);
    }
    expect(Object.keys(c.budgets).sort()).toEqual(['chars100k', 'chars280', 'chars3000', 'corpusRatio', 'modelLoad']);
    // The learned model's size and load time (issue 7): the section other tools read as classifier.model.
    expect(c.model).toMatchObject({ bytes: expect.any(Number), gzipBytes: expect.any(Number), loadMs: expect.any(Number) });
    expect(c.model.gzipBytes).toBeGreaterThan(1000);
    expect(c.model.gzipBytes).toBeLessThan(c.model.bytes);
    expect(Object.values(c.budgets).every((v) => typeof v === 'boolean')).toBe(true);
    expect(c.quick).toBe(true);
    // The copy-paste check's look-up over 10,000 stored sends (issue 10): outreach.lookupMs.
    const o = report.outreach;
    expect(o).toMatchObject({ stored: 10_000, loadedSends: 10_000, lookupMs: { samples: expect.any(Number) } });
    expect(o.lookupMs.p95Ms).toBeGreaterThan(0);
    expect(o.pitchRecipients).toBeGreaterThanOrEqual(3); // the stored campaign is found
    expect(typeof o.budgets.lookupMs).toBe('boolean');
    // A whole bench process (tsx start-up, the notebook's 10,000 contacts) on a shared 2-core machine:
    // Vitest's 5 s default made this shape test fail on the machine's speed, not on the shape.
  }, 60_000);

  test('an unknown option is refused with exit 2', async () => {
    const { code, stderr } = await runScript('bench/index.ts', ['--fast']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown option --fast/);
  });
});
