/**
 * Jest test environment for `npm run mutation`: during Stryker's initial run (no active mutant) it records which
 * test file holds each test, by the full name Stryker uses as the test's id (describe titles and the test title,
 * space-separated). __tests__/helpers/mutation-sequencer.mjs reads the record to load, for each mutant, only the
 * files that hold a test covering it. In any other run it only runs the tests, as jest's node environment does.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { TestEnvironment } from 'jest-environment-node';

/** Where the initial run's record is kept: in the sandbox Stryker runs in, shared by its test runners. */
export const RECORD = '.mutation-test-files.jsonl';

/** Stryker's initial run: in one of its worker processes, before any mutant is active. */
const RECORDING = () => Boolean(process.env.STRYKER_MUTATOR_WORKER) && !process.env.__STRYKER_ACTIVE_MUTANT__;

function describeName(block) {
  return block?.parent ? `${describeName(block.parent)} ${block.name}`.trimStart() : '';
}

export function fullName(test) {
  return `${describeName(test.parent)} ${test.name}`.trimStart();
}

export default class MutationEnvironment extends TestEnvironment {
  #names = [];
  #testPath;
  #record;

  constructor(config, context) {
    super(config, context);
    this.#testPath = context.testPath;
    this.#record = path.join(config.projectConfig.rootDir, RECORD);
  }

  async handleTestEvent(event) {
    if (event.name === 'test_start' && RECORDING()) this.#names.push(fullName(event.test));
  }

  async teardown() {
    if (this.#names.length) appendFileSync(this.#record, `${JSON.stringify({ file: this.#testPath, names: this.#names })}\n`);
    await super.teardown();
  }
}
