import { describe, expect, test } from '@jest/globals';
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import {
  arnRule,
  configProves,
  ledgerRule,
  metadataProves,
  NOT_PROVEN,
  refusal,
  servedBefore,
  versionParts,
  versionRule,
  type ServedEvidence
} from '../../../src/deploy/rollback-target.js';
import { ActionError, InputError } from '../../../src/errors.js';
import type { LiveConfig } from '../../../src/deploy/serves.js';

const ACCOUNT = '123456789012';
const EP = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/prod`;
const v = (n: number, group = 'fraud', account = ACCOUNT, region = 'us-east-1', partition = 'aws') => `arn:${partition}:sagemaker:${region}:${account}:model-package/${group}/${n}`;
const approved = (arn: string, extra: Partial<DescribeModelPackageOutput> = {}): DescribeModelPackageOutput => ({
  ModelPackageArn: arn,
  ModelPackageStatus: 'Completed',
  ModelApprovalStatus: 'Approved',
  ...extra
}) as DescribeModelPackageOutput;

describe('versionParts', () => {
  test('a version ARN and its parts; anything else is not one', () => {
    expect(versionParts(v(12, 'Fraud-2', '210987654321', 'eu-west-1', 'aws-cn'))).toEqual({ partition: 'aws-cn', region: 'eu-west-1', account: '210987654321', group: 'Fraud-2', version: 12 });
    for (const bad of ['', 'fraud/3', `${v(3)}/1`, v(3).replace('model-package/', 'model-package-group/'), `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/fraud`]) expect(versionParts(bad)).toBeUndefined();
  });
});

describe('arnRule: the candidate against the endpoint and the version it serves', () => {
  test('an older version of the same group, account and Region passes', () => {
    expect(arnRule(EP, v(3), v(2))).toBeUndefined();
    expect(arnRule(EP, v(3), v(1))).toBeUndefined();
  });

  test('each rule, in order', () => {
    expect(arnRule(EP, v(3), 'fraud/2')).toBe('is not a model package version ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>)');
    expect(arnRule(EP, 'fraud/3', v(2))).toBe('cannot be compared with what the endpoint serves, "fraud/3", which is not a model package version');
    expect(arnRule(EP, v(3), v(2, 'fraud', ACCOUNT, 'eu-west-1'))).toBe('is in Region eu-west-1 (aws), but the endpoint is in us-east-1 (aws)');
    expect(arnRule(EP, v(3), v(2, 'fraud', ACCOUNT, 'us-east-1', 'aws-cn'))).toBe('is in Region us-east-1 (aws-cn), but the endpoint is in us-east-1 (aws)');
    expect(arnRule('not-an-arn', v(3), v(2))).toBe('is in Region us-east-1 (aws), but the endpoint is in an unknown Region (?)');
    expect(arnRule(EP, v(3), v(2, 'fraud', '999999999999'))).toBe(`is in account 999999999999, but the version the endpoint serves, v3 of fraud, is in account ${ACCOUNT}`);
    expect(arnRule(EP, v(3), v(2, 'other'))).toBe('is a version of group other, but the endpoint serves v3 of group fraud: a rollback stays in the group');
    expect(arnRule(EP, v(3), v(2, 'Fraud'))).toBe('is a version of group Fraud, but the endpoint serves v3 of group fraud: a rollback stays in the group');
    expect(arnRule(EP, v(3), v(3))).toBe('is v3, the version the endpoint already serves: nothing to roll back');
    expect(arnRule(EP, v(3), v(4))).toBe('is v4, newer than v3, the version the endpoint serves: a rollback goes to an older version');
  });

  test('a shared group of another account: the target stays in the account of the version served', () => {
    expect(arnRule(EP, v(3, 'fraud', '210987654321'), v(2, 'fraud', '210987654321'))).toBeUndefined();
    expect(arnRule(EP, v(3, 'fraud', '210987654321'), v(2))).toBe(`is in account ${ACCOUNT}, but the version the endpoint serves, v3 of fraud, is in account 210987654321`);
  });
});

describe('versionRule and ledgerRule', () => {
  test('Completed and Approved, and the version described is the one asked for', () => {
    expect(versionRule(v(2), approved(v(2)))).toBeUndefined();
    expect(versionRule(v(2), approved(v(1)))).toBe('is not the version DescribeModelPackage describes for it');
    expect(versionRule(v(2), approved(v(2), { ModelPackageStatus: 'Failed' }))).toBe('is Failed: only a Completed version can be rolled back to');
    expect(versionRule(v(2), approved(v(2), { ModelPackageStatus: undefined }))).toBe('is of unknown status: only a Completed version can be rolled back to');
    expect(versionRule(v(2), approved(v(2), { ModelApprovalStatus: 'Rejected' }))).toBe('is Rejected: a rollback goes only to an Approved version');
    expect(versionRule(v(2), approved(v(2), { ModelApprovalStatus: undefined }))).toBe('is PendingManualApproval: a rollback goes only to an Approved version');
  });

  test("the ledger's current version must be the one served", () => {
    expect(ledgerRule(v(3), v(3))).toBeUndefined();
    expect(ledgerRule(v(3), v(4))).toBe(`cannot be trusted: the ledger's model-package-arn "${v(4)}" is not the version the endpoint serves (${v(3)})`);
    expect(ledgerRule(v(3), undefined)).toBe(`cannot be trusted: the ledger's model-package-arn "" is not the version the endpoint serves (${v(3)})`);
  });
});

