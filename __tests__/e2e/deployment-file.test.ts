/**
 * deployment-file end to end (the bundled actions against the simulator): one file per stage drives the release
 * deploy, the promote and the rollback; a workflow input overrides one key and the summary says so; a file with an
 * unknown key, a wrong type or a value out of range fails naming file, line, key and rule, with no AWS write.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pushEvent } from '../helpers/action-runner.js';
import { DescribeModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { client, ECR_IMAGE, GROUP, registerPr, ROLE, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim, WRITE_OPERATIONS } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);
const FILE = '.sagemaker/production.yml';
const PRODUCTION = [
  '# yaml-language-server: $schema=../schema/deployment-file.schema.json',
  'endpoint-name: fraud-prod',
  'stage: production',
  'instance-count: 2',
  'traffic-routing: canary',
  'canary-size: 1',
  'wait-interval: 10',
  ''
].join('\n');

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'deployment-file-e2e-'));
  mkdirSync(join(workspace, '.sagemaker'));
  writeFileSync(join(workspace, FILE), PRODUCTION);
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

const env = () => ({ ...sim.env, GITHUB_WORKSPACE: workspace });
const common = { 'deployment-file': FILE, 'execution-role-arn': ROLE, 'poll-interval': '1', comment: 'false' };
const lastRequest = async (operation: string) => (await sim.requests({ operation })).slice(-1)[0]!.request;

test('the same file drives the release deploy, the promote and the rollback; a workflow input overrides one key and the summary says so', async () => {
  const release = await runRegister({
    env: env(),
    eventName: 'push',
    event: pushEvent('refs/tags/v1.0.0'),
    ref: 'refs/tags/v1.0.0',
    sha: sha(1),
    inputs: { image: `${ECR_IMAGE}:v1`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', ...common }
  });
  expect(release.errors).toEqual([]);
  expect(release.outputs['deployment-status']).toBe('succeeded');
  const v1 = release.outputs['model-package-arn']!;
  expect((await lastRequest('CreateEndpoint')).EndpointName).toBe('fraud-prod');
  expect((await lastRequest('CreateEndpointConfig')).ProductionVariants[0].InitialInstanceCount).toBe(2);
  expect(release.summary).toContain('**Deploy settings** from `.sagemaker/production.yml`:');
  expect(release.summary).toContain('- from the file: endpoint-name, instance-count, traffic-routing, canary-size, wait-interval, stage');
  expect(release.stdout).toContain('Deploy settings (deployment-file .sagemaker/production.yml):');

  // The pull request registered v2; the promote deploys it with the file's canary, one key given by the workflow.
  const pr = await registerPr(sim, sha(2));
  expect(pr.errors).toEqual([]);
  const promote = await runSub('promote', { env: env(), eventName: 'push', event: pushEvent(), inputs: { 'model-package-group': GROUP, version: '2', ...common, 'instance-count': '3' } });
  expect(promote.errors).toEqual([]);
  expect(promote.outputs['deployment-status']).toBe('succeeded');
  expect((await lastRequest('CreateEndpointConfig')).ProductionVariants[0].InitialInstanceCount).toBe(3);
  const update = await lastRequest('UpdateEndpoint');
  expect(update).toMatchObject({ EndpointName: 'fraud-prod', DeploymentConfig: { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'CANARY', CanarySize: { Type: 'INSTANCE_COUNT', Value: 1 }, WaitIntervalInSeconds: 10 } } } });
  expect(promote.summary).toContain('- workflow inputs over the file: instance-count');
  // promote's own reading of stage comes from the file too.
  const v2 = await client(sim).send(new DescribeModelPackageCommand({ ModelPackageName: promote.outputs['model-package-arn']! }));
  expect(v2.ModelLifeCycle?.Stage).toBe('production');
  expect(promote.summary).toContain('- from the file: endpoint-name, traffic-routing, canary-size, wait-interval, stage');

  // The file changed since v1 was deployed: the rollback uses it as it is now (the stage's settings) and says so.
  writeFileSync(join(workspace, FILE), PRODUCTION.replace('instance-count: 2', 'instance-count: 4'));
  const rollback = await runSub('rollback', { env: env(), eventName: 'workflow_dispatch', event: {}, runId: '9301', inputs: { ...common } });
  expect(rollback.errors).toEqual([]);
  expect(rollback.outputs).toMatchObject({ 'model-package-arn': v1, 'deployment-status': 'succeeded' });
  expect((await lastRequest('CreateEndpointConfig')).ProductionVariants[0].InitialInstanceCount).toBe(4);
  expect(rollback.summary).toContain('rollback uses the deployment file as it is now: the settings are the stage’s, not those the version was deployed with');
  expect(rollback.stdout).toContain('rollback uses the deployment file as it is now');
});

test.each([
  ['an unknown key', 'endpoint-name: fraud-prod\ninstance-count: 2\ninstace-type: ml.m5.large\n', `${FILE}:3: instace-type: is not a deploy setting a deployment file may hold (see docs/deployment-file.md)`, true],
  ['a wrong type', 'endpoint-name: fraud-prod\ninstance-count: two\n', `${FILE}:2: instance-count: "two" must be a whole number`, true],
  ['a value out of range', '# production\nendpoint-name: fraud-prod\n\ninstance-count: 0\n', `${FILE}:4: instance-count: "0" must be between 1 and 1000`, true],
  // Checked by the readers (promote reads its deploy inputs before any call; rollback after reading the live endpoint).
  ['a combination the readers refuse', 'endpoint-name: fraud-prod\ninstance-count: 1\ntraffic-routing: canary\n', `${FILE}:2: instance-count: "1" must be at least 2 for a canary: a canary is at most 50% of the fleet`, false]
])('%s fails naming file, line, key and rule, with no AWS write', async (_, text, message, rollbackToo) => {
  writeFileSync(join(workspace, FILE), text);
  const runs = [
    () => runSub('promote', { env: env(), eventName: 'push', event: pushEvent(), inputs: { 'model-package-group': GROUP, version: '1', ...common } }),
    () => runSub('rollback', { env: env(), eventName: 'workflow_dispatch', event: {}, inputs: { ...common } })
  ];
  for (const run of rollbackToo ? runs : runs.slice(0, 1)) {
    const r = await run();
    expect(r.errors).toEqual([message]);
    expect(r.code).toBe(1);
    expect(r.outputs['deployment-status']).toBe('skipped');
  }
  expect((await sim.requests()).filter((q) => WRITE_OPERATIONS.test(q.operation))).toEqual([]);
  expect(await sim.requests({ service: 'sagemaker' })).toEqual([]);
});

test('a JSON file drives the pull request’s staging deploy of its pending version (deploy-approval from the file)', async () => {
  writeFileSync(join(workspace, '.sagemaker/staging.json'), JSON.stringify({ $schema: '../schema/deployment-file.schema.json', 'endpoint-name': 'fraud-staging', stage: 'staging', 'deploy-approval': ['approved', 'pending'] }, null, 2));
  const r = await registerPr(sim, sha(3), { env: env(), inputs: { 'deployment-file': '.sagemaker/staging.json', 'execution-role-arn': ROLE, 'poll-interval': '1' } });
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ 'approval-status': 'PendingManualApproval', 'deployment-status': 'succeeded' });
  expect((await lastRequest('CreateEndpoint')).EndpointName).toBe('fraud-staging');
  expect(r.summary).toContain('- from the file: endpoint-name, deploy-approval, stage');
});

test('a deployment file outside the workspace is refused before any call', async () => {
  const r = await runSub('promote', { env: env(), eventName: 'push', event: pushEvent(), inputs: { 'model-package-group': GROUP, version: '1', ...common, 'deployment-file': '../production.yml' } });
  expect(r.errors).toEqual([`Input 'deployment-file': "../production.yml" must not contain a '..' segment: the file has to be inside the workspace`]);
  expect(await sim.requests()).toEqual([]);
});
