// Every regular expression written in src/ is checked for catastrophic backtracking (ReDoS) with
// `recheck` (native binary when installed, its pure-JS build otherwise; no network).
// Patterns are collected from the TypeScript syntax tree: regex literals, and `new RegExp(...)` /
// `RegExp(...)` whose pattern is a string literal. Patterns built at run time from tables are not seen
// here; the adversarial-growth tests in ./adversarial-growth.test.ts cover those through the public API.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface FoundPattern {
  where: string;
  source: string;
  flags: string;
}

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return undefined;
}

function patternsOf(file: string): { found: FoundPattern[]; dynamic: string[] } {
  const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: FoundPattern[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node): string => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
    return `${relative(SRC, file)}:${line + 1}`;
  };
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const lastSlash = text.lastIndexOf('/');
      found.push({ where: where(node), source: text.slice(1, lastSlash), flags: text.slice(lastSlash + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const source = literalText(node.arguments?.[0]);
      if (source === undefined) dynamic.push(where(node));
      else found.push({ where: where(node), source, flags: literalText(node.arguments?.[1]) ?? '' });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { found, dynamic };
}

const scanned = sourceFiles(SRC).map(patternsOf);
const patterns = scanned.flatMap((s) => s.found);
const dynamicPatterns = scanned.flatMap((s) => s.dynamic);

describe('regular expressions in src/ are safe from catastrophic backtracking', () => {
  it('finds the patterns to check', () => {
    expect(patterns.length).toBeGreaterThan(0);
    if (dynamicPatterns.length > 0) {
      console.info(`regex-safety: ${dynamicPatterns.length} RegExp built at run time (covered by adversarial tests): ${dynamicPatterns.join(', ')}`);
    }
  });

  it.each(patterns.map((p) => [`${p.where} /${p.source}/${p.flags}`, p] as const))('%s', (_label, pattern) => {
    const diagnostics = checkSync(pattern.source, pattern.flags, { timeout: 10_000 });
    if (diagnostics.status === 'unknown') {
      console.info(`regex-safety: recheck could not decide ${pattern.where} (${diagnostics.error.kind}); covered by adversarial tests`);
    }
    const attack = diagnostics.status === 'vulnerable' ? ` attack: ${JSON.stringify(diagnostics.attack.pattern)}, complexity ${diagnostics.complexity.summary}` : '';
    expect(diagnostics.status, `${pattern.where}${attack}`).not.toBe('vulnerable');
  });
});
