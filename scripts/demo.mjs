#!/usr/bin/env node
/**
 * npm run demo [-- --verbose] [-- --keep]: the whole pipeline on a fresh clone, no cloud account. Starts the local
 * simulator (SageMaker, ECR, Secrets Manager, CloudWatch and GitHub's REST API, on a clock running 40x) and a small
 * private registry on 127.0.0.1 (Basic auth; demo-registry.mjs), and runs the bundled actions from dist/ as the
 * GitHub runner would, with the events each workflow listens to: an earlier release in production; a pull request
 * registers its image from the private registry, pinned to its digest with the credentials from Secrets Manager
 * (pending, sticky comment), a re-run and a new commit (staging deploy); a shadow test runs that version beside
 * production on production's traffic (pass, side by side); the merge promotes that same version
 * (approved, canary to production, comment updated); a release tag makes no new version; then rollback, status and
 * a prune dry run; last, a version approved "in SageMaker" (the SDK, as Studio does) reaches production through
 * approval-events' repository_dispatch and promote, each deploy shown as a GitHub deployment. --keep leaves the
 * simulator's state in a file and prints how to explore it.
 *
 * The default output is the story, one or two lines a step; --verbose adds every run's log, outputs and job
 * summary. Each line is checked against the run's outputs or the simulator's state: the demo exits non-zero as
 * soon as a step does not do what its line says, so it is also a smoke test. ACTION_DIST_DIR runs a bundle built
 * elsewhere (`node scripts/bundle.mjs /tmp/dist`) instead of the committed dist/. --accounts tells the multi-account
 * story instead (scripts/demo-accounts.mjs).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeEndpointCommand, DescribeInferenceExperimentCommand, DescribeModelPackageCommand, SageMakerClient, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { bold, describeRouting, dim, expect, expectOutputs, printComment, printExplore, reasonsByVersion, short, StoryError, v } from './demo-report.mjs';
import { calls, createStory } from './demo-story.mjs';
import { startDemoRegistry } from './demo-registry.mjs';
import { describeRuntime, pullRequestEvent, pushEvent } from './run-action.mjs';
import { startSimProcess } from './sim-process.mjs';

const ARGS = process.argv.slice(2);
const VERBOSE = ARGS.some((a) => a === '--verbose' || a === '-v');
const KEEP = ARGS.includes('--keep');
const unknown = ARGS.filter((a) => !['--verbose', '-v', '--keep', '--accounts'].includes(a));
if (unknown.length) {
  console.error(`unknown argument ${unknown[0]}; usage: npm run demo [-- --verbose] [-- --keep] [-- --accounts]`);
  process.exit(2);
}
// The demo reads endpoints with the AWS SDK on the Node that runs npm; on Node 20 the SDK warns it will need 22 from
// 2027 (the actions themselves run on the pinned Node 24). That one notice is dropped, every other warning is kept.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (w, ...rest) => (String(w).startsWith('NodeVersionSupportWarning') ? undefined : emitWarning(w, ...rest));
// --accounts: the multi-account story instead (scripts/demo-accounts.mjs, docs/multi-account.md).
if (ARGS.includes('--accounts')) process.exit(await (await import('./demo-accounts.mjs')).accountsDemo({ verbose: VERBOSE, keep: KEEP }));
const GROUP = 'fraud-detector';
const commit = (c) => c.repeat(40);
// GITHUB_SHA of a pull_request run is the PR's merge ref; of the merge, the merge commit.
const [RELEASE_0, HEAD_A, HEAD_B, PR_MERGE_REF, MERGE, HEAD_C] = [commit('1'), commit('a'), commit('b'), commit('e'), commit('d'), commit('c')];
// The seed scenario: an image only the registry's owners can read. The action resolves each tag to its digest with
// the credentials in Secrets Manager, so the version names exactly one image; SageMaker pulls it through the
// model's VPC with the credentials provider.
const CREDENTIALS = { username: 'ci-reader', password: 'demo-registry-password' };
const TAGS = ['v0.9.0', HEAD_A.slice(0, 12), HEAD_B.slice(0, 12), HEAD_C.slice(0, 12)];
const registry = await startDemoRegistry({ repository: 'ml/fraud-model', tags: TAGS, ...CREDENTIALS });
const IMAGE = `${registry.host}/ml/fraud-model`;
const REGISTER = {
  'model-package-group': GROUP,
  'registry-credentials-provider-arn': 'arn:aws:lambda:us-east-1:123456789012:function:sagemaker-registry-credentials',
  'model-data-url': 's3://acme-models/fraud/model.tar.gz',
  'content-types': 'application/json',
  'response-types': 'application/json',
  'realtime-instance-types': 'ml.m5.large, ml.c5.xlarge',
  metadata: 'team=risk',
  'resolve-digest': 'required'
};
// One deployment file per stage, as a repository keeps them in .sagemaker/ (docs/deployment-file.md); the workflow
// gives only the file, the execution role (an identity stays in the workflow) and how often to poll.
const STAGE_FILES = {
  'staging.yml': ['endpoint-name: fraud-staging', 'stage: staging', 'instance-count: 2', 'deploy-approval: [approved, pending]'],
  'production.yml': ['endpoint-name: fraud-prod', 'stage: production', 'instance-count: 2', 'traffic-routing: canary', 'canary-size: 50%', 'wait-interval: 120']
};
const WORKSPACE = mkdtempSync(join(tmpdir(), 'sagemaker-demo-workspace-'));
mkdirSync(join(WORKSPACE, '.sagemaker'));
for (const [name, lines] of Object.entries(STAGE_FILES)) {
  const vpc = ['vpc-subnets: [subnet-0a1b2c3d4e5f60718]', 'vpc-security-groups: [sg-0a1b2c3d4e5f60718]'];
  writeFileSync(join(WORKSPACE, '.sagemaker', name), ['# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/sagemaker-private-registry-action/v0/schema/deployment-file.schema.json', ...lines, ...vpc, ''].join('\n'));
}
// Model-quality statistics as an evaluation step writes them (docs/metrics-gate.md): the release's, then the PR's.
const statistics = (auc, recall) => JSON.stringify({ binary_classification_metrics: { auc: { value: auc, standard_deviation: 0.003 }, recall: { value: recall, standard_deviation: 'NaN' } } });
mkdirSync(join(WORKSPACE, 'evaluation'));
writeFileSync(join(WORKSPACE, 'evaluation', 'v0.9.0.json'), statistics(0.902, 0.81));
writeFileSync(join(WORKSPACE, 'evaluation', 'statistics.json'), statistics(0.911, 0.84));
const METRICS = { 'metrics-s3-prefix': 's3://acme-ml-metrics/fraud-detector' };
const GATE = { ...METRICS, 'model-quality-statistics': 'evaluation/statistics.json', 'metrics-gate': 'auc >= baseline - 0.005\nrecall >= 0.8' };
const ENDPOINT = { 'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-execution', 'poll-interval': '1' };
const STAGING = { ...ENDPOINT, 'deployment-file': '.sagemaker/staging.yml' };
const PROD = { ...ENDPOINT, 'deployment-file': '.sagemaker/production.yml' };

// The workflows' GITHUB_TOKEN, with the permissions the example workflows grant (deployments: write records each deploy
// as a GitHub deployment); the token approval-events gives EventBridge (Contents write, to send repository_dispatch).
const WORKFLOW_TOKEN = 'ghs_demoWorkflowToken0000000000';
const DISPATCH_TOKEN = 'github_pat_11DEMO0000000dispatchToken';
const keptState = KEEP ? join(mkdtempSync(join(tmpdir(), 'sagemaker-demo-')), 'state.json') : undefined;
const sim = await startSimProcess(['--package-delay-ms', '30000', '--speed', '40', ...(keptState ? ['--state', keptState] : [])]);
await sim.control('github/tokens', { token: WORKFLOW_TOKEN, login: 'github-actions[bot]', type: 'app', permissions: { pull_requests: 'write', issues: 'write', deployments: 'write' } });
await sim.control('s3/buckets', { name: 'acme-ml-metrics' });
REGISTER['registry-secret-arn'] = JSON.parse(await sim.control('secrets', { name: 'acme-registry', secretString: JSON.stringify(CREDENTIALS) })).ARN;
const sagemaker = new SageMakerClient({
  region: 'us-east-1',
  endpoint: sim.env.AWS_ENDPOINT_URL_SAGEMAKER,
  credentials: { accessKeyId: sim.env.AWS_ACCESS_KEY_ID, secretAccessKey: sim.env.AWS_SECRET_ACCESS_KEY },
  maxAttempts: 1
});
const serving = async (name) => (await sagemaker.send(new DescribeEndpointCommand({ EndpointName: name }))).EndpointConfigName;
const comments = async () => JSON.parse(await sim.control('github/comments?owner=acme&repo=fraud-model&number=42'));
const commentOf = (all, url) => all.find((c) => url.endsWith(`#issuecomment-${c.id}`));
const { run, step, steps, lastRunId } = createStory({ sim, env: { ...sim.env, GITHUB_WORKSPACE: WORKSPACE }, githubToken: WORKFLOW_TOKEN, verbose: VERBOSE });

const story = {};
const pr = (head, action = 'synchronize') => ({ eventName: 'pull_request', event: { ...pullRequestEvent(42, head), action }, sha: PR_MERGE_REF });
const prInputs = (head) => ({ ...REGISTER, image: `${IMAGE}:${head.slice(0, 12)}`, approval: 'pending', comment: 'true', ...GATE });
const setPullHead = (head) => sim.control('github/pulls', { owner: 'acme', repo: 'fraud-model', number: 42, head_sha: head, head_ref: 'feature/better-features', base_ref: 'main' });

/** Production serves v1; PR #42 registers its first commit (pending, comment), and a re-run changes nothing. */
async function openPullRequest() {
  await step('Earlier release: tag v0.9.0 registered v1 and deployed it to production', async () => {
    const r = await run(undefined, { eventName: 'push', event: pushEvent('refs/tags/v0.9.0'), ref: 'refs/tags/v0.9.0', sha: RELEASE_0, inputs: { ...REGISTER, image: `${IMAGE}:v0.9.0`, approval: 'approved', comment: 'false', ...PROD, ...METRICS, 'model-quality-statistics': 'evaluation/v0.9.0.json' } });
    expectOutputs('release v0.9.0', r.outputs, { 'model-package-version': '1', 'approval-status': 'Approved', created: 'true', 'deployment-status': 'succeeded', 'image-digest': registry.digests['v0.9.0'] });
    expect((await serving('fraud-prod')) === r.outputs['endpoint-config-name'], 'fraud-prod does not serve the config the release created');
    const variant = calls(r, 'CreateEndpointConfig')[0]?.request.ProductionVariants?.[0];
    expect(variant?.InitialInstanceCount === 2 && variant.InstanceType === 'ml.m5.large', 'fraud-prod is not 2 × ml.m5.large');
    expect(calls(r, 'CreateModel')[0]?.request.VpcConfig?.Subnets?.length, 'the production model has no VpcConfig');
    story.v1 = r.outputs['model-package-arn'];
    return [`v1 ${story.v1}`, `image ${IMAGE}:v0.9.0 pinned to ${short(r.outputs['image-digest'])}; Approved; live on ${r.outputs['endpoint-arn']} (2 × ml.m5.large in the VPC)`];
  });
  await setPullHead(HEAD_A);

  await step('PR #42 opened: its image registered as v2, pending approval; sticky comment posted', async () => {
    const r = await run(undefined, { ...pr(HEAD_A, 'opened'), inputs: prInputs(HEAD_A) });
    expectOutputs('PR #42 opened', r.outputs, { 'model-package-version': '2', 'approval-status': 'PendingManualApproval', created: 'true', 'image-digest': registry.digests[TAGS[1]] });
    const [spec] = calls(r, 'CreateModelPackage').map((q) => q.request.InferenceSpecification.Containers[0]);
    expect(spec?.Image?.endsWith(`@${registry.digests[TAGS[1]]}`) || spec?.ImageDigest === registry.digests[TAGS[1]], 'v2 does not name the image by its digest');
    expect(registry.requests.some((q) => q.method === 'HEAD' && q.authorised), 'the action did not resolve the tag in the private registry with the stored credentials');
    expect(r.outputs['comment-url'] && (await comments()).length === 1, 'PR #42 has no sticky comment');
    [story.v2, story.comment] = [r.outputs['model-package-arn'], r.outputs['comment-url']];
    return [`v2 ${story.v2}`, `image ${IMAGE}:${TAGS[1]} pinned to ${short(registry.digests[TAGS[1]])} (resolved in the private registry with the credentials from Secrets Manager)`, `comment ${story.comment}`];
  });

  await step('Re-run of the same commit: nothing new created', async () => {
    const r = await run(undefined, { ...pr(HEAD_A), runId: lastRunId(), runAttempt: '2', inputs: prInputs(HEAD_A) });
    expectOutputs('re-run', r.outputs, { 'model-package-arn': story.v2, created: 'false', 'comment-url': story.comment });
    expect(!calls(r, 'CreateModelPackage').length, 're-run called CreateModelPackage');
    return ['v2 found again by commit and image (Search), no CreateModelPackage; the same comment'];
  });
}

