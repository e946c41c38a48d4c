import type { Direction, Finding, Level, Verdict } from '../lib/classifier/types';
import { markSpan } from './mark-span';

/** Text a person reads in a terminal; colour is the caller's decision (TTY and NO_COLOR). */
export interface FormatOptions {
  color: boolean;
}

const LEVEL_WORDS: Record<Level, string> = {
  ok: 'OK: this reads as it should for this audience',
  caution: 'CAUTION: this may read as changing the relationship',
  flip: 'FLIP: this would flip the relationship',
};

const LEVEL_COLORS: Record<Level, number> = { ok: 32, caution: 33, flip: 31 };

export function directionWords(direction: Direction | null): string {
  if (direction === 'social-to-market') return 'social → market (a price or pitch among friends)';
  if (direction === 'market-to-social') return 'market → social (private life in a business exchange)';
  return 'none';
}

export function formatVerdict(text: string, verdict: Verdict, opts: FormatOptions): string {
  const paint = (code: number, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  lines.push(paint(1, paint(LEVEL_COLORS[verdict.level], LEVEL_WORDS[verdict.level])));
  lines.push(`  direction: ${directionWords(verdict.direction)}`);
  lines.push(`  norm:      ${verdict.norm.norm} (from ${verdict.norm.source}): ${verdict.norm.reason}`);
  lines.push(`  score:     ${formatScore(verdict.score)}`);
  lines.push('');
  const findings = [...verdict.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  if (findings.length === 0) {
    lines.push('No findings.');
    return lines.join('\n') + '\n';
  }
  lines.push(findings.length === 1 ? '1 finding:' : `${findings.length} findings:`);
  findings.forEach((finding, i) => {
    lines.push('');
    lines.push(...formatFinding(text, finding, i + 1, paint));
  });
  return lines.join('\n') + '\n';
}

function formatFinding(text: string, f: Finding, n: number, paint: (code: number, s: string) => string): string[] {
  const arrow = f.direction === 'social-to-market' ? 'social → market' : 'market → social';
  const mark = markSpan(text, f.start, f.end);
  const indent = '     ';
  return [
    `  ${n}. ${paint(1, `"${f.actual}"`)}  ${f.severity} · ${f.category} · ${arrow} · ${f.ruleId}${f.source === 'model' ? ' (learned model)' : ''}`,
    indent + mark.before + paint(4, paint(1, mark.span)) + mark.after,
    indent + paint(LEVEL_COLORS.flip, mark.marker),
    `${indent}why: ${f.note}`,
    `${indent}try: ${f.suggestion}`,
  ];
}

function formatScore(score: number): string {
  return Number.isFinite(score) ? String(Math.round(score * 100) / 100) : String(score);
}
