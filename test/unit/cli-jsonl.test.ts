import { describe, expect, test } from 'vitest';
import { classify } from '../../lib/classifier';
import { runScript } from './cli-spawn';

// One spawn per scenario: the streaming mode is the contract other teams' checkers pipe corpora through.
describe('classify --jsonl', () => {
  test('answers every line in order, one error object for the bad ones, and exits 2', async () => {
    const lines = [
      JSON.stringify({ text: 'Happy birthday Sam! Use my referral link for 20% off your first order.', network: 'facebook' }),
      '{"text": "missing the closing brace"',
      '',
      JSON.stringify({ text: 'We are hiring two backend engineers.', network: 'linkedin' }),
      JSON.stringify({ text: 'hello', network: 'friendster' }),
      JSON.stringify({ text: 'hello', audience: 'family' }),
      JSON.stringify({ text: 'hello', contact: { relationship: 'cousin' } }),
      JSON.stringify({ note: 'no text here' }),
      JSON.stringify({
        text: 'See you at the lake on Saturday!',
        audience: 'social',
        contact: { name: 'Ana', relationship: 'social', tags: ['family'] },
      }),
    ];
    const { code, stdout, stderr } = await runScript('cli/classify.ts', ['--jsonl'], lines.join('\n') + '\n');
    const out = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length);
    expect(code).toBe(2);
    expect(stderr).toBe('');

    const errors = out.map((o) => o.error as string | undefined);
    expect(errors[1]).toMatch(/^line 2: not valid JSON/);
    expect(errors[2]).toMatch(/^line 3: blank line/);
    expect(errors[4]).toMatch(/^line 5: unknown network "friendster"/);
    expect(errors[5]).toMatch(/^line 6: unknown audience "family"/);
    expect(errors[6]).toMatch(/^line 7: malformed contact/);
    expect(errors[7]).toMatch(/^line 8: "text" must be a string/);
    for (const o of out.filter((o) => o.error)) expect(Object.keys(o)).toEqual(['error']);

    // The good lines are real verdicts, and each one belongs to its own input line.
    for (const i of [0, 3, 8]) {
      expect(errors[i]).toBeUndefined();
      expect(out[i]).toMatchObject({ level: expect.stringMatching(/^(ok|caution|flip)$/), norm: expect.any(Object) });
    }
    expect(out[0].norm.norm).toBe('social');
    expect(out[0].findings.length).toBeGreaterThan(0);
    expect(out[3].norm.norm).toBe('market');
    expect(out[8].norm.source).toBe('audience');
  });

  test('exits 0 when every line is good; --network fills gaps; --mute and --sensitivity reach the classifier', async () => {
    const inputs = [
      { text: 'Congrats on the new baby, she is gorgeous!' },
      { text: 'Thanks for the call today; I will send the proposal by Thursday.', network: 'linkedin' },
      { text: 'Use my referral link for 20% off your first order, link in bio.' },
    ];
    const filled = inputs.map((i) => ({ network: 'facebook', ...i }));
    const muted = classify(filled[2]).findings[0].ruleId;
    const options = { sensitivity: 0.9, mutedRules: [muted] };
    const { code, stdout } = await runScript(
      'cli/classify.ts',
      ['--jsonl', '--network', 'facebook', '--sensitivity', '0.9', '--mute', muted],
      inputs.map((l) => JSON.stringify(l)).join('\n'), // no final newline: the last line still counts
    );
    const out = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(code).toBe(0);
    expect(out).toEqual(filled.map((input) => classify(input, options)));
    expect(out[2].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain(muted);
    expect(out.map((o) => o.norm.norm)).toEqual(['social', 'market', 'social']);
  });
});
