/**
 * promote/'s run on a push (no GitHub calls): which version it picks, what it refuses, what it writes to SageMaker
 * and what it reports, against a mocked SageMaker.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
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
import { promoteSpec, readPromote, type PromoteConfig } from '../../../src/commands/promote.js';
import type { CommandState } from '../../../src/commands/run.js';
import { COMMIT, GROUP_ARN, OTHER_COMMIT, registered } from '../../helpers/proof-fixtures.js';
import { pushContext } from '../../helpers/run-context.js';

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
const withStatus = (p: DescribeModelPackageOutput, extra: Partial<DescribeModelPackageOutput>) => ({ ...p, ...extra }) as DescribeModelPackageOutput;

async function promote(inputs: Record<string, string> = {}) {
  const r = read({ 'aws-region': 'us-east-1', 'model-package-group': 'fraud', ...inputs });
  const s: CommandState<PromoteConfig> = { outputs: {}, common: readCommon(r, {}, () => undefined), ctx };
  const io = {
    clients: new Clients({ region: 'us-east-1', maxAttempts: 1, runId: '7' }, async () => client),
    clock: { now: () => NOW, sleep: async () => undefined },
    deadline: NOW + 1,
    env: {},
    progress: async () => undefined
  };
  await promoteSpec.execute(s, promoteSpec.read(r, s.common!, {}), io);
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
