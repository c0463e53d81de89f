import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DeleteModelPackageCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListModelPackagesCommand,
  ListTagsCommand,
  SageMakerClient,
  type ModelPackageSummary
} from '@aws-sdk/client-sagemaker';
import { decide, pruneSpec, pruneSummary, readPrune, type Decision, type PruneConfig } from '../../../src/commands/prune.js';
import { readCommon } from '../../../src/commands/inputs.js';
import { Clients } from '../../../src/aws/clients.js';
import type { CommandState } from '../../../src/commands/run.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
const arn = (n: number) => `arn:aws:sagemaker:us-east-1:123456789012:model-package/g/${n}`;
const read = (v: Record<string, string>) => (n: string) => v[n] ?? '';
const common = (v: Record<string, string> = {}) => readCommon(read({ 'aws-region': 'us-east-1', ...v }), {}, () => undefined);
const config = (c: Partial<PruneConfig> = {}): PruneConfig => ({ group: { name: 'g' }, keepLatest: 0, keepDays: 0, keepApproved: false, allowSharedGroup: false, ...c });
const none = { serving: new Map<string, string[]>(), ledger: new Set<string>() };
const pkg = (n: number, ageMs: number, extra: Partial<ModelPackageSummary> = {}): ModelPackageSummary => ({
  ModelPackageArn: arn(n),
  ModelPackageVersion: n,
  ModelPackageStatus: 'Completed',
  CreationTime: new Date(NOW - ageMs),
  ...extra
});

describe('readPrune bounds', () => {
  const prune = (v: Record<string, string>) => readPrune(read({ 'model-package-group': 'g', ...v }), common());
  test('keep-latest 0..10000, keep-days 0..36500, keep-approved false', () => {
    expect(prune({ 'keep-latest': '0', 'keep-days': '0', 'keep-approved': 'false' })).toEqual(config());
    expect(prune({ 'keep-latest': '10000', 'keep-days': '36500' })).toMatchObject({ keepLatest: 10_000, keepDays: 36_500, keepApproved: true });
    expect(() => prune({ 'keep-latest': '10001' })).toThrow(`Input 'keep-latest': "10001" must be between 0 and 10000`);
    expect(() => prune({ 'keep-days': '36501' })).toThrow(`Input 'keep-days': "36501" must be between 0 and 36500`);
  });
});

describe('decide edges', () => {
  const why = (d: Decision[], n: number) => d.find((x) => x.version === n)?.keep;
  test('keep-days: a version exactly keep-days old goes; one a millisecond younger stays', () => {
    const d = decide([pkg(2, 3 * DAY - 1), pkg(1, 3 * DAY)], config({ keepDays: 3 }), none, NOW);
    expect(why(d, 2)).toBe('younger than 3 days');
    expect(why(d, 1)).toBeUndefined();
  });

  test('keep-latest counts positions: the first n stay, the next goes', () => {
    const d = decide([pkg(3, 9 * DAY), pkg(2, 9 * DAY), pkg(1, 9 * DAY)], config({ keepLatest: 2 }), none, NOW);
    expect(d.map((x) => x.keep)).toEqual(['among the newest 2', 'among the newest 2', undefined]);
  });

  test('a version without a creation time counts as new; one without status as still registering', () => {
    const d = decide([pkg(2, 0, { CreationTime: undefined }), pkg(1, 9 * DAY, { ModelPackageStatus: undefined })], config({ keepDays: 1 }), none, NOW);
    expect(d).toEqual([
      { arn: arn(2), version: 2, keep: 'younger than 1 days' },
      { arn: arn(1), version: 1, keep: 'still unknown' }
    ]);
  });

  test('the strongest reason is shown: serving over ledger over registering over newest over age over approval', () => {
    const view = { serving: new Map([[arn(6), ['blue', 'green']]]), ledger: new Set([arn(6), arn(5)]) };
    const v = [
      pkg(6, 0, { ModelApprovalStatus: 'Approved' }),
      pkg(5, 0, { ModelPackageStatus: 'Pending' }),
      pkg(4, 0, { ModelPackageStatus: 'InProgress' }),
      pkg(3, 0, { ModelApprovalStatus: 'Approved' }),
      pkg(2, 9 * DAY, { ModelApprovalStatus: 'Approved' })
    ];
    const d = decide(v, config({ keepLatest: 4, keepDays: 1, keepApproved: true }), view, NOW);
    expect(d.map((x) => x.keep)).toEqual(['serving on blue, green', 'rollback target in a deployment ledger', 'still InProgress', 'among the newest 4', 'approved']);
    const later = decide(v, config({ keepLatest: 0, keepDays: 1, keepApproved: true }), view, NOW);
    expect(why(later, 3)).toBe('younger than 1 days');
  });
});

