/**
 * Jest for mutation runs (stryker.config.json): the fast unit tests of the modules that decide outcomes only,
 * with no globalSetup (no registry tools, no leak check), so `npm run mutation` works on a fresh clone.
 */
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 20000,
  testMatch: [
    '<rootDir>/__tests__/unit/register/**/*.test.ts',
    '<rootDir>/__tests__/unit/aws/arns.test.ts',
    '<rootDir>/__tests__/unit/log.test.ts',
    '<rootDir>/__tests__/unit/log-outputs.test.ts',
    '<rootDir>/__tests__/unit/deploy/verdict.test.ts',
    '<rootDir>/__tests__/unit/deploy/verdict-reasons.test.ts',
    '<rootDir>/__tests__/unit/report/markdown.test.ts',
    '<rootDir>/__tests__/unit/report/markdown-lines.test.ts',
    '<rootDir>/__tests__/unit/report/github-comment.test.ts',
    '<rootDir>/__tests__/oci/credentials.test.ts',
    '<rootDir>/__tests__/oci/credential-secrets.test.ts',
    '<rootDir>/__tests__/oci/credential-scope.test.ts',
    '<rootDir>/__tests__/oci/resolve-answers.test.ts',
    '<rootDir>/__tests__/oci/network-failures.test.ts',
    '<rootDir>/__tests__/oci/capped-bodies.test.ts',
    '<rootDir>/__tests__/oci/transport.test.ts',
    '<rootDir>/__tests__/oci/fake-registry.test.ts',
    '<rootDir>/__tests__/oci/hostile-registry.test.ts',
    '<rootDir>/__tests__/oci/registry-origin.test.ts',
    '<rootDir>/__tests__/oci/registry-errors.test.ts',
    '<rootDir>/__tests__/oci/registry-refusals.test.ts'
  ]
};
