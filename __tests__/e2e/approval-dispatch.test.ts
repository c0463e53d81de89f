/**
 * The receiving side of approval-events/ (issue 20): a version approved with the AWS SDK (as Studio would) becomes one
 * repository_dispatch; the bundled promote run for that dispatch (its webhook payload as GITHUB_EVENT_PATH) deploys
 * it; a duplicate is a no-op; rejecting the serving version rolls the endpoint back; a dispatch naming another
 * group's version or a Pending version writes nothing. Every deploy leaves a GitHub deployment with its final status.
 */
import { expect, test } from '@jest/globals';
import { CreateModelPackageCommand, CreateModelPackageGroupCommand, DescribeEndpointCommand, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { declareSecret, pushEvent, type RunResult } from '../helpers/action-runner.js';
import { client, ECR_IMAGE, GROUP, ROLE, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim, WRITE_OPERATIONS } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);
const DISPATCH_TOKEN = 'github_pat_11AAAAAAA0dispatchReceiveToken';
const DEPLOY_TOKEN = 'ghs_simDeploymentsWriteToken01';
declareSecret(DISPATCH_TOKEN, DEPLOY_TOKEN);
const ENDPOINT = 'fraud-prod';

interface Dispatch {
  client_payload: Record<string, unknown>;
  event: Record<string, unknown>;
}
interface GhDeployment {
  id: number;
  ref: string;
  task: string;
  environment: string;
  description: string;
  payload: Record<string, unknown>;
}

async function setUp(): Promise<void> {
  await sim.control('github/tokens', { token: DISPATCH_TOKEN, login: 'release-bot', type: 'user', permissions: { contents: 'write' } });
  // The workflow's token, with the permissions the example workflow grants (deployments: write).
  await sim.control('github/tokens', { token: DEPLOY_TOKEN, login: 'github-actions[bot]', type: 'app', permissions: { pull_requests: 'write', issues: 'write', deployments: 'write' } });
  await client(sim).send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
  const r = await runSub('approval-events', {
    env: sim.env,
    eventName: 'push',
    event: pushEvent(),
    inputs: { 'model-package-group': GROUP, 'dispatch-token': DISPATCH_TOKEN, 'events-role-arn': 'arn:aws:iam::123456789012:role/eventbridge-github' }
  });
  expect(r.errors).toEqual([]);
}

/** Registers commit n's image, pending (the pull-request workflow's registration). */
async function register(n: number): Promise<string> {
  const r = await runRegister({ env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(n), runId: String(8000 + n), inputs: { image: `${ECR_IMAGE}:v${n}`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'pending', comment: 'false' } });
  expect(r.errors).toEqual([]);
  return r.outputs['model-package-arn']!;
}

const setApproval = (arn: string, status: 'Approved' | 'Rejected', note: string) =>
  client(sim).send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: status, ApprovalDescription: note }));

async function dispatches(): Promise<Dispatch[]> {
  await sim.control('events/settle', {});
  return (await sim.control('github/dispatches?owner=acme&repo=fraud-model', undefined, 'GET')) as Dispatch[];
}

let runs = 0;
/** The bundled promote run a dispatch starts (the example workflow's inputs). */
const receive = (event: Record<string, unknown>, extra: { ref?: string; inputs?: Record<string, string>; token?: string } = {}): Promise<RunResult> =>
  runSub('promote', {
    env: sim.env,
    eventName: 'repository_dispatch',
    event,
    ref: extra.ref ?? 'refs/heads/main',
    sha: 'e'.repeat(40),
    runId: String(9500 + ++runs),
    githubToken: extra.token ?? DEPLOY_TOKEN,
    inputs: { 'model-package-group': GROUP, 'endpoint-name': ENDPOINT, 'execution-role-arn': ROLE, stage: 'production', 'on-rejected': 'rollback', 'poll-interval': '1', ...extra.inputs }
  });