describe('pruneSummary', () => {
  const kept = (n: number): Decision[] => Array.from({ length: n }, (_, i) => ({ arn: arn(i + 1), version: i + 1, keep: 'approved' }));
  test('a real run: the deleted versions in a details block and each kept one with its reason', () => {
    const decisions: Decision[] = [{ arn: arn(3), version: 3, keep: 'still <b>|x' }, { arn: arn(2), version: 2 }];
    expect(pruneSummary('g', decisions, [arn(2)], false)).toBe(
      [
        '### SageMaker model retention for `g`',
        '',
        'Deleted 1 version(s); kept 1.',
        '',
        '<details><summary>Deleted (1)</summary>',
        '',
        `- \`${arn(2)}\``,
        '',
        '</details>',
        '',
        '| Kept version | Why |',
        '|---|---|',
        '| 3 | still &lt;b&gt;\\|x |',
        ''
      ].join('\n')
    );
  });

  test('nothing deleted: no details block; nothing kept: no table', () => {
    const text = pruneSummary('g', kept(1), [], false);
    expect(text).not.toContain('<details>');
    expect(text).toContain('Deleted 0 version(s); kept 1.');
    expect(pruneSummary('g', [{ arn: arn(1), version: 1 }], [arn(1)], false)).not.toContain('| Kept version |');
  });

  test('at most 100 kept rows, then how many more', () => {
    const text = pruneSummary('g', kept(105), [], false);
    expect(text).toContain('| 100 | approved |');
    expect(text).not.toContain('| 101 |');
    expect(text).toContain('| … | 5 more |');
    expect(pruneSummary('g', kept(100), [], false)).not.toContain('more |');
  });
});

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
let out: string[];
beforeEach(() => {
  sm.reset();
  sm.on(ListEndpointsCommand).resolves({ Endpoints: [] });
  sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
  sm.on(DeleteModelPackageCommand).resolves({});
  out = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
});

async function prune(versions: ModelPackageSummary[], inputs: Record<string, string> = {}) {
  sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: versions });
  const c = common(inputs);
  const s: CommandState<PruneConfig> = { outputs: {}, common: c };
  const io = { clients: new Clients({ region: 'us-east-1', maxAttempts: 1, runId: '7' }, async () => client), clock: { now: () => NOW, sleep: async () => undefined }, deadline: NOW + 1, env: {}, progress: async () => undefined };
  const cfg = pruneSpec.read(read({ 'model-package-group': 'g', ...inputs }), c, {});
  const error = await pruneSpec.execute(s, cfg, io).then(() => undefined, (e: Error) => e.message);
  return { s, error, deletes: sm.commandCalls(DeleteModelPackageCommand).map((x) => x.args[0].input.ModelPackageName) };
}
const old = (n: number) => pkg(n, 400 * DAY + n, { CreationTime: new Date(Date.now() - 400 * DAY) });
const young = (n: number) => pkg(n, 0, { CreationTime: new Date(Date.now()) });

