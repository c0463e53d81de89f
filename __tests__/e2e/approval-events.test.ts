/**
 * approval-events/ against the simulator: set up once, a re-run writes nothing, a new token updates the connection,
 * bad inputs are refused before any write, and a version approved with the AWS SDK (as Studio would) reaches GitHub
 * as exactly one repository_dispatch with the documented payload (two only when the simulator duplicates events).
 */
import { expect, test } from '@jest/globals';
import { CreateModelPackageCommand, CreateModelPackageGroupCommand, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { declareSecret, pushEvent, REPO } from '../helpers/action-runner.js';
import { client, ECR_IMAGE, GROUP, runSub } from '../helpers/pipeline.js';
import { useSim, WRITE_OPERATIONS } from '../helpers/sim.js';

const sim = useSim();
const TOKEN = 'github_pat_11AAAAAAA0approvalEventsToken';
const NEW_TOKEN = 'github_pat_11AAAAAAA0rotatedEventsToken2';
const EVENTS_ROLE = 'arn:aws:iam::123456789012:role/eventbridge-github';
declareSecret(TOKEN, NEW_TOKEN);

const inputs = (extra: Record<string, string> = {}) => ({ 'model-package-group': GROUP, 'dispatch-token': TOKEN, 'events-role-arn': EVENTS_ROLE, ...extra });
const setUp = (extra: Record<string, string> = {}) => runSub('approval-events', { env: sim.env, eventName: 'push', event: pushEvent(), inputs: inputs(extra) });

async function seed(): Promise<string> {
  const sm = client(sim);
  await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
  const { ModelPackageArn } = await sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: GROUP, InferenceSpecification: { Containers: [{ Image: `${ECR_IMAGE}:v1` }], SupportedContentTypes: ['text/csv'], SupportedResponseMIMETypes: ['text/csv'] } }));
  for (const token of [TOKEN, NEW_TOKEN]) await sim.control('github/tokens', { token, login: 'release-bot', type: 'user', permissions: { contents: 'write' } });
  return ModelPackageArn!;
}

const writes = async (since: number) => (await sim.requests()).filter((q) => q.seq > since && q.service !== 'github' && WRITE_OPERATIONS.test(q.operation)).map((q) => q.operation);
const lastSeq = async () => (await sim.requests()).at(-1)?.seq ?? 0;

async function dispatches(): Promise<{ event_type: string; client_payload: Record<string, unknown>; sender: string }[]> {
  await sim.control('events/settle', {});
  return (await sim.control(`github/dispatches?owner=acme&repo=fraud-model`, undefined, 'GET')) as never;
}

test('sets up once; a re-run writes nothing; a new token updates only the connection; an approval becomes one dispatch', async () => {
  const arn = await seed();
  const base = await lastSeq();
  const first = await setUp();
  expect(first.errors).toEqual([]);
  expect(await writes(base)).toEqual(['CreateConnection', 'CreateApiDestination', 'PutRule', 'PutTargets']);
  expect(first.outputs['rule-arn']).toMatch(/^arn:aws:events:us-east-1:123456789012:rule\/fraud-detector-to-github-[0-9a-f]{10}$/);
  expect(first.outputs['connection-arn']).toMatch(/:connection\/fraud-detector-to-github-/);
  expect(first.outputs['api-destination-arn']).toMatch(/:api-destination\/fraud-detector-to-github-/);
  // Masked before anything else is written.
  expect(first.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
  const [target] = (await sim.requests({ operation: 'PutTargets' }))[0]!.request.Targets;
  expect(target).toMatchObject({ RoleArn: EVENTS_ROLE, RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 } });
  expect((await sim.requests({ operation: 'CreateConnection' }))[0]!.request.AuthParameters.ApiKeyAuthParameters).toEqual({ ApiKeyName: 'Authorization', ApiKeyValue: '<redacted>' });

  let seq = await lastSeq();
  const again = await setUp();
  expect(again.errors).toEqual([]);
  expect(await writes(seq)).toEqual([]);
  expect(again.outputs).toMatchObject({ 'rule-arn': first.outputs['rule-arn'], 'connection-arn': first.outputs['connection-arn'], 'api-destination-arn': first.outputs['api-destination-arn'] });
  expect(again.summary).toContain('Nothing changed');

  // The registration itself (PendingManualApproval) is not forwarded; the approval is, once.
  expect(await dispatches()).toEqual([]);
  await client(sim).send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved' }));
  const sent = await dispatches();
  expect(sent).toEqual([{
    owner: 'acme', repo: 'fraud-model', event_type: 'sagemaker-model-package', sender: 'release-bot', at: expect.any(String), event: expect.objectContaining({ action: 'sagemaker-model-package' }),
    client_payload: { 'model-package-arn': arn, 'model-package-group': GROUP, 'model-package-version': 1, approval: 'Approved', stage: '', account: '123456789012', region: 'us-east-1' }
  }]);

  seq = await lastSeq();
  const rotated = await setUp({ 'dispatch-token': NEW_TOKEN });
  expect(rotated.errors).toEqual([]);
  expect(await writes(seq)).toEqual(['UpdateConnection']);
  // The old token no longer works for the simulator's GitHub: the new one is what EventBridge sends now.
  await sim.control('github/tokens', { token: TOKEN, login: 'release-bot', type: 'user', permissions: { contents: 'none' } });
  await client(sim).send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Rejected' }));
  expect((await dispatches()).map((d) => d.client_payload.approval)).toEqual(['Approved', 'Rejected']);
  const unmasked = (out: string) => out.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  for (const r of [first, again, rotated]) expect(`${unmasked(r.stdout)}${r.summary}${JSON.stringify(r.outputs)}`).not.toMatch(/github_pat_/);
});