async function github<T>(path: string): Promise<T> {
  const res = await fetch(`${sim.url}/repos/acme/fraud-model/${path}`, { headers: { authorization: `Bearer ${DEPLOY_TOKEN}`, accept: 'application/vnd.github+json' } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}
/** Each deployment of the environment, oldest first, with its statuses oldest first. */
async function deployments(environment = 'production'): Promise<(GhDeployment & { states: string[] })[]> {
  const list = await github<GhDeployment[]>(`deployments?environment=${environment}`);
  const out = [];
  for (const d of list.reverse()) out.push({ ...d, states: (await github<{ state: string }[]>(`deployments/${d.id}/statuses`)).map((s) => s.state).reverse() });
  return out;
}

/** The summary's text without the Markdown escapes that make it inert. */
const plain = (r: RunResult) => r.summary.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
const lastSeq = async () => (await sim.requests()).at(-1)?.seq ?? 0;
const awsWrites = async (since: number) => (await sim.requests()).filter((q) => q.seq > since && q.service !== 'github' && WRITE_OPERATIONS.test(q.operation)).map((q) => q.operation);
const served = async () => (await client(sim).send(new DescribeEndpointCommand({ EndpointName: ENDPOINT }))).EndpointConfigName;

test('an approval in SageMaker deploys through one dispatch; a duplicate is a no-op; a rejection rolls back; GitHub shows each deployment', async () => {
  await setUp();
  const v1 = await register(1);
  expect(await dispatches()).toEqual([]);

  // Approved in SageMaker: exactly one dispatch, and the promote run for it deploys version 1 without touching its approval.
  await setApproval(v1, 'Approved', 'Offline AUC 0.91, signed off by the risk team');
  const [first, ...more] = await dispatches();
  expect(more).toEqual([]);
  expect(first!.client_payload).toMatchObject({ 'model-package-arn': v1, approval: 'Approved' });
  const deployed = await receive(first!.event);
  expect(deployed.errors).toEqual([]);
  expect(deployed.outputs).toMatchObject({ 'model-package-arn': v1, 'approval-status': 'Approved', 'deployment-status': 'succeeded' });
  expect(plain(deployed)).toMatch(/Approved in SageMaker by .* at \d{4}-\d\d-\d\dT.*Offline AUC 0\.91, signed off by the risk team.*deploying version 1 to fraud-prod/);
  expect((await sim.requests({ operation: 'UpdateModelPackage' })).filter((q) => q.request.ModelApprovalStatus)).toHaveLength(1); // the SDK's approval only
  expect(await served()).toBe(deployed.outputs['endpoint-config-name']);

  // GitHub shows it: in_progress, then success; ref the version's commit; version, ARN and commit in description and payload.
  const [record] = await deployments();
  expect(record).toMatchObject({ ref: sha(1), task: 'deploy', environment: 'production', payload: { 'model-package-arn': v1, 'model-package-version': 1, commit: sha(1), 'endpoint-name': ENDPOINT } });
  expect(record!.description).toBe(`v1 ${v1} (commit ${sha(1).slice(0, 12)})`);
  expect(record!.states).toEqual(['in_progress', 'success']);
  const [status] = await github<{ environment_url: string; log_url: string }[]>(`deployments/${record!.id}/statuses`);
  expect(status!.environment_url).toBe('https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/endpoints/fraud-prod');
  expect(status!.log_url).toMatch(/^https:\/\/github\.com\/acme\/fraud-model\/actions\/runs\/95\d\d\/attempts\/1$/);

  // The same dispatch again (EventBridge delivers at least once): a no-op that says why, with no AWS write.
  let seq = await lastSeq();
  const duplicate = await receive(first!.event);
  expect(duplicate.errors).toEqual([]);
  expect(duplicate.outputs['deployment-status']).toBe('skipped');
  expect(plain(duplicate)).toContain('No deployment: Version 1 is already live on fraud-prod (a duplicate or repeated event)');
  expect(await awsWrites(seq)).toEqual([]);
  expect(await deployments()).toHaveLength(1);

  // Version 2 approved: deployed; the production deployment of version 1 becomes inactive.
  const v2 = await register(2);
  await setApproval(v2, 'Approved', 'Better recall');
  const second = (await dispatches()).at(-1)!;
  const r2 = await receive(second.event);
  expect(r2.errors).toEqual([]);
  expect(r2.outputs['deployment-status']).toBe('succeeded');
  expect((await deployments()).map((d) => [d.payload['model-package-version'], d.states])).toEqual([
    [1, ['in_progress', 'success', 'inactive']],
    [2, ['in_progress', 'success']]
  ]);

  // Rejected in SageMaker while it serves: rolled back to version 1 through rollback/'s path.
  await setApproval(v2, 'Rejected', 'Drift on the new segment');
  const rejection = (await dispatches()).at(-1)!;
  expect(rejection.client_payload.approval).toBe('Rejected');
  const back = await receive(rejection.event);
  expect(back.errors).toEqual([]);
  expect(back.outputs).toMatchObject({ 'model-package-arn': v1, 'model-package-version': '1', 'approval-status': 'Approved', 'from-model-package-arn': v2, 'deployment-status': 'succeeded' });
  expect(plain(back)).toMatch(/Version 2 was Rejected in SageMaker by .*Drift on the new segment.*Rolled back fraud-prod from v2 to v1/);
  expect(await served()).toBe(back.outputs['endpoint-config-name']);
  const [model] = (await sim.requests({ operation: 'CreateModel' })).slice(-1);
  expect(model!.request.Containers).toEqual([{ ModelPackageName: v1 }]);
  const after = await deployments();
  expect(after.map((d) => [d.task, d.payload['model-package-version'], d.states.at(-1)])).toEqual([
    ['deploy', 1, 'inactive'],
    ['deploy', 2, 'inactive'],
    ['deploy:rollback', 1, 'success']
  ]);

  // The rejection delivered again: version 2 no longer serves, so nothing happens.
  seq = await lastSeq();
  const again = await receive(rejection.event);
  expect(again.errors).toEqual([]);
  expect(plain(again)).toContain('No deployment: Version 2 is Rejected and fraud-prod does not serve it: nothing to roll back');
  expect(await awsWrites(seq)).toEqual([]);
});

test('a dispatch naming another group’s version, or a Pending version, or a stale approval deploys nothing (zero writes)', async () => {
  await setUp();
  const v1 = await register(1);
  await setApproval(v1, 'Approved', 'ok');
  const [real] = await dispatches();
  expect((await receive(real!.event)).outputs['deployment-status']).toBe('succeeded');
  const sm = client(sim);
  await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'other-model' }));
  const other = (await sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'other-model', ModelApprovalStatus: 'Approved', InferenceSpecification: { Containers: [{ Image: `${ECR_IMAGE}:other` }], SupportedContentTypes: ['text/csv'], SupportedResponseMIMETypes: ['text/csv'] } }))).ModelPackageArn!;
  const pending = await register(2);
  const forged = (arn: string, extra: Record<string, unknown> = {}) => ({ ...real!.event, client_payload: { ...real!.client_payload, 'model-package-arn': arn, approval: 'Approved' }, ...extra });
  const seq = await lastSeq();

  // Another group's version, even with this group's name in the payload: refused.
  const outside = await receive(forged(other));
  expect(outside.errors).toEqual([`Refused: the dispatch names ${other}, which is not a version of ${GROUP} in this account and Region (model-package-group). Nothing was changed.`]);
  // Another account's version ARN with this group's name and number: refused the same way.
  const otherAccount = v1.replace('123456789012', '210987654321');
  expect((await receive(forged(otherAccount))).errors[0]).toContain('which is not a version of fraud-detector in this account and Region');
  // A Pending version the payload calls Approved: the version's own state decides.
  const notYet = await receive(forged(pending));
  expect(notYet.errors).toEqual([]);
  expect(notYet.stdout).toContain('Version 2 is PendingManualApproval (no longer or not yet Approved): nothing to deploy.');
  expect(plain(notYet)).toContain('No deployment: Version 2 is PendingManualApproval');
  expect(notYet.outputs['deployment-status']).toBe('skipped');
  // Event semantics: another event type, another branch, a payload without a version ARN.
  expect((await receive({ ...real!.event, action: 'something-else' })).errors).toEqual(['Refused: the repository_dispatch event type is something-else, not sagemaker-model-package (dispatch-event-type). Nothing was changed.']);
  expect((await receive(real!.event, { ref: 'refs/heads/feature' })).errors[0]).toContain('a repository_dispatch run is on the default branch (main), but this one is on refs/heads/feature');
  expect((await receive(forged('<img src=x onerror=alert(1)>'))).errors).toEqual(['Refused: client_payload.model-package-arn _img_src=x_onerror=alert_1__ is not a model package version ARN. Nothing was changed.']);
  expect((await receive(real!.event, { inputs: { version: '1' } })).errors[0]).toContain('version cannot be set on repository_dispatch');
  expect(await awsWrites(seq)).toEqual([]);

  // With metrics-gate, an approval made in SageMaker is judged like one made in GitHub: v2 (approved, no metrics) is refused.
  await setApproval(pending, 'Approved', 'ok');
  const beforeGate = await lastSeq();
  const gated = await receive(forged(pending), { inputs: { 'metrics-gate': 'auc >= 0.8' } });
  expect(gated.errors[0]).toMatch(/^Version 2 cannot be judged by metrics-gate: .*Nothing was changed\.$/);
  expect(await awsWrites(beforeGate)).toEqual([]);
  await setApproval(pending, 'Rejected', 'not this one');

  // A stale approval (version 1 approved again after version 3 went live) does not deploy backwards.
  const v3 = await register(3);
  await setApproval(v3, 'Approved', 'ok');
  expect((await receive((await dispatches()).at(-1)!.event)).outputs['deployment-status']).toBe('succeeded');
  const before = await lastSeq();
  const stale = await receive(real!.event);
  expect(plain(stale)).toContain('No deployment: Version 1 is older than version 3, which fraud-prod serves');
  expect(await awsWrites(before)).toEqual([]);
});

