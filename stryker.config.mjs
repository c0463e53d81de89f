/**
 * Stryker for `npm run mutation` (scripts/mutation.mjs runs it once per module of `mutate`, with a tsconfig of
 * that module alone and its own unit tests; see README "Mutation testing").
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  "packageManager": "npm",
  "testRunner": "jest",
  "testRunnerNodeArgs": [
    "--experimental-vm-modules"
  ],
  "jest": {
    "projectType": "custom",
    "configFile": "jest.mutation.config.js",
    "enableFindRelatedTests": false
  },
  "checkers": [
    "typescript"
  ],
  "tsconfigFile": "tsconfig.mutation.json",
  "typescriptChecker": {
    "prioritizePerformanceOverAccuracy": true
  },
  "mutator": {
    "excludedMutations": [
      "OptionalChaining",
      "ObjectLiteral",
      "ArrowFunction"
    ]
  },
  "coverageAnalysis": "perTest",
  "concurrency": 4,
  "timeoutMS": 10000,
  "mutate": [
    "src/register/plan.ts",
    "src/deploy/plan.ts",
    "src/deploy/verdict.ts",
    "src/inputs/readers.ts",
    "src/inputs/image-ref.ts",
    "src/inputs/constraints.ts",
    "src/inputs/version.ts",
    "src/report/markdown.ts",
    "src/log.ts",
    "src/errors.ts",
    "src/oci/auth.ts",
    "src/oci/http.ts",
    "src/oci/fetch.ts",
    "src/oci/manifest.ts",
    "src/report/github-comment.ts",
    "src/commands/prune.ts",
    "src/commands/inputs.ts",
    "src/github/write-access.ts",
    "src/commands/promote.ts",
    "src/commands/versions.ts",
    "src/commands/prove.ts",
    "src/commands/rollback.ts",
    "src/commands/event.ts",
    "src/github/promotion.ts",
    "src/github/pull-request.ts",
    "src/github/context.ts",
    "src/github/attestation.ts",
    "src/deploy/ledger.ts",
    "src/deploy/live.ts",
    "src/register/lookup.ts",
    "src/register/proof.ts"
  ],
  "ignorePatterns": [
    "dist",
    "docs",
    "scripts",
    "workflows",
    "promote",
    "prune",
    "rollback",
    "status",
    "coverage",
    "build"
  ],
  "reporters": [
    "html",
    "json",
    "clear-text",
    "progress-append-only"
  ],
  "htmlReporter": {
    "fileName": "reports/mutation/mutation.html"
  },
  "jsonReporter": {
    "fileName": process.env.STRYKER_JSON_REPORT ?? 'reports/mutation/mutation.json'
  },
  "clearTextReporter": {
    "allowColor": false,
    "allowEmojis": false,
    "logTests": false,
    "reportMutants": true
  },
  "incrementalFile": "reports/mutation/stryker-incremental.json",
  "thresholds": {
    "high": 90,
    "low": 80,
    "break": 90
  },
  "tempDirName": ".stryker-tmp",
  "cleanTempDir": "always",
  "plugins": [
    "@stryker-mutator/*",
    "./scripts/mutation-wording.mjs"
  ],
  "ignorers": [
    "wording"
  ]
};