/** A new commit on the PR: v3 (pending), then the optional staging deploy. */
async function newCommit() {
  await setPullHead(HEAD_B);
  await step('New commit on PR #42: v3 registered, pending; the same comment updated', async () => {
    const r = await run(undefined, { ...pr(HEAD_B), inputs: prInputs(HEAD_B) });
    expectOutputs('new commit', r.outputs, { 'model-package-version': '3', 'approval-status': 'PendingManualApproval', created: 'true', 'comment-url': story.comment });
    const body = commentOf(await comments(), story.comment)?.body ?? '';
    expect(body.includes('/fraud-detector/3`'), 'the PR comment does not show v3');
    const gate = JSON.parse(r.outputs.metrics || '{}');
    expect(r.outputs.gate === 'pass' && gate.baseline?.version === 1 && body.includes('| auc | 0.911 | 0.902 | \\+0.009 |'), 'the metrics gate against v1 is not pass in the outputs and the comment');
    expect(calls(r, 'CreateModelPackage')[0]?.request.ModelMetrics?.ModelQuality?.Statistics?.ContentDigest?.startsWith('sha256:'), 'v3 records no ModelMetrics with a digest');
    story.v3 = r.outputs['model-package-arn'];
    return [
      `v3 ${story.v3}`, `image ${IMAGE}:${TAGS[2]} pinned to ${short(registry.digests[TAGS[2]])}; comment ${story.comment} now shows v3`,
      `metrics gate pass against v1 (the Approved baseline): auc 0.911 vs 0.902, recall 0.84 ≥ 0.8; ModelMetrics recorded with its sha256; the table is in the comment`
    ];
  });

  await step('Optional staging deploy: v3 (still pending) on a new endpoint fraud-staging', async () => {
    const inputs = { 'model-package-arn': story.v3, ...STAGING };
    const r = await run(undefined, { ...pr(HEAD_B), inputs });
    expectOutputs('staging deploy', r.outputs, { 'model-package-arn': story.v3, created: 'false', 'deployment-status': 'succeeded' });
    expect(!calls(r, 'CreateModelPackage').length, 'the staging deploy registered a new version');
    const [model] = calls(r, 'CreateModel');
    expect(model?.request.PrimaryContainer?.ImageConfig?.RepositoryAccessMode === 'Vpc', 'the staging model does not pull through the VPC (ImageConfig Vpc)');
    expect((await serving('fraud-staging')) === r.outputs['endpoint-config-name'], 'fraud-staging does not serve the new config');
    expectOutputs('staging deploy', r.outputs, { 'comment-url': story.comment });
    const all = await comments();
    expect(all.length === 1 && commentOf(all, story.comment)?.body.includes('`fraud-staging`'), 'the staging deployment did not update the PR\'s one sticky comment');
    return [`live on ${r.outputs['endpoint-arn']}; private image pulled through the VPC (ImageConfig Vpc)`, `the same comment now shows the staging deployment`];
  });
}

