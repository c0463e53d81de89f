import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

// No import circles in src/: every module can be read (and tested) from its imports down, never back up.
// Static imports, type-only imports, re-exports and dynamic import() all count: a circle is a circle whether
// or not the runtime happens to tolerate it.

const SRC = resolve('src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** The src/ files one file imports, by any kind of import. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const specs: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) specs.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) specs.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return specs.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

/** Every circle as the list of files on it (strongly connected components of more than one file, or a self-import). */
export function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) !== idx.get(v)) return;
    const component: string[] = [];
    let w: string;
    do component.push((w = stack.pop()!));
    while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!idx.has(v)) strong(v);
  return out;
}

test('finds a circle of two files and of three, and none in a chain', () => {
  expect(circles(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]]))).toEqual([['a', 'b']]);
  expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c']]);
  expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toEqual([]);
});

test('counts type-only imports, re-exports and dynamic imports', () => {
  const file = join(SRC, 'x', 'a.ts');
  const text = "import type { T } from './t.js';\nexport { U } from '../u.js';\nconst m = () => import('./m.js');\nimport '@aws-sdk/x';";
  expect(importsOf(file, text).map((f) => relative(SRC, f))).toEqual(['x/t.ts', 'u.ts', 'x/m.ts']);
});

test('src/ has no import circle', () => {
  const graph = new Map(sources(SRC).map((f) => [f, importsOf(f)]));
  expect(circles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' ⇄ '))).toEqual([]);
});
