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
 * The mutated module is found from the active mutant's id (Stryker's __STRYKER_ACTIVE_MUTANT__) and the ids the
 * instrumenter wrote into the sandbox's copy of src/. Without them (the initial run, or another Stryker
 * version), every test runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Sequencer from '@jest/test-sequencer';

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
  'src/inputs/image.ts': ['src/inputs/inputs.ts'],
  'src/inputs/image-ref.ts': ['src/inputs/inputs.ts'],
  'src/inputs/image-region.ts': ['src/inputs/inputs.ts'],
  'src/inputs/instance-types.ts': ['src/inputs/deploy.ts'],
  'src/inputs/operate.ts': ['src/inputs/deploy.ts'],
  'src/oci/credentials.ts': [],
  'src/oci/auth.ts': ['src/oci/http.ts'],
  'src/errors.ts': []
};

/** Whether a test file with these imports is a unit test of `module`: it imports it, or what it is tested through. */
export function testsModule(module, imports) {
  return imports.has(module) || (TESTED_THROUGH[module] ?? []).some((m) => imports.has(m));
}

export default class MutationSequencer extends Base {
  byId;
  imports = new Map();

  sort(tests) {
    const id = process.env.__STRYKER_ACTIVE_MUTANT__;
    if (!id || tests.length === 0) return super.sort(tests);
    this.byId ??= mutantModules(tests[0].context.config.rootDir);
    const module = this.byId.get(id);
    if (!module) return super.sort(tests);
    const chosen = tests.filter((t) => {
      if (!this.imports.has(t.path)) this.imports.set(t.path, importsOf(t.path));
      return testsModule(module, this.imports.get(t.path));
    });
    return super.sort(chosen);
  }
}
