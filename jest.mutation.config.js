/**
 * Jest for `npm run mutation` (stryker.config.mjs, run by scripts/mutation.mjs): the unit tests, with no globalSetup (no registry tools, no
 * leak check), so it works on a fresh clone. For each mutant, __tests__/helpers/mutation-sequencer.mjs keeps only the test
 * files of the mutated module's domain, and Stryker only the tests in them that cover the mutant.
 */
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  globalSetup: undefined,
  globalTeardown: undefined,
  roots: ['<rootDir>/src', '<rootDir>/__tests__'],
  testTimeout: 20000,
  testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts', '<rootDir>/__tests__/oci/**/*.test.ts'],
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    // Whole-repository checks and tests that run the bundle in a child process: no mutant in src/ reaches them.
    '/__tests__/unit/(code-size|readme-examples|readme-iam|release|workflows|action-yml|leak-check|mutation-config)\\.test\\.ts$',
    '/__tests__/oci/copy-memory\\.test\\.ts$'
  ],
  testSequencer: '<rootDir>/__tests__/helpers/mutation-sequencer.mjs',
  // An absolute path: Stryker's jest plugin loads the environment itself, without resolving <rootDir>.
  testEnvironment: `${import.meta.dirname}/__tests__/helpers/mutation-environment.mjs`,
  passWithNoTests: true
};
