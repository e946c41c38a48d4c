import { classify } from '../lib/classifier';
import type { ClassifyInput } from '../lib/classifier/types';
import { formatVerdict } from './format-verdict';
import { parseArgs, USAGE } from './parse-args';
import { runJsonl } from './run-jsonl';

// Entry point for `npm run --silent classify -- …`; see USAGE in parse-args.ts.

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(parsed.error);
  const args = parsed.args;
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.jsonl) {
    return runJsonl(process.stdin, process.stdout, args.options, { network: args.network, audience: args.audience });
  }

  let text = args.text;
  if (text === undefined) {
    if (process.stdin.isTTY) return usageError('no draft given: pass it in quotes or pipe it on stdin');
    text = await readAll(process.stdin);
    if (text.trim() === '') return usageError('stdin was empty: nothing to classify');
    // A trailing newline from `echo` is not part of the draft.
    text = text.replace(/\r?\n$/, '');
  }
  const input: ClassifyInput = { text };
  if (args.network) input.network = args.network;
  if (args.audience) input.audience = args.audience;
  if (args.composer) input.composer = args.composer;
  const verdict = classify(input, args.options);
  process.stdout.write(formatVerdict(text, verdict, { color: useColor() }));
  return 0;
}

function usageError(message: string): number {
  process.stderr.write(`classify: ${message}\n`);
  return 2;
}

/** https://no-color.org: any non-empty NO_COLOR turns colour off; pipes never get colour. */
function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// `classify --jsonl < big.jsonl | head` closes our stdout early: stop quietly, as cat does, not with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`classify: unexpected failure: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