/**
 * Before the merge, v3 is tested against production's real traffic: a shadow test (shadow/) runs v3 as a shadow variant
 * of fraud-prod for 5 virtual minutes, fed by production requests (the simulator's traffic route), and CloudWatch's
 * per-variant metrics decide. The clock runs 120x for it (a few seconds), then 40x again.
 */
async function shadowTest() {
  await step('Shadow test before the merge: v3 gets a copy of fraud-prod\'s traffic for 5 minutes, side by side with v1', async () => {
    const production = await serving('fraud-prod');
    const image = (await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: story.v3 }))).InferenceSpecification?.Containers?.[0]?.Image;
    await sim.control('runtime', { endpointConfigName: production, latencyMs: { p50: 42, p99: 95 }, seed: 1 });
    await sim.control('runtime', { image, latencyMs: { p50: 36, p99: 80 }, seed: 2 });
    await sim.control('config', { clockSpeed: 120 });
    let r;
    try {
      await sim.control('runtime/traffic', { endpointName: 'fraud-prod', requests: 1800, minutes: 30 });
      r = await run('shadow', { eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP, version: '3', duration: '5m', comment: 'false', ...PROD } });
    } finally {
      await sim.control('config', { clockSpeed: 40 });
    }
    const report = JSON.parse(r.outputs.report || '{}');
    const [p, c] = [report.metrics?.production, report.metrics?.candidate];
    expectOutputs('shadow test', r.outputs, { verdict: 'pass', 'model-package-arn': story.v3, 'approval-status': 'PendingManualApproval' });
    expect(p?.invocations >= 100 && c?.invocations === p.invocations, `the variants saw ${p?.invocations} and ${c?.invocations} requests; expected the same 100 or more`);
    const [stop] = calls(r, 'StopInferenceExperiment');
    expect(stop && Object.values(stop.request.ModelVariantActions).sort().join() === 'Remove,Retain', 'the experiment was not stopped with the shadow variant removed');
    expect((await sagemaker.send(new DescribeInferenceExperimentCommand({ Name: report.experiment }))).Status === 'Completed', 'the experiment has not ended when the run does');
    expect(!calls(r, 'UpdateEndpoint').length && (await serving('fraud-prod')) === production, 'the shadow test changed what fraud-prod serves');
    const ms = (x, m) => `${Number(x.total[m].toPrecision(3))} ms`;
    const row = (label, a, b) => `${label.padEnd(18)} ${String(a).padEnd(10)} ${b}`;
    return [
      `inference experiment ${report.experiment}: v3 as shadow variant of ${report.production.variant} (v1) on ${report.samplingPercentage}% of requests; production kept answering`,
      row('', 'v1 (prod)', 'v3 (shadow)'),
      row('invocations', p.invocations, c.invocations),
      ...['latency-p50-ms', 'latency-p99-ms'].map((m) => row(`model latency ${m.split('-')[1]}`, ms(p, m), ms(c, m))),
      row('error rate', `${(p.total['error-rate'] * 100).toFixed(2)}%`, `${(c.total['error-rate'] * 100).toFixed(2)}%`),
      `verdict pass against shadow-gate (p99 within production × 1.10, error rate within +0.5 points); experiment ended (shadow variant removed); v3 still pending`
    ];
  });
}

