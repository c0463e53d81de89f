/**
 * shadow/ (the bundled sub-action) against the simulator: a candidate shadows the live endpoint in an inference
 * experiment fed by production traffic over virtual minutes; CloudWatch's per-variant metrics decide.
 */
import { expect, test } from '@jest/globals';
import { join } from 'node:path';
import { DescribeEndpointCommand, DescribeInferenceExperimentCommand, DescribeModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { pushEvent, runAction, type RunResult } from '../helpers/action-runner.js';
import { terminateAt } from '../helpers/fault-runs.js';
import { client, ECR_IMAGE, GROUP, prEvent, registerPr, ROLE, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);
const ENDPOINT = 'fraud-prod';

function runShadow(inputs: Record<string, string>, onSpawn?: (c: import('node:child_process').ChildProcess) => void, on: { eventName: string; event: Record<string, unknown> } = { eventName: 'push', event: pushEvent() }): Promise<RunResult> {
  const dist = process.env.ACTION_DIST_DIR;
  return runAction({
    env: sim.env,
    ...on,
    sha: sha(2),
    action: 'shadow',
    ...(dist ? { entry: join(dist, 'shadow.js') } : {}),
    ...(onSpawn ? { onSpawn } : {}),
    inputs: { 'model-package-group': GROUP, 'endpoint-name': ENDPOINT, 'execution-role-arn': ROLE, version: '2', duration: '10m', 'poll-interval': '1', comment: 'false', ...inputs }
  });
}

/** Version 1 live on the endpoint (production), version 2 registered (the candidate); returns production's config. */
async function live(production: object, candidate: object, traffic = { requests: 6000, minutes: 150 }): Promise<string> {
  for (const n of [1, 2]) expect((await registerPr(sim, sha(n))).errors).toEqual([]);
  const deployed = await runSub('promote', { env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(1), inputs: { 'model-package-group': GROUP, version: '1', 'endpoint-name': ENDPOINT, 'execution-role-arn': ROLE, 'poll-interval': '1' } });
  expect(deployed.errors).toEqual([]);
  const config = deployed.outputs['endpoint-config-name']!;
  await sim.control('runtime', { endpointConfigName: config, ...production });
  await sim.control('runtime', { image: `${ECR_IMAGE}:${sha(2).slice(0, 12)}`, ...candidate });
  // A virtual minute a second: the 10-minute test takes 10 s, and the schedule's 10-minute backstop leaves 10 s to stop it.
  await sim.control('config', { clockSpeed: 60 });
  await sim.control('runtime/traffic', { endpointName: ENDPOINT, ...traffic });
  return config;
}

const endpointConfig = async () => (await client(sim).send(new DescribeEndpointCommand({ EndpointName: ENDPOINT }))).EndpointConfigName;
const experiment = async (arn: string) => client(sim).send(new DescribeInferenceExperimentCommand({ Name: arn.split('/').pop()! }));
const approval = async () => (await client(sim).send(new DescribeModelPackageCommand({ ModelPackageName: `${GROUP}/2` }))).ModelApprovalStatus;

test('a candidate slower beyond the rule fails: production untouched, the experiment stopped with the shadow variant removed', async () => {
  const config = await live({ latencyMs: { p50: 100, p99: 150 } }, { latencyMs: { p50: 180, p99: 260 } });
  const r = await runShadow({ 'on-pass': 'promote' });
  expect(r.code).toBe(1);
  expect(r.outputs.verdict).toBe('fail');
  expect(r.errors[0]).toMatch(/^Shadow test failed: latency-p99-ms <= production \* 1.10: worse than the bound, significant at 95%/);
  const report = JSON.parse(r.outputs.report!);
  expect(report.metrics.production.invocations).toBeGreaterThanOrEqual(100);
  expect(report.metrics.candidate.invocations).toBe(report.metrics.production.invocations);
  expect(report.metrics.candidate.total['latency-p99-ms']).toBeGreaterThan(report.metrics.production.total['latency-p99-ms'] * 1.1);
  const x = await experiment(r.outputs['experiment-arn']!);
  expect(x.Status).toMatch(/^(Stopping|Completed)$/);
  expect(x.ModelVariants!.map((v) => v.Status)).toEqual(['InService', expect.stringMatching(/^(Deleting|Deleted)$/)]);
  const stop = (await sim.requests({ operation: 'StopInferenceExperiment' }))[0]!.request;
  expect(stop).toMatchObject({ ModelVariantActions: { AllTraffic: 'Retain', 'shadow-v2': 'Remove' }, DesiredState: 'Completed' });
  expect(await endpointConfig()).toBe(config);
  expect(await approval()).toBe('PendingManualApproval');
  expect(r.outputs['deployment-status']).toBe('skipped');
  expect(r.summary).toContain('| Model latency p99 (ms) |');
  expect(r.summary).toMatch(/### Shadow test of version 2 on `fraud-prod`: ❌ fail/);
});

test('a candidate within the rule passes and, with on-pass: promote, is approved and deployed blue/green', async () => {
  const config = await live({ latencyMs: { p50: 100, p99: 150 } }, { latencyMs: { p50: 102, p99: 152 } });
  const r = await runShadow({ 'on-pass': 'promote' });
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ verdict: 'pass', 'approval-status': 'Approved', 'deployment-status': 'succeeded' });
  expect(await approval()).toBe('Approved');
  const now = await endpointConfig();
  expect(now).not.toBe(config);
  expect(now).toBe(r.outputs['endpoint-config-name']);
  // Deployed by the project's own UpdateEndpoint (blue/green), never by SageMaker's variant promotion.
  const updates = await sim.requests({ operation: 'UpdateEndpoint' });
  expect(updates.at(-1)!.request.DeploymentConfig.BlueGreenUpdatePolicy).toBeDefined();
  expect(JSON.stringify(await sim.requests({ operation: 'StopInferenceExperiment' }))).not.toContain('Promote');
});

