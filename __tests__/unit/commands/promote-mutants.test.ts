/**
 * promote/'s run on a push (no GitHub calls): which version it picks, what it refuses, what it writes to SageMaker
 * and what it reports, against a mocked SageMaker.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { jobSummary } from '../../helpers/job-summary.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockClient } from 'aws-sdk-client-mock';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import {
  DescribeEndpointCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  ListModelPackagesCommand,
  SageMakerClient,
  SearchCommand,
  UpdateModelPackageCommand,
  type DescribeModelPackageOutput
} from '@aws-sdk/client-sagemaker';
import { Clients } from '../../../src/aws/clients.js';
import { readCommon } from '../../../src/commands/inputs.js';
import { promoteSpec, readPromote, refusal, run, type PromoteConfig } from '../../../src/commands/promote.js';
import type { CommandState } from '../../../src/commands/run.js';
import { COMMIT, GROUP_ARN, OTHER_COMMIT, registered } from '../../helpers/proof-fixtures.js';
import { pullRequestContext, pushContext } from '../../helpers/run-context.js';
import type { RunContext } from '../../../src/github/context.js';

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const NOW = Date.parse('2025-06-01T12:00:00Z');
const ctx = pushContext({ workflow: 'promote' });
const V = (n: number) => `${GROUP_ARN}/${n}`;
const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const common = () => readCommon(read({ 'aws-region': 'us-east-1' }), {}, () => undefined);

let lines: string[];
beforeEach(() => {
  sm.reset();
  lines = [];
  // The log's lines as the runner reads them (info plain, warnings as ::warning:: commands).
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split(/\r?\n/).filter(Boolean)) lines.push(line.replace(/^::warning::/, 'warning: '));
    return true;
  });
  sm.on(UpdateModelPackageCommand).resolves({});
  sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] } as never);
});

afterEach(() => void jest.restoreAllMocks());

/** DescribeModelPackage by ARN or `group/n` answers from this table. */
function versions(...table: DescribeModelPackageOutput[]): void {
  sm.on(DescribeModelPackageCommand).callsFake(({ ModelPackageName }: { ModelPackageName: string }) => {
    const found = table.find((p) => p.ModelPackageArn === ModelPackageName || `fraud/${p.ModelPackageVersion}` === ModelPackageName);
    if (!found) throw Object.assign(new Error('not found'), { name: 'ValidationException' });
    return found;
  });
}
/** A pinned version this action did not register: no container record and no recorded commit. */
function unrecorded(version: number): DescribeModelPackageOutput {
  const p = registered({ version });
  delete p.MetadataProperties!.CommitId;
  delete p.MetadataProperties!.GeneratedBy;
  return p;
}
const withStatus = (p: DescribeModelPackageOutput, extra: Partial<DescribeModelPackageOutput>) => ({ ...p, ...extra }) as DescribeModelPackageOutput;

/** The run: a push of main unless `run` says otherwise (another context, the event file's payload). */
async function promote(inputs: Record<string, string> = {}, run: { ctx?: RunContext; event?: object } = {}) {
  const r = read({ 'aws-region': 'us-east-1', 'model-package-group': 'fraud', ...inputs });
  const s: CommandState<PromoteConfig> = { outputs: {}, common: readCommon(r, {}, () => undefined), ctx: run.ctx ?? ctx };
  const env: NodeJS.ProcessEnv = {};
  if (run.event) {
    env.GITHUB_EVENT_PATH = join(mkdtempSync(join(tmpdir(), 'promote-event-')), 'event.json');
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(run.event));
  }
  const io = {
    clients: new Clients({ region: 'us-east-1', maxAttempts: 1, runId: '7' }, async () => client),
    clock: { now: () => NOW, sleep: async () => undefined },
    deadline: NOW + 1,
    env,
    progress: async () => undefined
  };
  // The runner's GITHUB_EVENT_NAME is the run context's event.
  await promoteSpec.execute(s, promoteSpec.read(r, s.common!, { GITHUB_EVENT_NAME: s.ctx!.eventName }), io);
  return s;
}
const updates = () => sm.commandCalls(UpdateModelPackageCommand).map((c) => c.args[0].input);