/** The merge promotes v3 to production with a canary; the release tag then changes nothing. */
async function mergeAndTag() {
  await step('PR #42 merged: the same v3 approved and rolled out to production with a canary', async () => {
    const event = { ...pullRequestEvent(42, HEAD_B), action: 'closed' };
    // The head repository is what tells a branch of this repository from a fork (forks are never promoted).
    event.pull_request = { ...event.pull_request, head: { ...event.pull_request.head, repo: { full_name: 'acme/fraud-model' } }, merged: true, merged_by: { login: 'lead' } };
    const r = await run('promote', { eventName: 'pull_request', event, sha: MERGE, inputs: { 'model-package-group': GROUP, ...PROD } });
    expectOutputs('merge', r.outputs, { 'model-package-arn': story.v3, 'previous-approval-status': 'PendingManualApproval', 'approval-status': 'Approved', 'deployment-status': 'succeeded', 'comment-url': story.comment });
    expect(!calls(r, 'CreateModelPackage').length, 'the promotion registered a new version');
    expect(r.stdout.includes('Approved by @lead on merge of PR #42'), 'the approval does not name @lead and the merge of PR #42');
    const [update] = calls(r, 'UpdateEndpoint');
    expect(update?.request.DeploymentConfig?.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration?.Type === 'CANARY', 'the update to fraud-prod was not a canary');
    expect((await serving('fraud-prod')) === r.outputs['endpoint-config-name'], 'fraud-prod does not serve the promoted config');
    const body = commentOf(await comments(), story.comment)?.body ?? '';
    expect(body.includes('PendingManualApproval → Approved') && body.includes('`fraud-prod`'), 'the PR comment does not show the approval and the production deployment');
    story.prodConfig = r.outputs['endpoint-config-name'];
    expect(r.summary.includes('from the file: endpoint-name'), 'the summary does not say which settings came from .sagemaker/production.yml');
    return [`${v(story.v3)} PendingManualApproval → Approved (by @lead on merge), stage production; no new version`, `fraud-prod: ${describeRouting(update.request)} → succeeded, as .sagemaker/production.yml says; the same comment updated`];
  });

  await step('Release tag v1.0.0 on the merged commit: no new version, nothing redeployed', async () => {
    const r = await run('promote', { eventName: 'push', event: pushEvent('refs/tags/v1.0.0'), ref: 'refs/tags/v1.0.0', sha: HEAD_B, inputs: { 'model-package-group': GROUP, 'if-missing': 'skip', ...PROD } });
    expectOutputs('tag v1.0.0', r.outputs, { 'model-package-arn': story.v3, 'deployment-status': 'unchanged' });
    expect(!calls(r, 'CreateModelPackage').length && !calls(r, 'UpdateEndpoint').length, 'the tag registered or redeployed something');
    expect((await serving('fraud-prod')) === story.prodConfig, 'fraud-prod changed on the tag');
    return [`commit ${HEAD_B.slice(0, 12)} → ${v(story.v3)}, already live on fraud-prod (deployment-status unchanged)`];
  });
}

