/**
 * `npm run mutation`'s configuration stays whole: the checker's program covers what Stryker mutates, every module
 * in the scope has unit tests the sequencer will run, and the sequencer runs those and only those.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from '@jest/globals';
// @ts-expect-error: a plain ES module without types, loaded by jest in mutation runs
import MutationSequencer, { TESTED_THROUGH, testsModule } from '../helpers/mutation-sequencer.mjs';
// @ts-expect-error: a plain ES module without types
import { RECORD } from '../helpers/mutation-environment.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// @ts-expect-error: a plain ES module without types
const { default: stryker } = await import('../../stryker.config.mjs');
const scope: string[] = stryker.mutate;

function unitTests(): string[] {
  return ['__tests__/unit', '__tests__/oci'].flatMap((dir) =>
    (readdirSync(path.join(root, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(root, dir, f))
  );
}

function importsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8');
  return new Set([...text.matchAll(/from\s+'(?:\.\.\/)+(src\/[^']+)\.js'/g)].map((m) => `${m[1]}.ts`));
}

describe('mutation scope', () => {
  test('every module in the scope exists, once', () => {
    for (const file of scope) expect(readFileSync(path.join(root, file), 'utf8').length).toBeGreaterThan(0);
    expect(new Set(scope).size).toBe(scope.length);
  });

  test('every module in the scope has unit tests that the sequencer would run for it', () => {
    const tests = unitTests().map(importsOf);
    const untested = scope.filter((module) => !tests.some((imports) => testsModule(module, imports)));
    expect(untested).toEqual([]);
  });

  test('modules tested through others are in the scope, and what they are tested through exists', () => {
    for (const [module, through] of Object.entries(TESTED_THROUGH as Record<string, string[]>)) {
      expect(scope).toContain(module);
      for (const m of through) expect(readFileSync(path.join(root, m), 'utf8').length).toBeGreaterThan(0);
    }
  });
});

describe('mutation sequencer', () => {
  const saved = process.env.__STRYKER_ACTIVE_MUTANT__;
  afterEach(() => {
    if (saved === undefined) delete process.env.__STRYKER_ACTIVE_MUTANT__;
    else process.env.__STRYKER_ACTIVE_MUTANT__ = saved;
  });

  /** A sandbox as Stryker leaves it: instrumented modules under src/, test files that import them. */
  function sandbox() {
    const dir = mkdtempSync(path.join(tmpdir(), 'mutation-sandbox-'));
    mkdirSync(path.join(dir, 'src/inputs'), { recursive: true });
    mkdirSync(path.join(dir, '__tests__'), { recursive: true });
    writeFileSync(path.join(dir, 'src/log.ts'), 'export const a = stryMutAct_9fa48("1") ? 1 : 2;\n');
    writeFileSync(path.join(dir, 'src/inputs/version.ts'), 'export const b = stryMutAct_9fa48("22") ? 1 : (stryMutAct_9fa48("23") ? 3 : 2);\n');
    writeFileSync(path.join(dir, 'src/inputs/inputs.ts'), 'export const c = 1;\n');
    const files: Record<string, string> = {
      'log.test.ts': "import { a } from '../src/log.js';\n",
      'inputs.test.ts': "import { c } from '../src/inputs/inputs.js';\n",
      'other.test.ts': "import { x } from '../src/oci/http.js';\n"
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, '__tests__', name), text);
    const context = { config: { rootDir: dir, cache: false }, hasteFS: { getSize: () => 0 } };
    return Object.keys(files).map((name) => ({ path: path.join(dir, '__tests__', name), context }));
  }

  const names = (tests: { path: string }[]) => tests.map((t) => path.basename(t.path)).sort();
  const sort = async (tests: unknown[]) => names(await new MutationSequencer({ contexts: [], globalConfig: {} }).sort(tests));

  test('a mutant runs the test files of its module, or of the module it is tested through', async () => {
    const tests = sandbox();
    process.env.__STRYKER_ACTIVE_MUTANT__ = '1';
    expect(await sort(tests)).toEqual(['log.test.ts']);
    process.env.__STRYKER_ACTIVE_MUTANT__ = '23';
    expect(await sort(tests)).toEqual(['inputs.test.ts']);
  });

  test('of those files, only the ones holding a test that covers the mutant (as the initial run recorded them)', async () => {
    const tests = sandbox();
    const dir = path.dirname(path.dirname(tests[0]!.path));
    writeFileSync(path.join(dir, '__tests__', 'other.test.ts'), "import { c } from '../src/inputs/inputs.js';\n");
    const record = (file: string, names: string[]) => JSON.stringify({ file: path.join(dir, '__tests__', file), names });
    writeFileSync(path.join(dir, RECORD), `${record('inputs.test.ts', ['inputs reads a version'])}\n${record('other.test.ts', ['other (x) works'])}\n`);
    process.env.__STRYKER_ACTIVE_MUTANT__ = '22';
    const sortWith = async (testNamePattern?: string) =>
      names(await new MutationSequencer({ contexts: [], globalConfig: testNamePattern ? { testNamePattern } : {} }).sort(tests));
    expect(await sortWith()).toEqual(['inputs.test.ts', 'other.test.ts']);
    expect(await sortWith('(other \\(x\\) works)')).toEqual(['other.test.ts']);
    expect(await sortWith('(inputs reads a version)|(nothing else)')).toEqual(['inputs.test.ts']);
  });

  test('without an active mutant, or with one it cannot place, every test file runs', async () => {
    const tests = sandbox();
    delete process.env.__STRYKER_ACTIVE_MUTANT__;
    expect(await sort(tests)).toEqual(['inputs.test.ts', 'log.test.ts', 'other.test.ts']);
    process.env.__STRYKER_ACTIVE_MUTANT__ = '999';
    expect(await sort(tests)).toEqual(['inputs.test.ts', 'log.test.ts', 'other.test.ts']);
  });
});
