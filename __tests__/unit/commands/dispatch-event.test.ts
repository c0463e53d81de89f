import { describe, expect, test } from '@jest/globals';
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { approvedBy, decide, dispatchedArn, inert, readDispatch, type DispatchConfig } from '../../../src/commands/dispatch-event.js';
import type { RunContext } from '../../../src/github/context.js';

const read = (v: Record<string, string>) => (n: string) => v[n] ?? '';
const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-detector/3';
const config: DispatchConfig = { eventType: 'sagemaker-model-package', onRejected: 'rollback' };
const ctx = { eventName: 'repository_dispatch', ref: 'refs/heads/main', defaultBranch: 'main' } as RunContext;
const event = (payload: Record<string, unknown> = {}) => ({ action: 'sagemaker-model-package', branch: 'main', client_payload: { 'model-package-arn': ARN, approval: 'Approved' }, ...payload });

describe('readDispatch', () => {
  test('defaults match approval-events (event type) and are safe (ignore); bad values name the input', () => {
    expect(readDispatch(read({}))).toEqual({ eventType: 'sagemaker-model-package', onRejected: 'ignore' });
    expect(readDispatch(read({ 'dispatch-event-type': 'model.approved', 'on-rejected': 'Rollback' }))).toEqual({ eventType: 'model.approved', onRejected: 'rollback' });
    expect(() => readDispatch(read({ 'dispatch-event-type': 'a b' }))).toThrow("Input 'dispatch-event-type': \"a b\" must be a repository_dispatch event type");
    expect(() => readDispatch(read({ 'dispatch-event-type': 'e'.repeat(101) }))).toThrow("Input 'dispatch-event-type'");
    expect(() => readDispatch(read({ 'on-rejected': 'delete' }))).toThrow("Input 'on-rejected': \"delete\" must be one of: rollback, ignore");
  });
});

describe('dispatchedArn', () => {
  test('the version ARN of a well-formed dispatch on the default branch', () => {
    expect(dispatchedArn(ctx, event(), config, 'us-east-1', [])).toBe(ARN);
  });

  test.each([
    [event({ action: 'other' }), 'event type is other, not sagemaker-model-package'],
    [event({ client_payload: undefined }), 'the dispatch has no client_payload object'],
    [event({ client_payload: [ARN] }), 'the dispatch has no client_payload object'],
    [event({ client_payload: { 'model-package-arn': 7 } }), 'client_payload.model-package-arn 7 is not a model package version ARN'],
    [event({ client_payload: { 'model-package-arn': `${ARN}\n::error::x` } }), 'client_payload.model-package-arn arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-detector/3_::error: is not'],
    [event({ client_payload: { 'model-package-arn': ARN.replace('us-east-1', 'eu-west-1') } }), 'is in Region eu-west-1, but this run deploys in us-east-1']
  ])('%j is refused', (payload, message) => {
    expect(() => dispatchedArn(ctx, payload, config, 'us-east-1', [])).toThrow(message);
  });

  test('another branch, an unknown default branch and inputs that name a version are refused', () => {
    expect(() => dispatchedArn({ ...ctx, ref: 'refs/heads/dev' }, event(), config, 'us-east-1', [])).toThrow('on the default branch (main), but this one is on refs/heads/dev');
    expect(() => dispatchedArn({ ...ctx, defaultBranch: undefined } as RunContext, event(), config, 'us-east-1', [])).toThrow('default branch (unknown)');
    expect(() => dispatchedArn(ctx, event(), config, 'us-east-1', ['version', 'approval'])).toThrow('version, approval cannot be set on repository_dispatch');
  });

  test('values shown are inert and bounded', () => {
    expect(inert('[x](https://evil.example) <b>`y`</b>')).toBe('_x__https://evil.example___b__y__/b_');
    expect(inert('a'.repeat(500))).toHaveLength(80);
    expect(inert('')).toBe('(empty)');
    expect(inert(undefined)).toBe('undefined');
  });
});