/** Day-2 operations: rollback, status, prune (dry run), and the PR comment as it ends. */
async function operate() {
  await step('Rollback (workflow_dispatch): fraud-prod back to the version that served before', async () => {
    const r = await run('rollback', { eventName: 'workflow_dispatch', event: {}, inputs: { 'deployment-file': '.sagemaker/production.yml', 'poll-interval': '1' } });
    expectOutputs('rollback', r.outputs, { 'model-package-arn': story.v1, 'from-model-package-arn': story.v3, 'deployment-status': 'succeeded' });
    expect(r.summary.includes('Rolled back fraud-prod from v3 to v1'), 'the rollback summary does not say "Rolled back fraud-prod from v3 to v1"');
    expect((await serving('fraud-prod')) === r.outputs['endpoint-config-name'], 'fraud-prod does not serve the rollback config');
    expect(calls(r, 'UpdateEndpoint').length === 1 && !calls(r, 'CreateModelPackage').length, 'the rollback did not update fraud-prod exactly once, or registered a version');
    expect(r.summary.includes('rollback uses the deployment file as it is now'), 'the rollback summary does not say it used the current deployment file');
    return [`rolled back fraud-prod from v3 to v1 (target from the endpoint's deployment ledger; blue/green, no registration)`, 'settings: .sagemaker/production.yml as it is now (the stage\'s, not v1\'s)'];
  });

  await step('Status: the group\'s versions, newest first', async () => {
    const r = await run('status', { eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP } });
    const versions = JSON.parse(r.outputs.versions || '[]');
    expect(versions.map((x) => x.arn).join() === [story.v3, story.v2, story.v1].join(), `status lists ${versions.map((x) => v(x.arn)).join(', ') || 'nothing'}, expected v3, v2, v1`);
    const where = (x) => (x.endpoints?.length ? `serving ${x.endpoints.map((e) => e.name ?? e).join(', ')}` : 'not serving');
    const shown = versions.map((x) => `${v(x.arn)} ${where(x)}`).join(', ');
    expect(where(versions[0]).includes('fraud-staging') && !where(versions[1]).includes('fraud') && where(versions[2]).includes('fraud-prod'), `status reports ${shown}; fraud-staging serves v3 and fraud-prod v1`);
    return versions.map((x) => `${v(x.arn).padEnd(3)} ${x.approval.padEnd(21)} ${(x.stage || '-').padEnd(21)} ${(x.commit ?? '').slice(0, 12)}  ${where(x)}`);
  });

  await step('Prune, dry run (keep-latest 1, keep-days 0): only the superseded pending version would go', async () => {
    const r = await run('prune', { eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP, 'keep-latest': '1', 'keep-days': '0', 'dry-run': 'true' } });
    const [deleted, kept] = [JSON.parse(r.outputs.deleted || '[]'), JSON.parse(r.outputs.kept || '[]')];
    expect(deleted.join() === story.v2, `prune would delete ${deleted.map(v).join(', ') || 'nothing'}, expected v2`);
    expect(kept.includes(story.v1) && kept.includes(story.v3), 'prune does not keep v1 and v3');
    expect(!calls(r, 'DeleteModelPackage').length, 'the dry run deleted a version');
    const why = reasonsByVersion(r.summary);
    return [`would delete v2 (nothing deleted); keeps ${[story.v3, story.v1].map((a) => `${v(a)} (${why.get(v(a)) ?? 'kept'})`).join(', ')}`];
  });

  await approveInSageMaker();

  await step('The one sticky comment on PR #42 after the merge, as GitHub renders it', async () => {
    const all = await comments();
    expect(all.length === 1, `PR #42 has ${all.length} comments, expected one sticky comment`);
    printComment(commentOf(all, story.comment));
    return [];
  });
}

