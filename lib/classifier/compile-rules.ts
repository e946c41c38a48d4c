import { compilePattern } from './compile-pattern';
import type { PhraseIndex } from './match-phrases';
import { buildIndex } from './match-phrases';
import { ruleData } from './rules';
import type { Mitigator, Rule, RuleFamily } from './rules/types';
import type { UrlRuleSpec } from './scan-urls';

export interface RuleRef {
  rule: Rule;
  family: RuleFamily;
}

/** Everything the matcher needs, compiled once per set of languages. */
export interface CompiledRules {
  signals: PhraseIndex<RuleRef>;
  urls: UrlRuleSpec<RuleRef>[];
  unless: PhraseIndex<string>; // payload: the rule id a match silences
  mitigators: PhraseIndex<Mitigator>;
  frame: PhraseIndex<'pitch' | 'context'>;
}

const cache = new Map<string, CompiledRules>();

export function compiledRules(languages?: readonly string[]): CompiledRules {
  const key = languages ? [...languages].sort().join(',') : '*';
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compile(languages ? new Set(languages) : null);
    cache.set(key, compiled);
  }
  return compiled;
}

function compile(languages: Set<string> | null): CompiledRules {
  const data = ruleData.filter((d) => !languages || languages.has(d.lang));
  const signals: { pattern: ReturnType<typeof compilePattern>; payload: RuleRef }[] = [];
  const unless: { pattern: ReturnType<typeof compilePattern>; payload: string }[] = [];
  const urls: UrlRuleSpec<RuleRef>[] = [];
  const mitigators: { pattern: ReturnType<typeof compilePattern>; payload: Mitigator }[] = [];
  const frame: { pattern: ReturnType<typeof compilePattern>; payload: 'pitch' | 'context' }[] = [];
  for (const d of data) {
    if (d.kind === 'frame') {
      for (const p of d.pitch) frame.push({ pattern: compilePattern(p), payload: 'pitch' });
      for (const p of d.context) frame.push({ pattern: compilePattern(p), payload: 'context' });
    } else if (d.kind === 'mitigator') {
      for (const m of d.mitigators) for (const p of m.phrases) mitigators.push({ pattern: compilePattern(p), payload: m });
    } else {
      for (const rule of d.rules) {
        const ref = { rule, family: d };
        for (const p of rule.phrases ?? []) signals.push({ pattern: compilePattern(p), payload: ref });
        for (const p of rule.unless ?? []) unless.push({ pattern: compilePattern(p), payload: rule.id });
        if (rule.urlParams || rule.urlPaths || rule.urlHosts) {
          urls.push({ params: rule.urlParams ?? [], paths: rule.urlPaths ?? [], hosts: rule.urlHosts ?? [], payload: ref });
        }
      }
    }
  }
  return {
    signals: buildIndex(signals),
    urls,
    unless: buildIndex(unless),
    mitigators: buildIndex(mitigators),
    frame: buildIndex(frame),
  };
}