describe('readPromote', () => {
  test('promote-branches: split on commas and spaces; a name with .. or other characters is refused', () => {
    expect(readPromote(read({ 'model-package-group': 'g', 'promote-branches': 'main, release/1.x  dev' }), common()).branches).toEqual(['main', 'release/1.x', 'dev']);
    expect(readPromote(read({ 'model-package-group': 'g' }), common()).branches).toEqual([]);
    for (const bad of ['main,a..b', 'ma in;x', 'a'.repeat(256)]) {
      expect(() => readPromote(read({ 'model-package-group': 'g', 'promote-branches': bad }), common())).toThrow(`Input 'promote-branches'`);
    }
    expect(readPromote(read({ 'model-package-group': 'g', 'promote-branches': 'a'.repeat(255) }), common()).branches).toEqual(['a'.repeat(255)]);
  });

  test('commit cannot be combined with version or model-package-arn: the error names commit', () => {
    expect(() => readPromote(read({ 'model-package-group': 'g', version: '2', commit: COMMIT }), common())).toThrow(
      `Input 'commit': "${COMMIT}" cannot be combined with version: name the version one way`
    );
  });

  test('require-attestation: the workflow is kept; without it nothing is required', () => {
    const workflow = '.github/workflows/build.yml';
    expect(readPromote(read({ 'model-package-group': 'g', 'require-attestation': 'true', 'attestation-workflow': workflow }), common()).attestation).toEqual({ workflow });
    expect(readPromote(read({ 'model-package-group': 'g', 'attestation-workflow': workflow }), common()).attestation).toBeUndefined();
  });

  test('on repository_dispatch the dispatch settings are kept (the event type, what a rejection does); on other events not', () => {
    const inputs = read({ 'model-package-group': 'g', 'on-rejected': 'rollback' });
    expect(readPromote(inputs, common(), { GITHUB_EVENT_NAME: 'repository_dispatch' }).dispatch).toMatchObject({ onRejected: 'rollback' });
    expect(readPromote(inputs, common(), { GITHUB_EVENT_NAME: 'push' }).dispatch).toBeUndefined();
  });

  test('metrics-gate: the rules are kept; without them there is no gate', () => {
    expect(readPromote(read({ 'model-package-group': 'g', 'metrics-gate': 'auc >= baseline - 0.005' }), common()).gate).toMatchObject({ baseline: { kind: 'approved' } });
    expect(readPromote(read({ 'model-package-group': 'g' }), common()).gate).toBeUndefined();
  });

  test('a deploy is read with approval approved; with rejected it is refused naming endpoint-name', () => {
    const deploy = { 'model-package-group': 'g', 'endpoint-name': 'prod', 'execution-role-arn': 'arn:aws:iam::123456789012:role/x-role-name' };
    expect(readPromote(read(deploy), common()).deploy).toMatchObject({ endpointName: 'prod' });
    expect(() => readPromote(read({ ...deploy, approval: 'rejected' }), common())).toThrow(`Input 'endpoint-name': "prod" cannot be set with approval: rejected`);
  });

  test('approval-note: one line of at most 500 characters', () => {
    expect(readPromote(read({ 'model-package-group': 'g', 'approval-note': 'n'.repeat(500) }), common()).note).toBe('n'.repeat(500));
    expect(readPromote(read({ 'model-package-group': 'g' }), common())).not.toHaveProperty('note');
    for (const bad of ['n'.repeat(501), 'a\nb', 'a\rb']) {
      expect(() => readPromote(read({ 'model-package-group': 'g', 'approval-note': bad }), common())).toThrow(`Input 'approval-note'`);
    }
  });

  test('stage: an entity name, kept; approval rejected; selectors kept', () => {
    const c = readPromote(read({ 'model-package-group': 'g', stage: 'production', approval: 'rejected', version: '3', 'if-missing': 'skip' }), common());
    expect(c).toMatchObject({ stage: 'production', approval: 'Rejected', version: 3, ifMissing: 'skip', group: { name: 'g' } });
    expect(() => readPromote(read({ 'model-package-group': 'g', stage: 'prod_1' }), common())).toThrow(`Input 'stage': "prod_1"`);
    expect(readPromote(read({ 'model-package-group': 'g', commit: COMMIT }), common())).toMatchObject({ commit: COMMIT, approval: 'Approved', ifMissing: 'fail' });
  });
});