test('an approval in SageMaker of a version whose container was swapped after registration deploys nothing (zero writes)', async () => {
  await setUp();
  const v1 = await register(1);
  // Someone who may update versions replaces the container of the PR's registration before it is approved.
  await client(sim).send(new UpdateModelPackageCommand({ ModelPackageArn: v1, InferenceSpecification: { Containers: [{ Image: `${ECR_IMAGE}:planted` }], SupportedContentTypes: ['application/json'], SupportedResponseMIMETypes: ['application/json'] } }));
  await setApproval(v1, 'Approved', 'looks fine');
  const [approval] = await dispatches();
  const seq = await lastSeq();
  const r = await receive(approval!.event);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/^Refused: v1 \(.*\) does not match what its registration recorded: its containers were changed after registration.*Nothing was changed\.$/);
  expect(r.outputs['deployment-status']).not.toBe('succeeded');
  expect(await awsWrites(seq)).toEqual([]);
});

test('without deployments: write the deploy warns once and succeeds; a top-level deploy records its commit in its stage’s environment, a rolled-back one ends as failure', async () => {
  // A workflow token whose permissions do not grant deployments (a registered token has none unless it names it).
  await sim.control('github/tokens', { token: 'ghs_nodeployments', login: 'github-actions[bot]', type: 'app', permissions: { pull_requests: 'write', issues: 'write' } });
  const r = await runRegister({ env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(7), githubToken: 'ghs_nodeployments', inputs: { image: `${ECR_IMAGE}:v7`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', 'endpoint-name': ENDPOINT, 'execution-role-arn': ROLE, 'poll-interval': '1' } });
  expect(r.errors).toEqual([]);
  expect(r.outputs['deployment-status']).toBe('succeeded');
  expect(r.stdout.match(/::warning::Could not create a GitHub deployment \(HTTP 404: the token needs deployments: write\); the deploy goes on/g)).toHaveLength(1);

  await sim.control('github/tokens', { token: DEPLOY_TOKEN, login: 'github-actions[bot]', type: 'app', permissions: { pull_requests: 'write', issues: 'write', deployments: 'write' } });
  const staged = await runRegister({ env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(8), githubToken: DEPLOY_TOKEN, inputs: { image: `${ECR_IMAGE}:v8`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', 'endpoint-name': 'fraud-staging', stage: 'staging', 'execution-role-arn': ROLE, 'poll-interval': '1' } });
  expect(staged.errors).toEqual([]);
  expect(staged.stdout).not.toContain('::warning::');
  const [record] = await deployments('staging');
  expect(record).toMatchObject({ ref: sha(8), environment: 'staging', payload: { 'model-package-version': 2, 'endpoint-name': 'fraud-staging' }, states: ['in_progress', 'success'] });
  // A deploy SageMaker rolls back (an alarm fires during the canary's bake) ends as failure; the live one stays success.
  await sim.control('alarms', { name: 'fraud-staging-5xx', state: 'OK' });
  const failing = runRegister({ env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(9), githubToken: DEPLOY_TOKEN, inputs: { image: `${ECR_IMAGE}:v9`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', 'endpoint-name': 'fraud-staging', stage: 'staging', 'execution-role-arn': ROLE, 'poll-interval': '1', 'traffic-routing': 'canary', 'canary-size': '50%', 'instance-count': '2', 'wait-interval': '60', 'rollback-alarms': 'fraud-staging-5xx' } });
  for (let i = 0; i < 200 && (await sim.requests({ operation: 'UpdateEndpoint' })).length < 1; i++) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 1500));
  await sim.control('alarms', { name: 'fraud-staging-5xx', state: 'ALARM' });
  const rolledBack = await failing;
  expect(rolledBack.outputs['deployment-status']).toBe('rolled-back');
  expect((await deployments('staging')).map((d) => [d.ref, d.states])).toEqual([
    [sha(8), ['in_progress', 'success']],
    [sha(9), ['in_progress', 'failure']]
  ]);
  const [failed] = await github<{ description: string }[]>(`deployments/${(await deployments('staging'))[1]!.id}/statuses`);
  expect(failed!.description).toBe('v3 did not go live on fraud-staging (rolled-back)');

  // github-environment names another environment; a dry run records nothing.
  const named = await runRegister({ env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(8), githubToken: DEPLOY_TOKEN, inputs: { image: `${ECR_IMAGE}:v8`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', 'endpoint-name': 'fraud-eu', 'github-environment': 'Fraud EU', 'execution-role-arn': ROLE, 'poll-interval': '1' } });
  expect(named.errors).toEqual([]);
  expect((await deployments('Fraud%20EU')).map((d) => d.states)).toEqual([['in_progress', 'success']]);
  const dry = await runRegister({ env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(8), githubToken: DEPLOY_TOKEN, inputs: { image: `${ECR_IMAGE}:v8`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', 'endpoint-name': 'fraud-dry', 'execution-role-arn': ROLE, 'dry-run': 'true' } });
  expect(dry.errors).toEqual([]);
  expect(await deployments('fraud-dry')).toEqual([]);
});