describe('execute', () => {
  test('deletes what no rule keeps; outputs list deleted and kept ARNs; the summary is set', async () => {
    const { s, error, deletes } = await prune([young(3), old(2), old(1)], { 'keep-latest': '1' });
    expect(error).toBeUndefined();
    expect(deletes).toEqual([arn(2), arn(1)]);
    expect(s.group).toBe('g');
    expect(s.outputs).toEqual({ deleted: JSON.stringify([arn(2), arn(1)]), kept: JSON.stringify([arn(3)]) });
    expect(s.markdown).toContain('Deleted 2 version(s); kept 1.');
    expect(out.join('')).toContain('3 version(s) of g; checked 0 endpoint(s), 0 inference component(s) and 0 endpoint configuration(s) in the Region; 2 to delete.');
  });

  test('dry run: nothing deleted, each version that would be is logged and listed', async () => {
    const { s, error, deletes } = await prune([young(2), old(1)], { 'keep-latest': '1', 'dry-run': 'true' });
    expect(error).toBeUndefined();
    expect(deletes).toEqual([]);
    expect(s.outputs.deleted).toBe(JSON.stringify([arn(1)]));
    expect(out.join('')).toContain(`Dry run: would delete ${arn(1)}`);
    expect(s.markdown).toContain('dry run, nothing was deleted');
  });

  test('a real run logs no dry-run lines', async () => {
    const { deletes } = await prune([old(1)], { 'keep-latest': '0' });
    expect(deletes).toEqual([arn(1)]);
    expect(out.join('')).not.toContain('Dry run');
  });

  test('a failed delete is a warning naming the IAM action, the others go on, and the run fails naming how many were deleted', async () => {
    sm.on(DeleteModelPackageCommand, { ModelPackageName: arn(2) }).rejects(Object.assign(new Error('not allowed'), { name: 'AccessDeniedException' }));
    const { s, error, deletes } = await prune([old(2), old(1)], { 'keep-latest': '0' });
    expect(deletes).toEqual([arn(2), arn(1)]);
    expect(error).toBe('Deleted 1 of 2 versions; see the warnings for the others.');
    expect(s.outputs.deleted).toBe(JSON.stringify([arn(1)]));
    expect(out.join('')).toContain(`::warning::Could not delete ${arn(2)}: sagemaker:DeleteModelPackage was denied: the role this workflow assumed needs sagemaker:DeleteModelPackage`);
  });

  test('an endpoint whose config cannot be read: nothing is deleted', async () => {
    const ep = 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/prod';
    sm.on(ListEndpointsCommand).resolves({ Endpoints: [{ EndpointName: 'prod', EndpointArn: ep, CreationTime: new Date(), LastModifiedTime: new Date(), EndpointStatus: 'InService' }] });
    sm.on(DescribeEndpointCommand).resolves({ EndpointName: 'prod', EndpointArn: ep, EndpointConfigName: 'gone' });
    sm.on(DescribeEndpointConfigCommand).rejects(Object.assign(new Error('Could not find endpoint configuration "gone".'), { name: 'ValidationException' }));
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    const { error, deletes } = await prune([old(1)], { 'keep-latest': '0' });
    expect(error).toBe('Not pruning: what endpoints prod serve could not be read, so a served version could be deleted. Nothing was deleted.');
    expect(deletes).toEqual([]);
  });

  test('a runner clock behind the service does not make the newest versions look old', async () => {
    const ahead = Date.now() + 10 * DAY;
    const v = [pkg(3, 0, { CreationTime: new Date(ahead) }), pkg(2, 0, { CreationTime: new Date(ahead - DAY / 2) }), pkg(1, 0, { CreationTime: new Date(ahead - 2 * DAY) })];
    const { deletes } = await prune(v, { 'keep-latest': '0', 'keep-days': '1' });
    expect(deletes).toEqual([arn(1)]);
  });
});

test('prune posts its report in its own sticky comment channel, with the outputs of its action.yml', () => {
  expect(pruneSpec).toMatchObject({ name: 'prune', title: 'SageMaker model retention', commentChannel: 'prune', outputs: ['deleted', 'kept', 'comment-url'] });
});
