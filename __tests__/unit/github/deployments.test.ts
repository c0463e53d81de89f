/**
 * DeploymentRecorder against a tiny local GitHub API: the calls it makes, that the first refusal warns once and stops
 * every later call (never throwing), and which deployments a production success makes inactive.
 */
import { beforeEach, expect, test } from '@jest/globals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { useGithubApi } from '../../helpers/github-api.js';
import type { RunContext } from '../../../src/github/context.js';
import type { RecordFacts } from '../../../src/github/deployment-record.js';
import { DeploymentRecorder } from '../../../src/github/deployments.js';

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-detector/3';
const ctx = { repository: 'acme/fraud-model', runUrl: 'https://github.com/acme/fraud-model/actions/runs/1/attempts/1' } as RunContext;
const facts: RecordFacts = { environment: 'production', endpointName: 'fraud-prod', url: 'https://console/fraud-prod', versionArn: ARN, runSha: 'b'.repeat(40), region: 'us-east-1', rollback: false };

let calls: { method: string; url: string; body: Record<string, unknown> }[];
/** method + path (without the query) → status and body; anything else 500. */
let routes: Record<string, [number, unknown]>;
useGithubApi((req: IncomingMessage, res: ServerResponse) => {
  let text = '';
  req.on('data', (d) => (text += d));
  req.on('end', () => {
    const path = (req.url ?? '').split('?')[0]!;
    calls.push({ method: req.method ?? '', url: req.url ?? '', body: text ? JSON.parse(text) : {} });
    const [status, body] = routes[`${req.method} ${path}`] ?? [500, { message: 'boom' }];
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
});
beforeEach(() => {
  calls = [];
  routes = {};
});

const log = () => {
  const lines: string[] = [];
  return { lines, info: (m: string) => void lines.push(`info ${m}`), warning: (m: string) => void lines.push(`warning ${m}`) };
};
const D = '/repos/acme/fraud-model/deployments';

test('creates the deployment, marks it in_progress, then success; a production success makes the earlier successes inactive', async () => {
  routes = {
    [`POST ${D}`]: [201, { id: 7, production_environment: true }],
    [`POST ${D}/7/statuses`]: [201, {}],
    [`GET ${D}`]: [200, [{ id: 7 }, { id: 6 }, { id: 5 }]],
    [`GET ${D}/6/statuses`]: [200, [{ state: 'success' }]],
    [`GET ${D}/5/statuses`]: [200, [{ state: 'inactive' }]],
    [`POST ${D}/6/statuses`]: [201, {}]
  };
  const l = log();
  const r = new DeploymentRecorder(ctx, 'ghs_token', facts, l);
  await r.start();
  await r.finish('success', 'succeeded');
  expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
    `POST ${D}`,
    `POST ${D}/7/statuses`,
    `POST ${D}/7/statuses`,
    `GET ${D}?environment=production&per_page=10`,
    `GET ${D}/6/statuses?per_page=1`,
    `POST ${D}/6/statuses`,
    `GET ${D}/5/statuses?per_page=1`
  ]);
  expect(calls[0]!.body).toMatchObject({ ref: 'b'.repeat(40), environment: 'production', auto_merge: false, required_contexts: [] });
  expect(calls.filter((c) => c.method === 'POST' && c.url.endsWith('/statuses')).map((c) => c.body.state)).toEqual(['in_progress', 'success', 'inactive']);
  expect(calls[1]!.body).toMatchObject({ environment_url: 'https://console/fraud-prod', log_url: ctx.runUrl, description: 'Deploying v3 to fraud-prod' });
  expect(l.lines).toEqual(['info GitHub deployment 7 (environment production) is in progress.']);
});

test('outside production GitHub makes the earlier ones inactive itself: no listing', async () => {
  routes = { [`POST ${D}`]: [201, { id: 8, production_environment: false }], [`POST ${D}/8/statuses`]: [201, {}] };
  const r = new DeploymentRecorder(ctx, 'ghs_token', { ...facts, environment: 'staging' }, log());
  await r.start();
  await r.finish('success', 'succeeded');
  expect(calls.map((c) => c.method)).toEqual(['POST', 'POST', 'POST']);
});

test.each([
  [404, 'HTTP 404: the token needs deployments: write'],
  [403, 'HTTP 403: the token needs deployments: write'],
  [422, 'HTTP 422']
])('a %i on create warns once, names why, and stops: the final status sends nothing', async (status, why) => {
  routes = { [`POST ${D}`]: [status, { message: 'no' }] };
  const l = log();
  const r = new DeploymentRecorder(ctx, 'ghs_token', facts, l);
  await r.start();
  await r.finish('failure', 'failed');
  expect(calls).toHaveLength(1);
  expect(l.lines).toEqual([`warning Could not create a GitHub deployment (${why}); the deploy goes on without a GitHub deployment record.`]);
});

test('a status refused after the deployment exists warns once and sends nothing more', async () => {
  routes = { [`POST ${D}`]: [201, { id: 9, production_environment: true }] };
  const l = log();
  const r = new DeploymentRecorder(ctx, 'ghs_token', facts, l);
  await r.start();
  await r.finish('success', 'succeeded');
  expect(calls).toHaveLength(2);
  // Nothing claims the deployment is in progress when GitHub did not take that status.
  expect(l.lines).toEqual([
    "warning Could not set the GitHub deployment's status to in_progress (HTTP 500); the deploy goes on without a GitHub deployment record.",
    'info GitHub deployment 9 (environment production) was created; GitHub did not take its status.'
  ]);
});

test('no token or no repository: nothing is called', async () => {
  for (const [c, token] of [[ctx, ''], [{ ...ctx, repository: '' }, 'ghs_token']] as const) {
    const l = log();
    const r = new DeploymentRecorder(c, token, facts, l);
    await r.start();
    await r.finish('success', 'succeeded');
    expect(l.lines).toEqual(['info No token or repository: the deploy is not recorded as a GitHub deployment.']);
  }
  expect(calls).toEqual([]);
});

test('an outcome with no final state (started, not waited for) leaves it in_progress', async () => {
  routes = { [`POST ${D}`]: [201, { id: 10 }], [`POST ${D}/10/statuses`]: [201, {}] };
  const r = new DeploymentRecorder(ctx, 'ghs_token', facts, log());
  await r.start();
  await r.finish(undefined, 'started');
  expect(calls.map((c) => c.body.state ?? c.method)).toEqual(['POST', 'in_progress']);
});
