import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// Words a person reads must come from locales/ (i18n.t), never from a string in a component: this
// reads every component and page with the TypeScript parser and lists the text it finds in JSX.

/** Attributes a person reads or hears (screen readers say aria-label and title). */
const SPOKEN = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'empty', 'action', 'message']);

/** Reviewed symbols that are the same in every language. */
const ALLOWED = new Set(['×', '✓', '?', '!', '…', '·', '→', ':', '(', ')', '“', '”', ',', 'Tact']);

const hasWords = (s: string) => /\p{L}{2,}/u.test(s) && !ALLOWED.has(s.trim());

/** Operators whose operands can end up on screen (`a && 'text'`, `'x' + y`); comparisons cannot. */
const RENDERED = new Set([
  ts.SyntaxKind.AmpersandAmpersandToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.PlusToken,
]);

/** Text a string literal or template puts on screen when it is a JSX child or a branch of one. */
function literalTexts(node: ts.Node, out: string[]) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
  else if (ts.isTemplateExpression(node)) out.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
  else if (ts.isConditionalExpression(node)) [node.whenTrue, node.whenFalse].forEach((n) => literalTexts(n, out));
  else if (ts.isBinaryExpression(node) && RENDERED.has(node.operatorToken.kind))
    [node.left, node.right].forEach((n) => literalTexts(n, out));
  else if (ts.isParenthesizedExpression(node)) literalTexts(node.expression, out);
}

export function hardCoded(file: string, source = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const texts: string[] = [];
    if (ts.isJsxText(node)) texts.push(node.text);
    else if (ts.isJsxAttribute(node) && SPOKEN.has(node.name.getText(sf)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) texts.push(node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) literalTexts(node.initializer.expression, texts);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) literalTexts(node.expression, texts);
    for (const t of texts)
      if (hasWords(t)) found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${t.trim()}`);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const files = globSync(['components/**/*.tsx', 'entrypoints/**/*.tsx']).sort();

/**
 * Not translated yet (README, Languages): each of these still holds English in its JSX. The list
 * may only shrink: a file that is clean must leave it, and no other file may join it.
 */
const PENDING = new Set<string>([]);

describe('no hard-coded UI text', () => {
  test('the scan sees text in JSX children, spoken attributes and literal branches', () => {
    const sample = `export const A = (p: { n: boolean }) => (
      <div aria-label="Close it" title={p.n ? 'Yes please' : i18n.t('x')} data-x="raw-id">
        Hello there {p.n && 'Try again'} {'✓'} ×
      </div>);`;
    expect(hardCoded('sample.tsx', sample).map((f) => f.split(': ')[1])).toEqual(['Close it', 'Yes please', 'Hello there', 'Try again']);
  });

  test('every component and page takes its words from locales/', () => {
    const found = files.filter((f) => !PENDING.has(f)).flatMap((f) => hardCoded(f));
    expect(found.join('\n')).toBe('');
  });

  test('the pending list holds only files that still have English in them', () => {
    expect([...PENDING].filter((f) => !files.includes(f) || hardCoded(f).length === 0)).toEqual([]);
  });
});
