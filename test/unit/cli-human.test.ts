import { describe, expect, test } from 'vitest';
import { classify } from '../../lib/classifier';
import { runScript } from './cli-spawn';

const DRAFT = 'So happy for you both!\nBy the way, use my referral link for 20% off your first order, and DM me to join my team.';

describe('classify for a person', () => {
  test('prints the verdict and marks each flagged span with ^^^ under it, without colour in a pipe', async () => {
    const expected = classify({ text: DRAFT, network: 'facebook' });
    expect(expected.findings.length).toBeGreaterThan(0); // the draft must exercise the marking

    const { code, stdout, stderr } = await runScript('cli/classify.ts', [DRAFT, '--network', 'facebook']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toContain('\x1b[');
    expect(stdout).toContain(expected.norm.reason);
    expect(stdout).toMatch(new RegExp(`^${expected.level.toUpperCase()}:`));

    const lines = stdout.split('\n');
    for (const f of expected.findings) {
      // The marker line sits right under the context line, its carets exactly under the flagged words.
      const at = lines.findIndex((line, i) => {
        const caret = lines[i + 1]?.indexOf('^') ?? -1;
        return caret >= 0 && line.slice(caret, caret + f.actual.length) === f.actual.replace(/\s/g, ' ');
      });
      expect(at, `no marked line for "${f.actual}"`).toBeGreaterThanOrEqual(0);
      expect(lines[at + 1].trim()).toBe('^'.repeat(f.actual.length));
      expect(stdout).toContain(f.note);
      expect(stdout).toContain(f.suggestion);
    }
  });

  test('reads the draft from stdin when no text is given', async () => {
    const { code, stdout } = await runScript('cli/classify.ts', ['--network', 'linkedin', '--audience', 'social'], DRAFT + '\n');
    expect(code).toBe(0);
    expect(stdout).toContain(classify({ text: DRAFT, network: 'linkedin', audience: 'social' }).norm.reason);
  });

  test('an unknown network is a clear error on stderr and exit 2', async () => {
    const { code, stdout, stderr } = await runScript('cli/classify.ts', ['hello', '--network', 'friendster']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown network "friendster" \(known: .*linkedin/);
  });
});