describe('choosing the version', () => {
  test("by commit (the run's): the one version that proves it, approved with who and where", async () => {
    const p = registered({ version: 4, pinned: true });
    p.ModelApprovalStatus = 'PendingManualApproval';
    sm.on(SearchCommand).resolves({ Results: [{ ModelPackage: p }] });
    versions(p);
    const s = await promote();
    expect(updates()).toEqual([{ ModelPackageArn: V(4), ModelApprovalStatus: 'Approved', ApprovalDescription: `Approved by @octocat on push of main; run ${ctx.runUrl}` }]);
    expect(s.outputs).toMatchObject({ 'model-package-arn': V(4), 'model-package-version': '4', 'previous-approval-status': 'PendingManualApproval', 'approval-status': 'Approved' });
    expect(s.report?.headline).toBe(`Version 4 is now Approved: Approved by @octocat on push of main; run ${ctx.runUrl}`);
    expect(s.report?.approval).toBe('Approved');
    expect(lines).toContain(`Versions claiming commit ${COMMIT.slice(0, 12)}: 1 (seen through Search, and the 0 version(s) created in the last 30 minutes)`);
    expect(sm.commandCalls(SearchCommand)[0]!.args[0].input.SearchExpression!.Filters![1]!.Value).toBe(COMMIT);
  });

  test('the commit input wins over the run commit', async () => {
    sm.on(SearchCommand).resolves({ Results: [] });
    sm.on(DescribeModelPackageGroupCommand).resolves({});
    await expect(promote({ commit: OTHER_COMMIT })).rejects.toThrow(`No version of fraud was registered for commit ${OTHER_COMMIT.slice(0, 12)}. Register it first`);
    expect(sm.commandCalls(SearchCommand)[0]!.args[0].input.SearchExpression!.Filters![1]!.Value).toBe(OTHER_COMMIT);
  });

  test('by version number: that version of the group; one without a record only warns', async () => {
    const p = registered({ version: 2 });
    delete p.MetadataProperties!.GeneratedBy;
    versions(p);
    const s = await promote({ version: '2', approval: 'rejected' });
    expect(sm.commandCalls(DescribeModelPackageCommand)[0]!.args[0].input.ModelPackageName).toBe('fraud/2');
    expect(lines).toContain(`warning: v2 (${V(2)}) cannot be proven: not registered by this action. It is promoted because it was named explicitly.`);
    expect(updates()).toEqual([expect.objectContaining({ ModelApprovalStatus: 'Rejected' })]);
    expect(s.report?.title).toBe('SageMaker model rejection');
    expect(sm.commandCalls(SearchCommand)).toHaveLength(0);
  });

  test('by ARN: a version of another group than model-package-group is refused before any write', async () => {
    const p = registered({ version: 2 });
    versions(p);
    await expect(promote({ 'model-package-group': 'other', 'model-package-arn': V(2) })).rejects.toThrow(`model-package-arn ${V(2)} belongs to group fraud, not other.`);
    expect(updates()).toEqual([]);
    await promote({ 'model-package-group': '', 'model-package-arn': V(2) });
    expect(updates()).toHaveLength(1);
  });
});

describe('nothing claims the commit', () => {
  beforeEach(() => {
    sm.on(SearchCommand).resolves({ Results: [] });
  });

  test('if-missing skip: said, nothing written, no error', async () => {
    sm.on(DescribeModelPackageGroupCommand).resolves({});
    await promote({ 'if-missing': 'skip' });
    expect(lines).toContain(`No version of fraud was registered for commit ${COMMIT.slice(0, 12)}; if-missing is skip, so nothing was promoted.`);
    expect(updates()).toEqual([]);
  });

  test('a group SageMaker says does not exist is named with the Region; skip says so too', async () => {
    sm.on(DescribeModelPackageGroupCommand).rejects(Object.assign(new Error('Model package group fraud does not exist.'), { name: 'ValidationException' }));
    await expect(promote()).rejects.toThrow('Model package group fraud does not exist in us-east-1: check model-package-group and aws-region');
    await promote({ 'if-missing': 'skip' });
    expect(lines).toContain('Model package group fraud does not exist in us-east-1; if-missing is skip, so nothing was promoted.');
  });

  test('a group check that is denied, or another validation error, keeps the plain message', async () => {
    for (const err of [Object.assign(new Error('does not exist'), { name: 'AccessDeniedException' }), Object.assign(new Error('bad name'), { name: 'ValidationException' }), Object.assign(new Error(''), { name: 'ValidationException', message: undefined })]) {
      sm.on(DescribeModelPackageGroupCommand).rejects(err);
      await expect(promote()).rejects.toThrow(`No version of fraud was registered for commit ${COMMIT.slice(0, 12)}. Register it first`);
    }
  });
});

