import type { Token } from './tokenize';
import { normalizeWord } from './tokenize';

/** One alternative of a token step. */
export type Alt = { type: 'word'; value: string } | { type: 'prefix'; value: string } | { type: 'class'; value: TokenClass };

export type Step = { type: 'token'; alts: Alt[]; optional: boolean } | { type: 'gap'; max: number } | { type: 'start' };

export interface CompiledPattern {
  source: string;
  steps: Step[];
}

const CLASSES = ['money', 'num', 'percent', 'url', 'mention', 'hashtag', 'code'] as const;
type TokenClass = (typeof CLASSES)[number];

function isClass(name: string): name is TokenClass {
  return (CLASSES as readonly string[]).includes(name);
}

function parseAlt(raw: string, source: string): Alt {
  if (raw.startsWith('<') && raw.endsWith('>')) {
    const name = raw.slice(1, -1);
    if (!isClass(name)) throw new Error(`Unknown class <${name}> in pattern "${source}"`);
    return { type: 'class', value: name };
  }
  if (raw.endsWith('*')) {
    const value = normalizeWord(raw.slice(0, -1));
    if (value.length < 3) throw new Error(`Prefix "${raw}" is shorter than 3 letters in pattern "${source}"`);
    return { type: 'prefix', value };
  }
  if (!raw) throw new Error(`Empty alternative in pattern "${source}"`);
  return { type: 'word', value: normalizeWord(raw) };
}

export function compilePattern(source: string): CompiledPattern {
  const steps: Step[] = [];
  for (const part of source.trim().split(/\s+/)) {
    if (part === '^') {
      steps.push({ type: 'start' });
      continue;
    }
    const gap = /^~(\d)$/.exec(part);
    if (gap) {
      steps.push({ type: 'gap', max: Number(gap[1]) });
      continue;
    }
    const optional = part.startsWith('[') && part.endsWith(']');
    const body = optional ? part.slice(1, -1) : part;
    steps.push({ type: 'token', optional, alts: body.split('|').map((a) => parseAlt(a, source)) });
  }
  const first = steps[0]?.type === 'start' ? steps[1] : steps[0];
  if (!first || first.type !== 'token' || first.optional) {
    throw new Error(`Pattern "${source}" must begin with a required token`);
  }
  // A trailing gap or optional token would stretch the flagged span over unrelated words.
  const last = steps[steps.length - 1];
  if (last.type !== 'token' || last.optional) throw new Error(`Pattern "${source}" must end with a required token`);
  return { source, steps };
}

export function altMatches(alt: Alt, token: Token): boolean {
  switch (alt.type) {
    case 'word':
      return token.norm === alt.value;
    case 'prefix':
      return token.kind === 'word' && token.norm.startsWith(alt.value);
    case 'class':
      return alt.value === 'code' ? token.code : token.kind === alt.value;
  }
}

/** The first token step, which the index keys on. */
export function firstTokenStep(p: CompiledPattern): Extract<Step, { type: 'token' }> {
  const step = p.steps[0].type === 'start' ? p.steps[1] : p.steps[0];
  return step as Extract<Step, { type: 'token' }>;
}
