/** github-environment: the GitHub environment a deploy is recorded in (src/github/deployments.ts). */
import { InputError } from '../errors.js';
import type { InputReader } from './readers.js';

/** The input, checked (GitHub allows 255 characters); '' when not given. */
export function readGithubEnvironment(read: InputReader): string {
  const given = read('github-environment');
  if (given && (given.length > 255 || !/^\w[\w .-]*$/.test(given) || given.trim() !== given)) {
    throw new InputError('github-environment', given, 'must be a GitHub environment name: 1-255 letters, digits, spaces and . _ -');
  }
  return given;
}

/** The environment a deploy is recorded in: github-environment, else the stage, else the endpoint name. */
export const environmentName = (given: string | undefined, stage: string | undefined, endpoint: string): string => given || stage || endpoint;
