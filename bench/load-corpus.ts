import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClassifyInput } from '../lib/classifier/types';
import { parseInputLine } from '../cli/parse-input';

export const CORPUS_PATH = fileURLToPath(new URL('../test/fixtures/drafts.jsonl', import.meta.url));

export interface Corpus {
  inputs: ClassifyInput[];
  /** Lines the bench could not use, with the reason; reported rather than silently dropped. */
  problems: string[];
}

/** Every line of the labelled corpus, read through the same validation the CLI uses. */
export function loadCorpus(path = CORPUS_PATH): Corpus {
  if (!existsSync(path)) return { inputs: [], problems: [`${path} does not exist yet`] };
  const inputs: ClassifyInput[] = [];
  const problems: string[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    const parsed = parseInputLine(line, i + 1);
    if (parsed.ok) inputs.push(parsed.input);
    else problems.push(parsed.error);
  });
  return { inputs, problems };
}
