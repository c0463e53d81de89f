/** What prune counts as in use (in-use.ts, serving.ts, model-use.ts) and the shared-group opt-in, with a mocked SageMaker. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeInferenceComponentCommand,
  DescribeInferenceExperimentCommand,
  DescribeModelCommand,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListInferenceComponentsCommand,
  ListInferenceExperimentsCommand,
  ListTagsCommand,
  SageMakerClient,
  type ModelPackageSummary
} from '@aws-sdk/client-sagemaker';
import { blindSpot, decide, pruneSummary, readPrune, type PruneConfig } from '../../../src/commands/prune.js';
import { readCommon } from '../../../src/commands/inputs.js';
import { inUseView } from '../../../src/commands/in-use.js';
import { isGone, versionArn } from '../../../src/commands/model-use.js';
import { servingView } from '../../../src/commands/serving.js';

const ACCT = '123456789012';
const arn = (n: number) => `arn:aws:sagemaker:us-east-1:${ACCT}:model-package/g/${n}`;
const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/g';
const read = (v: Record<string, string>) => (n: string) => v[n] ?? '';
const common = (v: Record<string, string> = {}) => readCommon(read(v), {}, () => undefined);
const gone = (what: string) => Object.assign(new Error(`Could not find ${what}.`), { name: 'ValidationException' });
const denied = () => Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });

describe('allow-shared-group', () => {
  const prune = (v: Record<string, string>, c = common()) => readPrune(read({ 'model-package-group': GROUP_ARN, ...v }), c);
  test('a group given by ARN is refused before any call, unless allow-shared-group is true or the run is a dry run', () => {
    expect(() => prune({})).toThrow(`Input 'model-package-group': "${GROUP_ARN}" is a group ARN: other accounts may deploy its versions, and their endpoints cannot be seen from this account; set allow-shared-group: true to prune it anyway`);
    expect(prune({ 'allow-shared-group': 'true' }).allowSharedGroup).toBe(true);
    expect(prune({}, common({ 'dry-run': 'true' })).allowSharedGroup).toBe(false);
    expect(() => prune({ 'allow-shared-group': 'yes' })).toThrow(`Input 'allow-shared-group': "yes" must be true or false`);
    expect(readPrune(read({ 'model-package-group': 'g' }), common()).allowSharedGroup).toBe(false);
  });

  test('the summary says what a run on a group given by ARN cannot see; nothing for a group named in this account', () => {
    const c = (allow: boolean, arnGiven = true): PruneConfig => ({
      group: arnGiven ? { name: 'g', arn: GROUP_ARN, accountId: '111122223333' } : { name: 'g' },
      keepLatest: 0,
      keepDays: 0,
      keepApproved: false,
      allowSharedGroup: allow
    });
    expect(blindSpot(c(true))).toBe(
      '⚠️ The group is given by ARN (account 111122223333): endpoints and endpoint configurations of other accounts that deploy its versions cannot be seen from this account, so a version they use can be deleted (allow-shared-group is true).'
    );
    expect(blindSpot(c(false))).toContain('(a real run needs allow-shared-group: true)');
    expect(blindSpot(c(true, false))).toBe('');
    const text = pruneSummary('g', [], [], false, ['one note', '', 'two']);
    expect(text).toContain('kept 0.\n\none note\n\ntwo\n');
  });
});

test('decide: a version an endpoint configuration names stays, after serving and ledger reasons and before the retention rules', () => {
  const v = [1, 2, 3].map((n): ModelPackageSummary => ({ ModelPackageArn: arn(n), ModelPackageGroupName: 'g', ModelPackageVersion: n, ModelPackageStatus: n === 3 ? 'InProgress' : 'Completed', CreationTime: new Date(0) }));
  const view = { serving: new Map(), ledger: new Set([arn(1)]), configs: new Map([[arn(1), ['c1']], [arn(2), ['c2', 'c3']], [arn(3), ['c4']]]) };
  const d = decide(v, { group: { name: 'g' }, keepLatest: 0, keepDays: 0, keepApproved: false, allowSharedGroup: false }, view, 1);
  expect(d.map((x) => x.keep)).toEqual(['rollback target in a deployment ledger', 'named by endpoint configuration c2, c3, which a rollback can deploy again', 'named by endpoint configuration c4, which a rollback can deploy again']);
});

test('isGone: only a resource that does not exist, not a denial whose text says so', () => {
  expect(isGone(gone('endpoint "x"'))).toBe(true);
  expect(isGone(Object.assign(new Error('Resource arn does not exist.'), { name: 'ValidationException' }))).toBe(true);
  expect(isGone(Object.assign(new Error('Could not find credentials'), { name: 'AccessDeniedException' }))).toBe(false);
  expect(isGone(Object.assign(new Error('Invalid value'), { name: 'ValidationException' }))).toBe(false);
  expect(isGone(undefined)).toBe(false);
});

test('versionArn: a version named group/n becomes its ARN in the model’s account and Region', () => {
  expect(versionArn('g/3', `arn:aws:sagemaker:eu-west-1:${ACCT}:model/m`)).toBe(`arn:aws:sagemaker:eu-west-1:${ACCT}:model-package/g/3`);
  expect(versionArn(arn(3), `arn:aws:sagemaker:eu-west-1:${ACCT}:model/m`)).toBe(arn(3));
  expect(versionArn('g/3', undefined)).toBe('g/3');
});

const sm = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const epArn = (name: string) => `arn:aws:sagemaker:us-east-1:${ACCT}:endpoint/${name}`;
const modelArn = (name: string) => `arn:aws:sagemaker:us-east-1:${ACCT}:model/${name}`;

function endpoints(names: string[]): void {
  sm.on(ListEndpointsCommand).resolves({ Endpoints: names.map((n) => ({ EndpointName: n, EndpointArn: epArn(n), CreationTime: new Date(), LastModifiedTime: new Date(), EndpointStatus: 'InService' })) });
}
function model(name: string, version?: number): void {
  sm.on(DescribeModelCommand, { ModelName: name }).resolves({ ModelName: name, ModelArn: modelArn(name), PrimaryContainer: version ? { ModelPackageName: arn(version) } : { Image: 'img' }, CreationTime: new Date(), ExecutionRoleArn: 'r' });
}
function config(name: string, models: (string | undefined)[], shadow: string[] = []): void {
  const variant = (m: string | undefined, i: number) => ({ VariantName: `v${i}`, ...(m ? { ModelName: m } : {}) });
  sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: name }).resolves({
    EndpointConfigName: name,
    EndpointConfigArn: `arn:aws:sagemaker:us-east-1:${ACCT}:endpoint-config/${name}`,
    ProductionVariants: models.map(variant),
    ...(shadow.length ? { ShadowProductionVariants: shadow.map(variant) } : {}),
    CreationTime: new Date()
  });
}

beforeEach(() => {
  sm.reset();
  endpoints([]);
  sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
  sm.on(ListTagsCommand).resolves({ Tags: [] });
});

describe('in-use view', () => {
  test('the live and the pending config, production and shadow variants, all serve; ledgers are read', async () => {
    endpoints(['ep']);
    sm.on(DescribeEndpointCommand).resolves({ EndpointName: 'ep', EndpointArn: epArn('ep'), EndpointConfigName: 'live', PendingDeploymentSummary: { EndpointConfigName: 'next' } } as never);
    config('live', ['m1'], ['m2']);
    config('next', ['m3']);
    [1, 2, 3].forEach((n) => model(`m${n}`, n));
    sm.on(ListTagsCommand, { ResourceArn: epArn('ep') }).resolves({ Tags: [{ Key: 'previous-model-package-arn', Value: arn(9) }] });
    const view = await servingView(client);
    expect([...view.serving.keys()].sort()).toEqual([arn(1), arn(2), arn(3)]);
    expect(view.ledger).toEqual(new Set([arn(9)]));
    expect(sm.commandCalls(ListInferenceComponentsCommand)).toHaveLength(0);
  });

  test('inference components are listed only for endpoints whose variants host no model; Specification and Specifications are followed', async () => {
    endpoints(['ic-ep', 'classic']);
    sm.on(DescribeEndpointCommand, { EndpointName: 'ic-ep' }).resolves({ EndpointName: 'ic-ep', EndpointArn: epArn('ic-ep'), EndpointConfigName: 'ic-config' } as never);
    sm.on(DescribeEndpointCommand, { EndpointName: 'classic' }).resolves({ EndpointName: 'classic', EndpointArn: epArn('classic'), EndpointConfigName: 'c' } as never);
    config('ic-config', [undefined]);
    config('c', ['m1']);
    [1, 2, 3].forEach((n) => model(`m${n}`, n));
    sm.on(ListInferenceComponentsCommand).resolvesOnce({ InferenceComponents: [{ InferenceComponentName: 'a' }] as never, NextToken: 't' }).resolves({ InferenceComponents: [{ InferenceComponentName: 'b' }, { InferenceComponentName: 'gone' }] as never });
    sm.on(DescribeInferenceComponentCommand, { InferenceComponentName: 'a' }).resolves({ EndpointName: 'ic-ep', Specification: { ModelName: 'm2' } } as never);
    sm.on(DescribeInferenceComponentCommand, { InferenceComponentName: 'b' }).resolves({ EndpointName: 'ic-ep', Specifications: [{ ModelName: 'm3' }] } as never);
    sm.on(DescribeInferenceComponentCommand, { InferenceComponentName: 'gone' }).rejects(gone('inference component "gone"'));
    const view = await servingView(client, { components: true });
    expect(view.serving).toEqual(new Map([[arn(1), ['classic']], [arn(2), ['ic-ep']], [arn(3), ['ic-ep']]]));
    expect(view.components).toBe(2);
    expect(sm.commandCalls(ListInferenceComponentsCommand).map((c) => c.args[0].input)).toEqual([
      { EndpointNameEquals: 'ic-ep', MaxResults: 100 },
      { EndpointNameEquals: 'ic-ep', MaxResults: 100, NextToken: 't' }
    ]);
  });

  test('an inference component whose model no longer exists leaves what its endpoint serves unknown', async () => {
    endpoints(['ic-ep']);
    sm.on(DescribeEndpointCommand).resolves({ EndpointName: 'ic-ep', EndpointArn: epArn('ic-ep'), EndpointConfigName: 'ic-config' } as never);
    config('ic-config', [undefined]);
    sm.on(ListInferenceComponentsCommand).resolves({ InferenceComponents: [{ InferenceComponentName: 'a' }] as never });
    sm.on(DescribeInferenceComponentCommand).resolves({ EndpointName: 'ic-ep', Specification: { ModelName: 'deleted' } } as never);
    sm.on(DescribeModelCommand).rejects(gone('model "deleted"'));
    expect((await servingView(client, { components: true })).unresolved).toEqual(['ic-ep (inference component a)']);
  });

  test('an endpoint or a configuration deleted since it was listed is skipped; a config’s deleted model keeps nothing of it', async () => {
    endpoints(['gone-ep']);
    sm.on(DescribeEndpointCommand).rejects(gone('endpoint "gone-ep"'));
    sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: ['old', 'just-deleted', 'half'].map((n) => ({ EndpointConfigName: n, EndpointConfigArn: `x/${n}`, CreationTime: new Date() })) });
    config('old', ['m1']);
    config('half', ['m2', 'deleted']);
    sm.on(DescribeEndpointConfigCommand, { EndpointConfigName: 'just-deleted' }).rejects(gone('endpoint configuration'));
    model('m1', 1);
    model('m2', 2);
    sm.on(DescribeModelCommand, { ModelName: 'deleted' }).rejects(gone('model'));
    const view = await inUseView(client);
    expect(view).toMatchObject({ endpoints: 0, configCount: 2, unresolved: [] });
    expect(view.configs).toEqual(new Map([[arn(1), ['old']], [arn(2), ['half']]]));
  });

  test('a config and a model shared by endpoints and the config list are read once; a model without a version is asked for its tag', async () => {
    endpoints(['a', 'b']);
    sm.on(DescribeEndpointCommand).resolves({ EndpointConfigName: 'shared', EndpointArn: epArn('x') } as never);
    sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [{ EndpointConfigName: 'shared', EndpointConfigArn: 'x', CreationTime: new Date() }] });
    config('shared', ['from-image']);
    model('from-image');
    sm.on(ListTagsCommand, { ResourceArn: modelArn('from-image') }).resolves({ Tags: [{ Key: 'model-package-arn', Value: arn(4) }] });
    const view = await inUseView(client);
    expect(view.serving).toEqual(new Map([[arn(4), ['a', 'b']]]));
    expect(view.configs).toEqual(new Map([[arn(4), ['shared']]]));
    expect(sm.commandCalls(DescribeEndpointConfigCommand)).toHaveLength(1);
    expect(sm.commandCalls(DescribeModelCommand)).toHaveLength(1);
  });

  test('a denied read fails the whole view, naming the resource and the IAM action', async () => {
    endpoints(['ic-ep']);
    sm.on(DescribeEndpointCommand).resolves({ EndpointName: 'ic-ep', EndpointArn: epArn('ic-ep'), EndpointConfigName: 'ic-config' } as never);
    config('ic-config', [undefined]);
    sm.on(ListInferenceComponentsCommand).rejects(denied());
    await expect(inUseView(client)).rejects.toThrow(/^sagemaker:ListInferenceComponents was denied: the role this workflow assumed needs sagemaker:ListInferenceComponents/);
    sm.on(ListInferenceComponentsCommand).resolves({ InferenceComponents: [] });
    sm.on(ListTagsCommand).rejects(denied());
    await expect(inUseView(client)).rejects.toThrow(/^Could not read endpoint ic-ep: sagemaker:ListTags was denied/);
  });

  test('the models of a shadow test not ended are in use (its candidate is in no config); a deleted one leaves it unknown', async () => {
    const summary = (name: string, status: string) => ({ Name: name, Type: 'ShadowMode', Status: status, CreationTime: new Date(), LastModifiedTime: new Date() });
    sm.on(ListInferenceExperimentsCommand).resolves({ InferenceExperiments: [summary('old', 'Completed'), summary('x', 'Running')] as never });
    sm.on(DescribeInferenceExperimentCommand, { Name: 'x' }).resolves({ Name: 'x', Status: 'Running', EndpointMetadata: { EndpointName: 'ep' }, ModelVariants: [{ ModelName: 'm1' }, { ModelName: 'm2' }] } as never);
    model('m1', 1);
    model('m2', 2);
    const view = await inUseView(client);
    expect(view.serving).toEqual(new Map([[arn(1), ['ep (inference experiment x)']], [arn(2), ['ep (inference experiment x)']]]));
    expect(sm.commandCalls(DescribeInferenceExperimentCommand).map((c) => c.args[0].input)).toEqual([{ Name: 'x' }]);
    sm.on(DescribeModelCommand, { ModelName: 'm2' }).rejects(gone('model "m2"'));
    sm.on(DescribeModelCommand, { ModelName: 'm1' }).rejects(gone('model "m1"'));
    expect((await inUseView(client)).unresolved).toEqual(['ep (inference experiment x)']);
  });
});