describe('refusal', () => {
  test('the input, or the tag, with the value quoted and bounded: one line', () => {
    expect(refusal('prod', 'to', v(4), 'is newer')).toEqual(new InputError('to', v(4), 'is newer'));
    const err = refusal('prod', 'ledger', v(4), 'is newer');
    expect(err).toBeInstanceOf(ActionError);
    expect(err.message).toBe(`Endpoint prod: tag previous-model-package-arn "${v(4)}" is newer; not rolling back to it. Name the version to roll back to with to.`);
    const hostile = refusal('prod', 'ledger', `x\n::error::pwned ${'y'.repeat(300)}`, 'is not a model package version ARN');
    expect(hostile.message).not.toContain('\n');
    expect(hostile.message).toContain('"x\\n::error::pwned ');
    expect(hostile.message).toContain('… (317 characters)"');
    expect(hostile.message.length).toBeLessThan(400);
  });
});

describe('served before', () => {
  const T = (s: string) => new Date(`2025-06-0${s}Z`);
  const config = (name: string, created: Date | undefined, arn: string): LiveConfig => ({ name, ...(created ? { created } : {}), models: [{ name, containers: [{ ModelPackageName: arn }] }] });
  const evidence = (extra: Partial<ServedEvidence> = {}): ServedEvidence => ({ endpointName: 'prod', endpointCreated: T('1T00:00:00'), liveCreated: T('3T00:00:00'), configs: [], ...extra });
  const deployed = (at: string, key = 'endpoint.prod') => approved(v(2), { CustomerMetadataProperties: { [key]: `deployed ${at}` } });

  test('an earlier config of the endpoint that still exists and serves the version', () => {
    expect(configProves(approved(v(2)), evidence({ configs: [config('prod-v2-aaaaaa', T('2T00:00:00'), v(2))] }))).toBe(true);
    expect(servedBefore(approved(v(2)), evidence({ configs: [config('prod-v2-aaaaaa', T('2T00:00:00'), v(2))] }))).toBe(true);
  });

  test('not: a config made after (or with) the live one, of another version, of unknown age, or no live creation time', () => {
    expect(configProves(approved(v(2)), evidence({ configs: [config('c', T('3T00:00:00'), v(2))] }))).toBe(false);
    expect(configProves(approved(v(2)), evidence({ configs: [config('c', T('4T00:00:00'), v(2))] }))).toBe(false);
    expect(configProves(approved(v(2)), evidence({ configs: [config('c', T('2T00:00:00'), v(1))] }))).toBe(false);
    expect(configProves(approved(v(2)), evidence({ configs: [config('c', undefined, v(2))] }))).toBe(false);
    expect(configProves(approved(v(2)), { endpointName: 'prod', configs: [config('c', T('2T00:00:00'), v(2))] })).toBe(false);
  });

  test("the version's own record of a deployment to this endpoint since it was created (clock skew allowed)", () => {
    expect(metadataProves(deployed('2025-06-02T00:00:00.000Z'), evidence())).toBe(true);
    expect(metadataProves(deployed('2025-05-31T23:56:00Z'), evidence())).toBe(true);
    expect(metadataProves(deployed('2025-05-31T23:54:00Z'), evidence())).toBe(false);
    expect(metadataProves(deployed('2020-01-01T00:00:00Z'), evidence({ endpointCreated: undefined }))).toBe(true);
    expect(servedBefore(deployed('2025-06-02T00:00:00Z'), evidence())).toBe(true);
  });

  test('not: another endpoint, another wording, an impossible date, no record', () => {
    expect(metadataProves(deployed('2025-06-02T00:00:00Z', 'endpoint.prod-2'), evidence())).toBe(false);
    expect(metadataProves(approved(v(2), { CustomerMetadataProperties: { 'endpoint.prod': 'deployed soon' } }), evidence())).toBe(false);
    expect(metadataProves(approved(v(2), { CustomerMetadataProperties: { 'endpoint.prod': 'x deployed 2025-06-02T00:00:00Z' } }), evidence())).toBe(false);
    expect(metadataProves(deployed('2025-06-02T00:00:00Z x'), evidence())).toBe(false);
    expect(metadataProves(deployed('2025-13-45T00:00:00Z'), evidence())).toBe(false);
    expect(metadataProves(approved(v(2)), evidence())).toBe(false);
    expect(servedBefore(approved(v(2)), evidence())).toBe(false);
  });

  test('a long endpoint name: the key is cut to 128 characters, as the deploy writes it', () => {
    const name = 'e'.repeat(63);
    const key = `endpoint.${name}`.slice(0, 128);
    expect(metadataProves(deployed('2025-06-02T00:00:00Z', key), evidence({ endpointName: name }))).toBe(true);
  });

  test('the refusal says what could not be proven', () => {
    expect(NOT_PROVEN).toContain('cannot prove served the endpoint before');
  });
});
