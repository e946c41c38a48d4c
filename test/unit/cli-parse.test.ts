import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../cli/parse-args';
import { parseInputLine } from '../../cli/parse-input';

describe('parseInputLine', () => {
  test.each([
    ['{"text":"hi","network":"reddit"}', { text: 'hi', network: 'reddit' }],
    ['{"text":"hi","audience":"market","composer":"dm"}', { text: 'hi', audience: 'market', composer: 'dm' }],
    [
      '{"text":"hi","contact":{"relationship":"social","name":"Ana","tags":["family"]}}',
      { text: 'hi', contact: { relationship: 'social', name: 'Ana', tags: ['family'] } },
    ],
    // Corpus lines carry labels; they are ignored so the corpus pipes straight in.
    ['{"text":"hi","flip":true,"direction":"social-to-market"}', { text: 'hi' }],
  ])('%s is a valid input', (line, input) => {
    expect(parseInputLine(line, 1)).toEqual({ ok: true, input });
  });

  test.each([
    ['', /blank line/],
    ['[1,2]', /expected a JSON object/],
    ['null', /expected a JSON object/],
    ['{"text": 5}', /"text" must be a string/],
    ['{"text":"hi","network":42}', /"network" must be a string/],
    ['{"text":"hi","composer":"story"}', /unknown composer "story"/],
    ['{"text":"hi","contact":"mum"}', /malformed contact: expected an object/],
    ['{"text":"hi","contact":{"relationship":"social","tags":"family"}}', /"tags" must be an array of strings/],
    ['{"text":"hi","contact":{"relationship":"social","name":7}}', /"name" must be a string/],
  ])('%j is an error that names the line', (line, message) => {
    const parsed = parseInputLine(line, 12);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(/^line 12: /);
      expect(parsed.error).toMatch(message);
    }
  });

  test('defaults fill only what the line leaves out', () => {
    const defaults = { network: 'linkedin', audience: 'market' as const };
    expect(parseInputLine('{"text":"a","network":"x"}', 1, defaults)).toEqual({
      ok: true,
      input: { text: 'a', network: 'x', audience: 'market' },
    });
  });
});

describe('parseArgs', () => {
  test('reads text, flags in both spellings, and options for the classifier', () => {
    const parsed = parseArgs([
      'draft',
      '--network=linkedin',
      '--audience',
      'social',
      '--sensitivity',
      '0.8',
      '--mute',
      'a.b, c.d',
      '--mute=e.f',
    ]);
    expect(parsed).toEqual({
      ok: true,
      args: {
        help: false,
        jsonl: false,
        text: 'draft',
        network: 'linkedin',
        audience: 'social',
        options: { sensitivity: 0.8, mutedRules: ['a.b', 'c.d', 'e.f'] },
      },
    });
  });

  test('text after -- may start with a dash', () => {
    expect(parseArgs(['--', '-- sent from my phone'])).toMatchObject({ ok: true, args: { text: '-- sent from my phone' } });
  });

  test.each([
    [['--verbose'], /unknown option --verbose/],
    [['hi', '--network', 'myspace2'], /unknown network "myspace2"/],
    [['hi', '--audience', 'friends'], /unknown audience "friends"/],
    [['hi', '--sensitivity', '2'], /--sensitivity must be a number from 0 to 1/],
    [['hi', '--sensitivity', ''], /--sensitivity must be a number from 0 to 1/],
    [['hi', '--network'], /--network needs a value/],
    [['hi', '--mute', ','], /--mute needs at least one rule id/],
    [['happy', 'birthday'], /put the draft in quotes/],
    [['--jsonl', 'hi'], /--jsonl reads drafts from stdin/],
  ])('%j is refused', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
