import { describe, expect, test } from '@jest/globals';
import type { RunContext } from '../../../src/github/context.js';
import { approvalDescription } from '../../../src/register/plan.js';

const SHA = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';

const ctx: RunContext = {
  eventName: 'push',
  sha: SHA,
  ref: 'refs/heads/main',
  refName: 'main',
  refType: 'branch',
  repository: 'acme/fraud-model',
  defaultBranch: 'main',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  runId: '9876543210',
  runAttempt: '1',
  actor: 'octocat',
  workflow: 'register',
  runUrl: 'https://github.com/acme/fraud-model/actions/runs/9876543210/attempts/1',
  repositoryUrl: 'https://github.com/acme/fraud-model'
};

describe('approval description', () => {
  test('a very long branch name is cut so the description stays within the 1,024 characters SageMaker accepts', () => {
    const ref = `refs/heads/${'feature/'.repeat(200)}x`;
    const text = approvalDescription('Approved', { ...ctx, ref });
    expect(text).toHaveLength(1024);
    expect(text.startsWith(`Approved by octocat on push of refs/heads/feature/`)).toBe(true);
  });

  test('line breaks are replaced before the cut, so the result is one line of at most 1,024 characters', () => {
    const ref = `refs/heads/${'a\r\n'.repeat(600)}`;
    const text = approvalDescription('Rejected', { ...ctx, ref });
    expect(text).not.toMatch(/[\r\n]/);
    expect(text.length).toBeLessThanOrEqual(1024);
  });
});
