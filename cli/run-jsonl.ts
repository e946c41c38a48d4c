import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { classify } from '../lib/classifier';
import type { ClassifyOptions } from '../lib/classifier/types';
import { parseInputLine, type LineDefaults } from './parse-input';

/**
 * Streams JSON lines: each line is classified as it arrives and answered on the same output line
 * number, so a 1 GB file never sits in memory and a bad line costs only its own answer.
 * Resolves to the exit status: 2 if any line erred, else 0.
 */
export async function runJsonl(input: Readable, output: Writable, options: ClassifyOptions, defaults: LineDefaults): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let erred = false;
  for await (const line of rl) {
    lineNo++;
    const answer = answerLine(line, lineNo, options, defaults);
    if ('error' in answer) erred = true;
    // Respect back-pressure: a slow reader downstream must not make us buffer every verdict.
    if (!output.write(JSON.stringify(answer) + '\n')) {
      await new Promise<void>((resolve) => output.once('drain', resolve));
    }
  }
  return erred ? 2 : 0;
}

function answerLine(line: string, lineNo: number, options: ClassifyOptions, defaults: LineDefaults): object {
  const parsed = parseInputLine(line, lineNo, defaults);
  if (!parsed.ok) return { error: parsed.error };
  try {
    return classify(parsed.input, options);
  } catch (err) {
    // The classifier rejects what the parser let through only on a bug; keep the stream going anyway.
    return { error: `line ${lineNo}: classifier failed: ${(err as Error).message}` };
  }
}
