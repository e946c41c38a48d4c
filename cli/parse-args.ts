import type { ClassifyOptions, Norm } from '../lib/classifier/types';
import { checkAudience, checkNetwork, COMPOSERS } from './parse-input';

export interface CliArgs {
  help: boolean;
  jsonl: boolean;
  text?: string;
  network?: string;
  audience?: Norm;
  composer?: (typeof COMPOSERS)[number];
  options: ClassifyOptions;
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; error: string };

export const USAGE = `Usage:
  npm run --silent classify -- "draft text" [--network ID] [--audience NORM] [options]
  echo "draft text" | npm run --silent classify -- --network ID
  npm run --silent classify -- --jsonl < drafts.jsonl

Tells you whether a draft flips a social relationship into a market one (or the reverse).

Options:
  --network ID         network the draft is for (default: generic); one of the ids in lib/networks
  --audience NORM      who reads it, when you know better than the network: social, market or hybrid
  --composer KIND      post, comment, reply or dm (only changes the explanation)
  --sensitivity N      0 (relaxed) … 1 (cautious); default 0.5
  --mute IDS           comma-separated rule ids to ignore
  --jsonl              read JSON lines {text, network?, audience?, contact?, composer?} from stdin and
                       write one JSON verdict (or {"error": …}) per line, in order; exit 2 if any line erred.
                       --network/--audience then apply to lines that leave them out.
  -h, --help           show this help

Exit status: 0 on success, 2 on bad input.`;

const VALUE_FLAGS = new Set(['--network', '--audience', '--composer', '--sensitivity', '--mute']);

/** Pure: argv in, args or the first problem out. Accepts "--flag value" and "--flag=value". */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: CliArgs = { help: false, jsonl: false, options: {} };
  const texts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--') {
      texts.push(...argv.slice(i + 1));
      break;
    }
    if (token === '-h' || token === '--help') {
      args.help = true;
      continue;
    }
    if (token === '--jsonl') {
      args.jsonl = true;
      continue;
    }
    if (!token.startsWith('-') || token === '-') {
      texts.push(token);
      continue;
    }

    const eq = token.indexOf('=');
    const flag = eq === -1 ? token : token.slice(0, eq);
    if (!VALUE_FLAGS.has(flag)) return { ok: false, error: `unknown option ${flag} (see --help)` };
    let value: string | undefined;
    if (eq !== -1) value = token.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined) return { ok: false, error: `${flag} needs a value (see --help)` };
    const problem = applyFlag(args, flag, value);
    if (problem) return { ok: false, error: problem };
  }
  if (texts.length > 1) {
    return { ok: false, error: `expected one text argument, got ${texts.length}; put the draft in quotes` };
  }
  if (texts.length === 1) {
    if (args.jsonl) return { ok: false, error: '--jsonl reads drafts from stdin; drop the text argument' };
    args.text = texts[0];
  }
  return { ok: true, args };
}

function applyFlag(args: CliArgs, flag: string, value: string): string | undefined {
  switch (flag) {
    case '--network': {
      const problem = checkNetwork(value);
      if (problem) return problem;
      args.network = value;
      return undefined;
    }
    case '--audience': {
      const problem = checkAudience(value);
      if (problem) return problem;
      args.audience = value as Norm;
      return undefined;
    }
    case '--composer':
      if (!(COMPOSERS as readonly string[]).includes(value)) {
        return `unknown composer ${JSON.stringify(value)} (expected one of ${COMPOSERS.join(', ')})`;
      }
      args.composer = value as CliArgs['composer'];
      return undefined;
    case '--sensitivity': {
      const n = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(n) || n < 0 || n > 1) return `--sensitivity must be a number from 0 to 1, got ${JSON.stringify(value)}`;
      args.options.sensitivity = n;
      return undefined;
    }
    case '--mute': {
      const ids = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (ids.length === 0) return '--mute needs at least one rule id, e.g. --mute price-quote,discount';
      args.options.mutedRules = [...(args.options.mutedRules ?? []), ...ids];
      return undefined;
    }
  }
  return `unknown option ${flag} (see --help)`;
}
