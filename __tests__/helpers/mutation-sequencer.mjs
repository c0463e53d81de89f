/**
 * Jest test sequencer for `npm run mutation`: while Stryker tests one mutant, only the unit tests of the mutated
 * module's domain run, not every test file that happens to import it through a chain of modules.
 *
 * Stryker's jest runner loads every test file for every mutant and filters tests by name; loading is what costs
 * (0.05 to 5 s per file), and a module such as src/aws/arns.ts is imported, through others, by 19 test files.
 * Here a mutant runs the module's own unit tests: the test files that import it directly, or import a module it is
 * tested through (TESTED_THROUGH). Leaving tests out can only let a mutant survive, never kill it, so the score
 * this gives is never higher than a run of every test would give.
 *
 * Within those files, only the ones holding a test that covers the mutant are loaded (Stryker names the covering
 * tests in testNamePattern; __tests__/helpers/mutation-environment.mjs recorded in the initial run which file holds
 * which test). A static mutant (one run while modules load) has no such list and runs all of them.
 *
 * The mutated module is found from the active mutant's id (Stryker's __STRYKER_ACTIVE_MUTANT__) and the ids the
 * instrumenter wrote into the sandbox's copy of src/. Without them (the initial run, or another Stryker
 * version), every test runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Sequencer from '@jest/test-sequencer';
import { RECORD } from './mutation-environment.mjs';

const Base = Sequencer.default ?? Sequencer;
const ID = /stryMutAct_\w+\("(\d+)"\)/g;
const IMPORT = /(?:from\s+|import\s*\(\s*)'(?:\.\.\/)+(src\/[^']+)\.js'/g;

/** Mutant id → the mutated module (`src/inputs/deploy.ts`), read once per runner from the sandbox. */
function mutantModules(root) {
  const byId = new Map();
  for (const entry of readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const module = path.relative(root, file).split(path.sep).join('/');
    for (const [, id] of readFileSync(file, 'utf8').matchAll(ID)) byId.set(id, module);
  }
  return byId;
}

/** The modules a test file imports directly (`src/inputs/deploy.ts`). */
function importsOf(testPath) {
  return new Set([...readFileSync(testPath, 'utf8').matchAll(IMPORT)].map((m) => `${m[1]}.ts`));
}

/**
 * Modules whose unit tests reach them through another module of the scope: a mutant in the key also runs the
 * test files that import the listed modules.
 */
export const TESTED_THROUGH = {
  'src/inputs/constraints.ts': ['src/inputs/inputs.ts', 'src/inputs/deploy.ts'],
  'src/inputs/readers.ts': ['src/inputs/inputs.ts'],
  'src/inputs/version.ts': ['src/inputs/inputs.ts'],
  'src/inputs/image-ref.ts': ['src/inputs/inputs.ts'],
  'src/oci/auth.ts': ['src/oci/http.ts'],
  'src/oci/fetch.ts': ['src/oci/http.ts']
};

/** Whether a test file with these imports is a unit test of `module`: it imports it, or what it is tested through. */
export function testsModule(module, imports) {
  return imports.has(module) || (TESTED_THROUGH[module] ?? []).some((m) => imports.has(m));
}

/** Test file → the full names of its tests, as the initial run recorded them (mutation-environment.mjs). */
function recordedNames(root) {
  let text;
  try {
    text = readFileSync(path.join(root, RECORD), 'utf8');
  } catch {
    return undefined;
  }
  const byFile = new Map();
  for (const line of text.split('\n').filter(Boolean)) {
    const { file, names } = JSON.parse(line);
    byFile.set(file, [...(byFile.get(file) ?? []), ...names]);
  }
  return byFile;
}

export default class MutationSequencer extends Base {
  #pattern;

  constructor(options) {
    super(options);
    // Stryker passes the tests that cover the mutant as jest's testNamePattern (none for a static mutant).
    const pattern = options?.globalConfig?.testNamePattern;
    this.#pattern = pattern ? new RegExp(pattern, 'i') : undefined;
  }

  sort(tests) {
    const id = process.env.__STRYKER_ACTIVE_MUTANT__;
    if ((!id && !process.env.MUTATION_MODULE) || tests.length === 0) return super.sort(tests);
    const root = tests[0].context.config.rootDir;
    if (!caches.has(root)) caches.set(root, { byId: id ? mutantModules(root) : new Map(), names: undefined, imports: new Map() });
    const cache = caches.get(root);
    // scripts/mutation.mjs names the one module a run mutates, which also narrows the initial run.
    const module = process.env.MUTATION_MODULE ?? cache.byId.get(id);
    if (!module) return super.sort(tests);
    cache.names ??= recordedNames(root) ?? new Map();
    const chosen = tests.filter((t) => {
      if (!cache.imports.has(t.path)) cache.imports.set(t.path, importsOf(t.path));
      if (!testsModule(module, cache.imports.get(t.path))) return false;
      // A file none of whose tests cover the mutant would only be loaded to run nothing.
      const names = cache.names.get(t.path);
      return !this.#pattern || !names || names.some((n) => this.#pattern.test(n));
    });
    return super.sort(chosen);
  }
}

/** Per sandbox, kept for the life of the test runner process (jest builds a new sequencer for every run). */
const caches = new Map();
