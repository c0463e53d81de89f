/** approval-events inputs: each rule, one line naming the input; the token masked first and never shown. */
import { describe, expect, test } from '@jest/globals';
import type { CommonConfig } from '../../../src/commands/inputs.js';
import { readApiUrl, readApprovalEvents } from '../../../src/events/inputs.js';

const COMMON = { region: 'us-east-1' } as CommonConfig;
const TOKEN = 'github_pat_11ABCDEF';
const BASE: Record<string, string> = { 'model-package-group': 'fraud-detector', 'dispatch-token': TOKEN, 'events-role-arn': 'arn:aws:iam::123456789012:role/eb' };
const ENV = { GITHUB_REPOSITORY: 'acme/fraud-model' };

function read(extra: Record<string, string> = {}, env: NodeJS.ProcessEnv = ENV) {
  const masked: string[] = [];
  const inputs = { ...BASE, ...extra };
  const config = readApprovalEvents((n) => inputs[n] ?? '', COMMON, env, (v) => masked.push(v));
  return { config, masked };
}

function error(extra: Record<string, string>, env: NodeJS.ProcessEnv = ENV): string {
  try {
    read(extra, env);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an input error');
}

describe('readApprovalEvents', () => {
  test('defaults: Approved and Rejected, the current repository, github.com, the default event type', () => {
    const { config, masked } = read();
    expect(config).toEqual({
      group: { name: 'fraud-detector' }, statuses: ['Approved', 'Rejected'], token: TOKEN, owner: 'acme', repo: 'fraud-model',
      apiUrl: 'https://api.github.com', eventType: 'sagemaker-model-package', eventsRoleArn: BASE['events-role-arn']
    });
    expect(masked).toEqual([TOKEN]);
  });

  test('statuses are matched case-insensitively, de-duplicated, and unknown ones refused', () => {
    expect(read({ statuses: 'approved, APPROVED\nPendingManualApproval' }).config.statuses).toEqual(['Approved', 'PendingManualApproval']);
    expect(error({ statuses: 'Approved,Deployed' })).toBe("Input 'statuses': \"Deployed\" is not an approval status: use Approved, Rejected, PendingManualApproval");
  });

  test.each([
    [{ repository: 'acme' }, "Input 'repository': \"acme\" must be owner/name"],
    [{ repository: 'acme/a/b' }, "Input 'repository': \"acme/a/b\" must be owner/name"],
    [{ repository: '-x/y' }, "Input 'repository': \"-x/y\" must be owner/name"],
    [{ 'event-type': 'e'.repeat(101) }, "is 101 characters; GitHub accepts at most 100"],
    [{ 'event-type': 'a<b>' }, 'may not contain control characters, quotes, backslashes, < or >'],
    [{ 'event-type': 'a"b' }, 'may not contain control characters'],
    [{ 'model-package-group': 'bad group' }, "Input 'model-package-group': \"bad group\" must be 1-63"],
    [{ 'events-role-arn': 'arn:aws:iam::123456789012:user/x' }, "Input 'events-role-arn'"],
    [{ 'dead-letter-queue-arn': 'arn:aws:sqs:us-east-1:123456789012:q.fifo' }, 'FIFO queues are not accepted'],
    [{ 'dispatch-token': 'has space' }, "Input 'dispatch-token': \"***\" must be 1 to 505 printable ASCII characters"],
    [{ 'dispatch-token': '' }, "Input 'dispatch-token': \"\" is required"]
  ])('%j is refused', (extra, message) => {
    expect(error(extra)).toContain(message);
  });

  test('a token is masked even when another input is bad, and never appears in the message', () => {
    const masked: string[] = [];
    const inputs: Record<string, string> = { ...BASE, repository: 'nope', 'dispatch-token': 'secret value' };
    expect(() => readApprovalEvents((n) => inputs[n] ?? '', COMMON, ENV, (v) => masked.push(v))).toThrow(/dispatch-token/);
    expect(masked).toEqual(['secret value']);
  });

  test('no repository input and no GITHUB_REPOSITORY is refused', () => {
    expect(error({}, {})).toBe("Input 'repository': \"\" must be owner/name (empty: the repository running the workflow)");
  });
});

describe('readApiUrl', () => {
  test('https anywhere, http to loopback only; trailing slashes dropped', () => {
    expect(readApiUrl('https://ghe.example.com/api/v3/')).toBe('https://ghe.example.com/api/v3');
    expect(readApiUrl('http://127.0.0.1:4566')).toBe('http://127.0.0.1:4566');
    expect(readApiUrl('http://localhost:8080/')).toBe('http://localhost:8080');
    expect(() => readApiUrl('http://github.example.com')).toThrow("Input 'GITHUB_API_URL': \"http://github.example.com\" must be https://");
    expect(() => readApiUrl('https://user:pw@github.com')).toThrow('may not carry credentials');
    expect(() => readApiUrl('not a url')).toThrow('is not a URL');
  });
});