describe('what may not be promoted', () => {
  test.each([
    ['Failed', { ModelPackageStatus: 'Failed' }, 'failed to register'],
    ['Deleting', { ModelPackageStatus: 'Deleting' }, 'is being deleted; it cannot be promoted.'],
    ['InProgress', { ModelPackageStatus: 'InProgress' }, 'is InProgress; only Completed versions can be promoted.'],
    ['Rejected', { ModelApprovalStatus: 'Rejected', ApprovalDescription: 'bad' }, 'was rejected (bad); a rejected version is not promoted.']
  ] as const)('%s: refused, outputs still name it, nothing written', async (_what, change, message) => {
    versions(withStatus(registered({ version: 5 }), change));
    const s: Promise<unknown> = promote({ version: '5' });
    await expect(s).rejects.toThrow(message);
    expect(updates()).toEqual([]);
  });
});

describe('what is written', () => {
  test('already Approved and no stage: nothing written, the headline says it stays', async () => {
    versions(withStatus(registered({ version: 6 }), { ModelApprovalStatus: 'Approved' }));
    const s = await promote({ version: '6' });
    expect(updates()).toEqual([]);
    expect(lines).toContain('Version 6 is already Approved; approval unchanged.');
    expect(s.report?.headline).toMatch(/^Version 6 stays Approved: Approved by @octocat/);
    expect(s.outputs['approval-status']).toBe('Approved');
  });

  test('already Approved with a stage: only the lifecycle stage is written', async () => {
    versions(withStatus(registered({ version: 6 }), { ModelApprovalStatus: 'Approved' }));
    await promote({ version: '6', stage: 'production', 'approval-note': 'looks good' });
    const description = `Approved by @octocat on push of main; run ${ctx.runUrl}. looks good`;
    expect(updates()).toEqual([{ ModelPackageArn: V(6), ModelLifeCycle: { Stage: 'production', StageStatus: 'Approved', StageDescription: description } }]);
  });

  test('dry run: nothing written, the would-be approval logged', async () => {
    versions(withStatus(registered({ version: 7 }), { ModelApprovalStatus: 'PendingManualApproval' }));
    const s = await promote({ version: '7', 'dry-run': 'true' });
    expect(updates()).toEqual([]);
    expect(lines).toContain(`Dry run: would set version 7 to Approved (Approved by @octocat on push of main; run ${ctx.runUrl}).`);
    expect(s.outputs['approval-status']).toBe('PendingManualApproval');
    expect(s.report?.approval).toBe('PendingManualApproval');
  });
});

describe('refusal texts', () => {
  test('a version without a number is named ?, a recorded reason is bounded, a missing one said', () => {
    expect(refusal({ ModelPackageArn: V(5), ModelPackageStatus: 'Deleting' } as DescribeModelPackageOutput, 'Approved')).toBe(`Version ? (${V(5)}) is being deleted; it cannot be promoted.`);
    const rejected: DescribeModelPackageOutput = { ModelPackageArn: V(5), ModelPackageVersion: 5, ModelPackageStatus: 'Completed', ModelApprovalStatus: 'Rejected' } as DescribeModelPackageOutput;
    expect(refusal(rejected, 'Approved')).toBe(`Version 5 (${V(5)}) was rejected (no reason recorded); a rejected version is not promoted. Register a fixed image.`);
    expect(refusal({ ...rejected, ApprovalDescription: `${'r'.repeat(300)}TAIL` }, 'Approved')).toBe(
      `Version 5 (${V(5)}) was rejected (${'r'.repeat(300)}); a rejected version is not promoted. Register a fixed image.`
    );
  });
});

