/** The require-attestation inputs, shared by promote/ and the top-level action (release runs). */
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { bool, type InputReader } from './readers.js';
import { readWorkspaceFile, workspaceRoot } from './workspace-path.js';

export interface AttestationConfig {
  /** The workflow file that builds and attests images, a path in this repository. */
  workflow: string;
  /** Absolute path of a trusted_root.json inside the workspace; undefined: the public Sigstore root. */
  trustedRoot?: string;
}

const WORKFLOW = /^\.github\/workflows\/[\w.-]+\.ya?ml$/;

export function readAttestation(read: InputReader, env: NodeJS.ProcessEnv): AttestationConfig | undefined {
  const workflow = read('attestation-workflow');
  const root = read('attestation-trusted-root');
  if (!bool(read, 'require-attestation', false)) return undefined;
  if (!WORKFLOW.test(workflow)) throw new InputError('attestation-workflow', workflow, 'is required with require-attestation: the workflow file that attests the image, such as .github/workflows/build.yml');
  if (!root) return { workflow };
  // Read once here: it must be a regular file inside the workspace, reached through no symbolic link.
  readWorkspaceFile('attestation-trusted-root', root, { workspace: env.GITHUB_WORKSPACE, maxBytes: 1024 * 1024, limit: 'a trusted root of at most 1 MiB' });
  return { workflow, trustedRoot: join(workspaceRoot(env.GITHUB_WORKSPACE), root) };
}
