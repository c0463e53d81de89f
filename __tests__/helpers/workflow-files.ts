/** The workflow files of this repository (.github/workflows/, workflows/) as the workflow tests read them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './action-runner.js';

export interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
export interface Job {
  uses?: string;
  with?: Record<string, string>;
  environment?: string;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  steps?: Step[];
}
export interface Workflow {
  on: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

/** A workflow file, by its path from the repository's root. */
export const readWorkflow = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as Workflow;