/** GitHub's REST answer for `path` of the repository, read with the workflow's token. */
async function github(path) {
  const res = await fetch(`${sim.env.GITHUB_API_URL}/repos/acme/fraud-model/${path}`, { headers: { authorization: `Bearer ${WORKFLOW_TOKEN}` } });
  expect(res.ok, `GET ${path}: ${res.status}`);
  return res.json();
}

/** An approval made "in SageMaker" (the SDK, as Studio does) reaches production: approval-events → repository_dispatch → promote. */
async function approveInSageMaker() {
  await step('Approved in SageMaker Studio: v4 reaches production through one repository_dispatch; a duplicate changes nothing', async () => {
    await sim.control('github/tokens', { token: DISPATCH_TOKEN, login: 'release-bot', type: 'user', permissions: { contents: 'write' } });
    await run('approval-events', { eventName: 'workflow_dispatch', event: {}, inputs: { 'model-package-group': GROUP, 'dispatch-token': DISPATCH_TOKEN, 'events-role-arn': 'arn:aws:iam::123456789012:role/eventbridge-github-dispatch' } });
    const reg = await run(undefined, { eventName: 'push', event: pushEvent(), sha: HEAD_C, inputs: { ...REGISTER, image: `${IMAGE}:${TAGS[3]}`, approval: 'pending', comment: 'false' } });
    expectOutputs('main push', reg.outputs, { 'model-package-version': '4', 'approval-status': 'PendingManualApproval' });
    story.v4 = reg.outputs['model-package-arn'];
    await sagemaker.send(new UpdateModelPackageCommand({ ModelPackageArn: story.v4, ModelApprovalStatus: 'Approved', ApprovalDescription: 'Offline AUC 0.93, signed off in Studio' }));
    await sim.control('events/settle', {});
    const sent = JSON.parse(await sim.control('github/dispatches?owner=acme&repo=fraud-model'));
    expect(sent.length === 1 && sent[0].client_payload['model-package-arn'] === story.v4, `${sent.length} dispatches, expected one naming v4`);
    const receive = () => run('promote', { eventName: 'repository_dispatch', event: sent[0].event, sha: HEAD_C, inputs: { 'model-package-group': GROUP, 'on-rejected': 'rollback', comment: 'false', ...PROD } });
    const r = await receive();
    expectOutputs('dispatch', r.outputs, { 'model-package-arn': story.v4, 'approval-status': 'Approved', 'deployment-status': 'succeeded' });
    expect((await serving('fraud-prod')) === r.outputs['endpoint-config-name'], 'fraud-prod does not serve v4');
    expect(!calls(r, 'UpdateModelPackage').some((q) => q.request.ModelApprovalStatus), 'the approval workflow changed the approval');
    const again = await receive();
    expectOutputs('duplicate', again.outputs, { 'deployment-status': 'skipped' });
    expect(!again.requests.some((q) => q.service !== 'github' && /^(Create|Update|Delete|Put|Add)/.test(q.operation)), 'the duplicate dispatch wrote to AWS');
    const history = [];
    for (const d of await github('deployments?environment=production')) history.push(`${v(d.payload['model-package-arn'])} ${(await github(`deployments/${d.id}/statuses?per_page=1`))[0]?.state}`);
    expect(history[0] === 'v4 success' && history.slice(1).every((h) => h.endsWith('inactive')), `GitHub's production deployments: ${history.join(', ')}`);
    return [
      `${v(story.v4)} PendingManualApproval → Approved with the AWS SDK (as Studio does): EventBridge sent one repository_dispatch`,
      `the approval workflow re-read v4, deployed it to fraud-prod (canary) → succeeded; the same dispatch again: "already live", no AWS write`,
      `GitHub environment production, newest first: ${history.join(', ')}`
    ];
  });
}

