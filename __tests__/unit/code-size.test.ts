import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

// Small rooms: no source file over 250 lines, no function over 60 lines or 5 parameters (option objects instead).
const MAX_FILE_LINES = 250;
const MAX_FUNCTION_LINES = 60;
const MAX_PARAMETERS = 5;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Fn {
  where: string;
  lines: number;
  params: number;
}

function functions(file: string): Fn[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: Fn[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = (node as ts.FunctionDeclaration).name?.getText(sf) ?? '<anonymous>';
      out.push({ where: `${file}:${start + 1} ${name}`, lines: end - start + 1, params: node.parameters.length });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const files = sources('src');

test('the source is there to measure', () => {
  expect(files.length).toBeGreaterThan(40);
});

test(`no source file is over ${MAX_FILE_LINES} lines`, () => {
  const long = files.map((f) => [f, readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > MAX_FILE_LINES);
  expect(long).toEqual([]);
});

test(`no function is over ${MAX_FUNCTION_LINES} lines or ${MAX_PARAMETERS} parameters`, () => {
  const all = files.flatMap(functions);
  expect(all.filter((f) => f.lines > MAX_FUNCTION_LINES).map((f) => `${f.where} (${f.lines} lines)`)).toEqual([]);
  expect(all.filter((f) => f.params > MAX_PARAMETERS).map((f) => `${f.where} (${f.params} parameters)`)).toEqual([]);
});