describe('more of the run', () => {
  test('an event with no commit and no selector: refused before SageMaker is asked', async () => {
    await expect(promote({}, { ctx: { ...ctx, sha: '' } })).rejects.toThrow('No commit to promote: this event has no commit; set commit, version or model-package-arn.');
    expect(sm.calls()).toHaveLength(0);
  });

  test('by ARN of the group model-package-group names: promoted', async () => {
    versions(registered({ version: 2 }));
    await promote({ 'model-package-arn': V(2) });
    expect(updates()).toEqual([expect.objectContaining({ ModelPackageArn: V(2), ModelApprovalStatus: 'Approved' })]);
  });

  test('a group given by ARN that does not exist is reported as missing (asked by its ARN)', async () => {
    const groupArn = 'arn:aws:sagemaker:us-east-1:210987654321:model-package-group/fraud';
    sm.on(SearchCommand).resolves({ Results: [] });
    sm.on(DescribeModelPackageGroupCommand).callsFake(({ ModelPackageGroupName }: { ModelPackageGroupName: string }) => {
      if (ModelPackageGroupName === groupArn) throw Object.assign(new Error('Model package group fraud does not exist.'), { name: 'ValidationException' });
      return {};
    });
    await expect(promote({ 'model-package-group': groupArn })).rejects.toThrow('Model package group fraud does not exist in us-east-1');
  });

  test('the approval is logged, the report titled a promotion; a denied write names its permission', async () => {
    const p = registered({ version: 4 });
    p.ModelApprovalStatus = 'PendingManualApproval';
    versions(p);
    const s = await promote({ version: '4' });
    expect(lines).toContain(`Setting version 4 to Approved: Approved by @octocat on push of main; run ${ctx.runUrl}`);
    expect(s.report?.title).toBe('SageMaker model promotion');
    sm.on(UpdateModelPackageCommand).rejects(Object.assign(new Error('no'), { name: 'AccessDeniedException' }));
    await expect(promote({ version: '4' })).rejects.toThrow('sagemaker:UpdateModelPackage was denied');
  });

  test('a dry run with a deploy says where it would deploy', async () => {
    // Already Approved: a dry run writes no approval, and the deploy checks the version as SageMaker has it.
    versions(withStatus(registered({ version: 7 }), { ModelApprovalStatus: 'Approved' }));
    sm.on(DescribeEndpointCommand).rejects(Object.assign(new Error('Could not find endpoint "prod".'), { name: 'ValidationException' }));
    const s = await promote({ version: '7', 'dry-run': 'true', 'endpoint-name': 'prod', 'execution-role-arn': 'arn:aws:iam::123456789012:role/x-role-name' });
    expect(lines).toContain(`Dry run: would set version 7 to Approved (Approved by @octocat on push of main; run ${ctx.runUrl}) and deploy it to prod.`);
    expect(s.deployment?.status).toBe('planned');
    expect(updates()).toEqual([]);
  });

  test('a version with no approval status or number recorded (both optional in the API): those outputs empty on a dry run', async () => {
    const p = registered({ version: 4 });
    delete p.ModelApprovalStatus;
    versions(p);
    const s = await promote({ version: '4', 'dry-run': 'true' });
    expect(s.outputs).toMatchObject({ 'model-package-version': '4', 'previous-approval-status': '', 'approval-status': '' });
    delete p.ModelPackageVersion;
    expect((await promote({ 'model-package-arn': V(4), 'dry-run': 'true' })).outputs).toMatchObject({ 'model-package-arn': V(4), 'model-package-version': '' });
  });

  test('a promotion that fails on its inputs says so under its own heading in the job summary', async () => {
    const summary = await jobSummary(() =>
      run({ env: { 'INPUT_MODEL-PACKAGE-GROUP': 'fraud', INPUT_APPROVAL: 'pending', 'INPUT_AWS-REGION': 'us-east-1' }, clock: { now: () => NOW, sleep: async () => undefined } })
    );
    expect(summary).toMatch(/^### SageMaker model promotion: ❌ failed\n/);
  });
});

describe('a merged pull request promotes its own commit only', () => {
  const mergeCtx = pullRequestContext({ workflow: 'promote' });
  const merged = { action: 'closed', pull_request: { merged: true, merged_by: { login: 'merger' }, base: { ref: 'main' }, head: { repo: { full_name: 'acme/fraud-model' } } } };
  const onMerge = (inputs: Record<string, string>) => promote(inputs, { ctx: mergeCtx, event: merged });

  test('a version named by number must be the merged commit’s; otherwise refused before any write', async () => {
    expect(mergeCtx.sha).toBe(COMMIT);
    versions(registered({ version: 5, commit: OTHER_COMMIT }), registered({ version: 3 }));
    await expect(onMerge({ version: '5' })).rejects.toThrow(
      `Refused: version 5 was registered for commit ${OTHER_COMMIT.slice(0, 12)}, but this event promotes ${COMMIT.slice(0, 12)}. Nothing was changed.`
    );
    // A version this action did not register (no record, no commit) may be named; it still has to be the commit's.
    versions(unrecorded(6));
    await expect(onMerge({ version: '6' })).rejects.toThrow(`Refused: version 6 was registered for commit unknown, but this event promotes ${COMMIT.slice(0, 12)}. Nothing was changed.`);
    expect(updates()).toEqual([]);
    versions(registered({ version: 3 }));
    await onMerge({ version: '3' });
    expect(updates()).toEqual([expect.objectContaining({ ModelPackageArn: V(3), ModelApprovalStatus: 'Approved' })]);
  });

  test('the commit input does not redirect a merge to another commit', async () => {
    const p = registered({ version: 4 });
    sm.on(SearchCommand).callsFake((input: { SearchExpression: { Filters: { Value: string }[] } }) => ({ Results: input.SearchExpression.Filters[1]!.Value === COMMIT ? [{ ModelPackage: p }] : [] }));
    versions(p);
    await onMerge({ commit: OTHER_COMMIT });
    expect(updates()).toEqual([expect.objectContaining({ ModelPackageArn: V(4) })]);
  });
});

test('on repository_dispatch the version comes from the dispatch: every selector the workflow sets is refused, naming it', async () => {
  const dispatch = { ctx: { ...ctx, eventName: 'repository_dispatch' }, event: { action: 'model-approved' } };
  const deploy = { 'endpoint-name': 'prod', 'execution-role-arn': 'arn:aws:iam::123456789012:role/x-role-name' };
  const refused = (inputs: Record<string, string>) => promote({ ...deploy, ...inputs }, dispatch).then(() => '', (e: Error) => e.message);
  const rule = 'cannot be set on repository_dispatch: the version comes from the dispatch and is checked against model-package-group';
  expect(await refused({ version: '5' })).toBe(`Refused: version ${rule}. Nothing was changed.`);
  expect(await refused({ 'model-package-arn': V(5) })).toBe(`Refused: model-package-arn ${rule}. Nothing was changed.`);
  expect(await refused({ commit: COMMIT })).toBe(`Refused: commit ${rule}. Nothing was changed.`);
  expect(await refused({})).not.toContain(rule);
  expect(updates()).toEqual([]);
});

test('a rejection is not gated by metrics-gate', async () => {
  versions(withStatus(registered({ version: 5 }), { ModelApprovalStatus: 'PendingManualApproval' }));
  await promote({ version: '5', approval: 'rejected', 'metrics-gate': 'auc >= 0.9' });
  expect(updates()).toEqual([{ ModelPackageArn: V(5), ModelApprovalStatus: 'Rejected', ApprovalDescription: `Rejected by @octocat on push of main; run ${ctx.runUrl}` }]);
});

test('a metrics gate overridden: its note follows the approval note in the approval description', async () => {
  const stats = Buffer.from(JSON.stringify({ binary_classification_metrics: { auc: { value: 0.9, standard_deviation: 'NaN' } } }));
  const s3 = mockClient(S3Client);
  s3.on(GetObjectCommand).resolves({ ContentLength: stats.length, Body: { transformToByteArray: async () => new Uint8Array(stats) } } as never);
  try {
    const p = withStatus(registered({ version: 5 }), {
      ModelApprovalStatus: 'PendingManualApproval',
      ModelMetrics: { ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: 's3://ml-metrics/v5/statistics.json', ContentDigest: `sha256:${createHash('sha256').update(stats).digest('hex')}` } } }
    });
    versions(p);
    await promote({ version: '5', 'metrics-gate': 'auc >= 0.95', 'override-gate': 'accepted by qa', 'approval-note': 'release 7' });
    expect(updates()[0]!.ApprovalDescription).toMatch(/\. release 7 Metrics gate overridden \(.+\): accepted by qa$/);
  } finally {
    s3.restore();
  }
});

describe('require-attestation', () => {
  const attested = { 'require-attestation': 'true', 'attestation-workflow': '.github/workflows/build.yml' };

  test('an approval of a version not pinned to a digest is refused before any write; a rejection is not checked', async () => {
    versions(registered({ version: 5, pinned: false }));
    await expect(promote({ version: '5', ...attested })).rejects.toThrow('Refused: version 5 is not pinned to an image digest, so require-attestation cannot check it. Nothing was changed.');
    expect(updates()).toEqual([]);
    await promote({ version: '5', approval: 'rejected', ...attested });
    expect(updates()).toEqual([expect.objectContaining({ ModelApprovalStatus: 'Rejected' })]);
  });

  test('a pinned version that records no commit is refused: there is no commit to match an attestation against', async () => {
    versions(unrecorded(5));
    await expect(promote({ version: '5', ...attested })).rejects.toThrow('Refused: "" is not a 40-hex commit.');
    expect(updates()).toEqual([]);
  });
});