async function main() {
  await sim.control('config', { endpointCreateMs: 60_000, fleetCreateMs: 60_000, trafficShiftMs: 80_000, deleteMs: 20_000 });
  console.log(dim(`Simulator ${sim.env.SIM_URL}: SageMaker, ECR, Secrets Manager, CloudWatch (AWS JSON 1.1) and GitHub REST; clock x40`));
  console.log(dim(`${describeRuntime()}; bundle: ${process.env.ACTION_DIST_DIR ?? 'dist/'}${VERBOSE ? '' : '; --verbose for every log'}`));
  await openPullRequest();
  await newCommit();
  await shadowTest();
  await mergeAndTag();
  await operate();
  const created = (await sim.requests()).filter((q) => q.operation === 'CreateModelPackage' && !q.error).length;
  expect(created === 4, `${created} CreateModelPackage calls in all, expected 4 (one per version)`);
  console.log(bold(`✔ ${steps()} steps did what they say: 4 versions registered once each, ${v(story.v3)} shadow-tested on production traffic and promoted without re-registering, rolled back to ${v(story.v1)}, ${v(story.v4)} approved in SageMaker and live.`));
}

try {
  await main();
} catch (err) {
  console.error(`\n✘ the story broke at step ${steps()}: ${err instanceof StoryError ? err.message : (err?.stack ?? err)}`);
  process.exitCode = 1;
} finally {
  await sim.stop();
  await registry.stop();
  rmSync(WORKSPACE, { recursive: true, force: true });
  if (keptState) printExplore(keptState, GROUP);
}
