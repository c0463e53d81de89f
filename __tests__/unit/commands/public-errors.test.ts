/**
 * What a failed sub-action posts (job summary, PR comment, outputs) never carries AWS's own words or an
 * unexpected error's text and stack: those stay in the job log. Each case runs runCommand with a fake
 * SageMaker client and a fake GitHub client that records the comment bodies.
 */
import { beforeEach, describe, expect, jest, test } from '@jest/globals';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { instantClock } from '../../helpers/clock.js';
import { useActionFiles } from '../../helpers/action-files.js';
import type { CommandSpec, CommandState } from '../../../src/commands/run.js';
import type { Report } from '../../../src/report/summary.js';

const bodies: string[] = [];
const octokit = {
  rest: {
    issues: {
      listComments: jest.fn(),
      createComment: jest.fn(async (p: { body: string }) => {
        bodies.push(p.body);
        return { data: { id: 7, html_url: 'https://github.com/acme/fraud-model/pull/42#issuecomment-7', body: p.body } };
      }),
      updateComment: jest.fn(async (p: { body: string; comment_id: number }) => {
        bodies.push(p.body);
        return { data: { id: p.comment_id, html_url: 'https://github.com/acme/fraud-model/pull/42#issuecomment-7' } };
      })
    },
    users: { getAuthenticated: async () => ({ data: { login: 'github-actions[bot]' } }) }
  },
  paginate: { iterator: () => (async function* () {})() },
  graphql: async () => ({ viewer: { login: 'github-actions' } })
};
jest.unstable_mockModule('@actions/github', () => ({ getOctokit: () => octokit, context: {} }));

const { runCommand } = await import('../../../src/commands/run.js');
const { statusSpec } = await import('../../../src/commands/status.js');

const ARN = 'arn:aws:sts::123456789012:assumed-role/deployer/gh-run-55';
const SECRET_WORDS = 'the-secret-detail-of-a-bug';
const sm = mockClient(SageMakerClient);
const clock = instantClock;
const files = useActionFiles('public-errors');

beforeEach(() => {
  sm.reset();
  bodies.length = 0;
});

function env(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const event = join(files.dir, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 42, head: { sha: 'a'.repeat(40), ref: 'feature' } }, repository: { full_name: 'acme/fraud-model' } }));
  const out: NodeJS.ProcessEnv = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/fraud-model',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '55',
    'INPUT_GITHUB-TOKEN': 'ghs_token',
    'INPUT_AWS-REGION': 'us-east-1'
  };
  for (const [k, v] of Object.entries(inputs)) out[`INPUT_${k.toUpperCase()}`] = v;
  return out;
}

const deps = (inputs: Record<string, string> = {}) => ({ env: env(inputs), clock, sagemaker: async () => new SageMakerClient({ region: 'us-east-1' }) });

/** AWS's own error, as the SDK throws it: its message names the caller's assumed role. */
function accessDenied(): Error {
  return Object.assign(new Error(`User: ${ARN} is not authorized to perform this action`), {
    name: 'AccessDeniedException',
    $metadata: { httpStatusCode: 400, requestId: 'req-1' }
  });
}

/** A bug: a TypeError whose message and stack trace are nobody's business outside the log. */
function bug(): TypeError {
  return new TypeError(`Cannot read properties of undefined (reading '${SECRET_WORDS}')`);
}

const report: Report = { title: 'SageMaker promotion', group: 'fraud-model', approval: 'Approved', image: 'img', commit: 'a'.repeat(40), refName: 'feature', dryRun: false, time: '2026-06-01T00:00:00.000Z' };

/** A sub-action whose work throws `err`, after recording a version report or a markdown body when asked. */
function failing(err: () => unknown, state: Partial<CommandState<object>> = {}): CommandSpec<object> {
  return {
    name: 'fake',
    title: 'Fake command',
    outputs: ['comment-url'],
    read: () => ({}),
    execute: async (s) => {
      Object.assign(s, state);
      throw err();
    }
  };
}

/** The summary as read: markdown escapes removed. */
const summary = () => files.summary().replace(/\\(.)/g, '$1');

function published(): string {
  return [files.summary(), ...bodies, files.outputText()].join('\n');
}

function expectNothingLeaked(text: string): void {
  expect(text).not.toContain(ARN);
  expect(text).not.toContain('123456789012:assumed-role');
  expect(text).not.toContain(SECRET_WORDS);
  expect(text).not.toMatch(/\bat .*\.(?:ts|js):\d+/);
  expect(text).toContain('What failed');
}

describe('errors posted by the sub-actions', () => {
  test('status: AWS denies its calls; its message with the assumed-role ARN stays in the log', async () => {
    sm.onAnyCommand().rejects(accessDenied());
    await runCommand(statusSpec, deps({ 'model-package-group': 'fraud-model' }));
    expect(summary()).toMatch(/sagemaker:\w+ was denied/);
    expect(summary()).toContain('AccessDeniedException');
    expectNothingLeaked(published());
    expect(files.stdout.join('')).toContain(ARN);
  });

  const STATES: [string, Partial<CommandState<object>>][] = [
    ['with a version report', { report }],
    ['with a status body', { markdown: '### versions\n' }],
    ['before anything to show', {}]
  ];
  const ERRORS: [string, () => Error, string, string][] = [
    ['an AWS error thrown as it is (not through send)', accessDenied, 'AccessDeniedException', ARN],
    ['an unexpected TypeError', bug, 'TypeError', SECRET_WORDS]
  ];
  test.each(ERRORS.flatMap(([what, err, name, inLog]) => STATES.map(([where, state]) => [what, where, err, name, inLog, state] as const)))(
    '%s, %s: its text (and stack) stay in the log',
    async (_what, _where, err, name, inLog, state) => {
      await runCommand(failing(err, state), deps());
      expect(summary()).toContain(`Unexpected error (${name}): the details are in the job log.`);
      expectNothingLeaked(published());
      expect(files.stdout.join('')).toContain(inLog);
    }
  );

  test('the PR comment of a failed version report carries the public text only', async () => {
    // A group of its own: the comment module remembers, for the whole process, the comments it wrote.
    await runCommand(failing(bug, { report: { ...report, group: 'comment-only' } }), deps());
    expect(files.stdout.join('')).toContain('Commented on the PR');
    expect(bodies.join('\n').replace(/\\(.)/g, '$1')).toContain('Unexpected error (TypeError): the details are in the job log.');
    expectNothingLeaked(bodies.join('\n'));
  });
});