test('duplicate delivery (an EventBridge at-least-once) gives two dispatches only when the simulator is told to', async () => {
  const arn = await seed();
  expect((await setUp({ statuses: 'Approved' })).errors).toEqual([]);
  await sim.control('config', { eventDuplicates: true });
  await client(sim).send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved' }));
  expect((await dispatches()).map((d) => d.client_payload['model-package-arn'])).toEqual([arn, arn]);
});

test('a dry run prints the requests with the token redacted and writes nothing', async () => {
  await seed();
  const base = await lastSeq();
  const r = await setUp({ 'dry-run': 'true' });
  expect(r.errors).toEqual([]);
  expect(await writes(base)).toEqual([]);
  expect(r.stdout).toContain('Dry run: would call events:CreateConnection');
  expect(r.stdout).toContain('"ApiKeyValue":"Bearer ***"');
  expect(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(TOKEN);
  expect(r.outputs['rule-arn']).toBe('');
});

test.each([
  [{ 'model-package-group': 'not a group' }, "Input 'model-package-group': \"not a group\" must be 1-63 letters"],
  [{ repository: 'acme' }, "Input 'repository': \"acme\" must be owner/name"],
  [{ 'event-type': 'e'.repeat(101) }, "Input 'event-type':"],
  [{ statuses: 'Approved,Deployed' }, "Input 'statuses': \"Deployed\" is not an approval status"],
  [{ 'events-role-arn': 'eventbridge' }, "Input 'events-role-arn': \"eventbridge\" must be an IAM role ARN"]
])('bad input %j is refused before any write', async (extra, message) => {
  await seed();
  const base = await lastSeq();
  const r = await setUp(extra);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toContain(message);
  expect(await writes(base)).toEqual([]);
  expect(JSON.stringify(r.outputs)).toBe(JSON.stringify({ 'rule-arn': '', 'connection-arn': '', 'api-destination-arn': '' }));
});

test('an http:// GitHub API URL outside loopback, and a group that does not exist, are refused before any write', async () => {
  await seed();
  const base = await lastSeq();
  const remote = await runSub('approval-events', { env: { ...sim.env, GITHUB_API_URL: 'http://github.example.com/api/v3' }, eventName: 'push', event: pushEvent(), inputs: inputs() });
  expect(remote.errors[0]).toContain("Input 'GITHUB_API_URL': \"http://github.example.com/api/v3\" must be https://");
  const missing = await setUp({ 'model-package-group': 'no-such-group' });
  expect(missing.errors[0]).toMatch(/sagemaker:DescribeModelPackageGroup failed: not found/);
  expect(await writes(base)).toEqual([]);
  expect(REPO).toBe('acme/fraud-model');
});

test('a write AWS refuses fails the run naming the IAM action; the next run makes only the writes still missing', async () => {
  await seed();
  await sim.control('faults', { deny: ['PutRule'] });
  const denied = await setUp();
  expect(denied.errors).toHaveLength(1);
  expect(denied.errors[0]).toMatch(/^events:PutRule was denied: the role this workflow assumed needs events:PutRule/);
  await sim.control('faults', undefined, 'DELETE');
  const seq = await lastSeq();
  const again = await setUp();
  expect(again.errors).toEqual([]);
  expect(await writes(seq)).toEqual(['PutRule', 'PutTargets']);
  expect(again.outputs['rule-arn']).toMatch(/:rule\/fraud-detector-to-github-/);
});