test('too little traffic is inconclusive, never a pass, and nothing is promoted', async () => {
  await live({ latencyMs: 100 }, { latencyMs: 100 }, { requests: 40, minutes: 150 });
  const r = await runShadow({ 'on-pass': 'promote' });
  expect(r.code).toBe(0);
  expect(r.outputs.verdict).toBe('inconclusive');
  expect(JSON.parse(r.outputs.report!).judgement.reason).toMatch(/^too little traffic: production \d+, candidate \d+ invocations, min-invocations is 100$/);
  expect(await approval()).toBe('PendingManualApproval');
  expect((await sim.requests({ operation: 'UpdateEndpoint' })).length).toBe(0);
});

test('a noisy but equal candidate passes; the PR comment shows production and the candidate side by side', async () => {
  const noisy = { latencyMs: { p50: 100, p99: 400 }, errorRate: 0.02 };
  await live({ ...noisy, seed: 1 }, { ...noisy, seed: 2 });
  const r = await runShadow({ comment: 'true', 'instance-type': 'ml.c5.xlarge' }, undefined, { eventName: 'pull_request', event: prEvent(42, sha(2)) });
  expect(r.errors).toEqual([]);
  expect(r.outputs.verdict).toBe('pass');
  expect(await approval()).toBe('PendingManualApproval');
  const created = (await sim.requests({ operation: 'CreateInferenceExperiment' }))[0]!.request;
  expect(created.ModelVariants.map((v: { InfrastructureConfig: { RealTimeInferenceConfig: { InstanceType: string } } }) => v.InfrastructureConfig.RealTimeInferenceConfig.InstanceType)).toEqual(['ml.m5.large', 'ml.c5.xlarge']);
  const comments = (await sim.control('github/comments?owner=acme&repo=fraud-model&number=42')) as { body: string }[];
  const body = comments.map((c) => c.body).find((b) => b.includes('Shadow test of version 2'))!;
  expect(body).toContain('### Shadow test of version 2 on `fraud-prod`: ✅ pass');
  expect(body).toMatch(/\| Invocations \| (\d+) \| \1 \|/);
  expect(body).toMatch(/\| Model latency p99 \(ms\) \| [\d.]+ \| [\d.]+ \|/);
  expect(r.outputs['comment-url']).toMatch(/^https:\/\/github\.com\/acme\/fraud-model\/(issues|pull)\/42#issuecomment-\d+$/);
});

test("SageMaker's limits are refused before any write: a duration over 30 days, an Inf1 shadow", async () => {
  const long = await runShadow({ duration: '31d' });
  expect(long.errors).toEqual([`Input 'duration': "31d" must be minutes, hours or days such as 30m, 1h or 2d, from 5m to 30d (SageMaker runs a shadow test at most 30 days)`]);
  const inf1 = await runShadow({ 'instance-type': 'ml.inf1.xlarge' });
  expect(inf1.errors[0]).toMatch(/^Input 'instance-type': "ml.inf1.xlarge" is an Inf1 type/);
  expect(await sim.requests({ operation: 'CreateInferenceExperiment' })).toEqual([]);
});

test('SIGTERM stops the experiment (Cancelled, shadow removed) before the run records its state', async () => {
  const config = await live({ latencyMs: 100 }, { latencyMs: 100 });
  await sim.control('config', { clockSpeed: 10 });
  const s = await terminateAt(sim, 'DescribeInferenceExperiment', (onSpawn) => runShadow({ duration: '1h' }, onSpawn));
  expect(s.afterSignalMs).toBeLessThan(5_000);
  expect(s.result.code).not.toBe(0);
  expect(s.result.errors).toEqual([expect.stringMatching(/^Cancelled \(SIGTERM\)/)]);
  const stop = await sim.requests({ operation: 'StopInferenceExperiment' });
  expect(stop.map((q) => q.request)).toEqual([expect.objectContaining({ ModelVariantActions: { AllTraffic: 'Retain', 'shadow-v2': 'Remove' }, DesiredState: 'Cancelled', Reason: 'the workflow run was cancelled' })]);
  expect((await experiment(s.result.outputs['experiment-arn'] || (await sim.requests({ operation: 'CreateInferenceExperiment' }))[0]!.request.Name)).Status).toMatch(/^(Stopping|Cancelled)$/);
  expect(await endpointConfig()).toBe(config);
});