const pkg = (over: Partial<DescribeModelPackageOutput> = {}): DescribeModelPackageOutput =>
  ({ ModelPackageArn: ARN, ModelPackageVersion: 3, ModelPackageStatus: 'Completed', ModelApprovalStatus: 'Approved', ...over }) as DescribeModelPackageOutput;
const OLDER = ARN.replace(/3$/, '2');

describe('decide', () => {
  test('an Approved version newer than what serves (or on a new endpoint) is deployed', () => {
    expect(decide(pkg(), { arn: OLDER, version: 2 }, 'prod', 'ignore')).toEqual({ action: 'deploy', why: 'Version 3 is Approved' });
    expect(decide(pkg(), {}, 'prod', 'ignore').action).toBe('deploy');
  });

  test('duplicates and stale events are no-ops that say why', () => {
    expect(decide(pkg(), { arn: ARN, version: 3 }, 'prod', 'rollback')).toEqual({ action: 'none', why: 'Version 3 is already live on prod (a duplicate or repeated event)' });
    expect(decide(pkg(), { arn: ARN.replace(/3$/, '4'), version: 4 }, 'prod', 'rollback').why).toBe('Version 3 is older than version 4, which prod serves: a stale event does not deploy backwards (use rollback/ for that)');
    // Another group's version 9 on the endpoint says nothing about this group's version 3.
    expect(decide(pkg(), { arn: ARN.replace('fraud-detector/3', 'other-model/9'), version: 9 }, 'prod', 'rollback').action).toBe('deploy');
    expect(decide(pkg({ ModelApprovalStatus: 'PendingManualApproval' }), {}, 'prod', 'rollback').why).toBe('Version 3 is PendingManualApproval (no longer or not yet Approved): nothing to deploy');
    expect(decide(pkg({ ModelApprovalStatus: undefined }), {}, 'prod', 'rollback').action).toBe('none');
    expect(decide(pkg({ ModelPackageStatus: 'InProgress' }), {}, 'prod', 'rollback').why).toBe('Version 3 is InProgress, not Completed: nothing to deploy');
  });

  test('a Rejected version rolls back only when it serves and on-rejected is rollback', () => {
    const rejected = pkg({ ModelApprovalStatus: 'Rejected' });
    expect(decide(rejected, { arn: ARN, version: 3 }, 'prod', 'rollback')).toEqual({ action: 'rollback', why: 'Version 3 is Rejected and serves prod' });
    expect(decide(rejected, { arn: ARN, version: 3 }, 'prod', 'ignore')).toEqual({ action: 'none', why: 'Version 3 is Rejected but still serves prod; on-rejected is ignore, so it stays', warn: true });
    expect(decide(rejected, { arn: OLDER, version: 2 }, 'prod', 'rollback')).toEqual({ action: 'none', why: 'Version 3 is Rejected and prod does not serve it: nothing to roll back' });
    expect(decide(rejected, {}, 'prod', 'rollback').action).toBe('none');
  });
});

describe('approvedBy', () => {
  test("who and when from the version's own fields, shown inert", () => {
    const at = new Date('2026-12-07T10:00:00Z');
    expect(approvedBy(pkg({ LastModifiedBy: { UserProfileName: 'data-scientist' }, LastModifiedTime: at, ApprovalDescription: 'AUC\n0.91' }))).toBe('Approved in SageMaker by data-scientist at 2026-12-07T10:00:00.000Z: “AUC 0.91”');
    expect(approvedBy(pkg({ LastModifiedBy: { IamIdentity: { Arn: 'arn:aws:sts::123456789012:assumed-role/ml lead/x' } } }))).toBe('Approved in SageMaker by arn:aws:sts::123456789012:assumed-role/ml_lead/x');
    expect(approvedBy(pkg({ ModelApprovalStatus: 'PendingManualApproval' }))).toBe('PendingManualApproval; last changed in SageMaker by an identity SageMaker did not record');
  });
});
