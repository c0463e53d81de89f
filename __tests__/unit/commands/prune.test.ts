import { describe, expect, test } from '@jest/globals';
import type { ModelPackageSummary } from '@aws-sdk/client-sagemaker';
import { decide, pruneSummary, readPrune, type PruneConfig } from '../../../src/commands/prune.js';
import { readCommon } from '../../../src/commands/inputs.js';

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;
const arn = (n: number) => `arn:aws:sagemaker:us-east-1:123456789012:model-package/g/${n}`;
/** Newest first: version n created n days after day 0 (version 100 is today). */
const versions = (count: number, extra: (n: number) => Partial<ModelPackageSummary> = () => ({})): ModelPackageSummary[] =>
  Array.from({ length: count }, (_, i) => count - i).map((n) => ({
    ModelPackageArn: arn(n),
    ModelPackageVersion: n,
    ModelPackageStatus: 'Completed',
    ModelApprovalStatus: 'PendingManualApproval',
    CreationTime: new Date(NOW - (count - n) * DAY),
    ...extra(n)
  }));
const config = (c: Partial<PruneConfig> = {}): PruneConfig => ({ group: { name: 'g' }, keepLatest: 10, keepDays: 30, keepApproved: true, allowSharedGroup: false, ...c });
const none = { serving: new Map<string, string[]>(), ledger: new Set<string>() };
const deleted = (d: ReturnType<typeof decide>) => d.filter((x) => !x.keep).map((x) => x.version);

describe('decide', () => {
  test('keeps the newest keep-latest and those younger than keep-days; deletes the rest', () => {
    // 100 versions, one a day: the newest 30 days are versions 71..100.
    expect(deleted(decide(versions(100), config({ keepLatest: 5 }), none, NOW))).toEqual(Array.from({ length: 70 }, (_, i) => 70 - i));
    expect(deleted(decide(versions(100), config({ keepLatest: 80, keepDays: 0 }), none, NOW))).toEqual(Array.from({ length: 20 }, (_, i) => 20 - i));
  });

  test('approved versions stay only while keep-approved is true', () => {
    const v = versions(20, (n) => (n === 3 ? { ModelApprovalStatus: 'Approved' } : {}));
    expect(deleted(decide(v, config({ keepLatest: 0, keepDays: 0 }), none, NOW))).not.toContain(3);
    expect(deleted(decide(v, config({ keepLatest: 0, keepDays: 0, keepApproved: false }), none, NOW))).toContain(3);
  });

  test('served versions, ledger rollback targets and versions still registering are never deleted, whatever the rules say', () => {
    const v = versions(20, (n) => (n === 5 ? { ModelPackageStatus: 'InProgress' } : {}));
    const view = { serving: new Map([[arn(2), ['fraud-prod']]]), ledger: new Set([arn(1)]) };
    const d = decide(v, config({ keepLatest: 0, keepDays: 0, keepApproved: false }), view, NOW);
    expect(deleted(d)).toHaveLength(17);
    expect(d.find((x) => x.version === 2)!.keep).toBe('serving on fraud-prod');
    expect(d.find((x) => x.version === 1)!.keep).toBe('rollback target in a deployment ledger');
    expect(d.find((x) => x.version === 5)!.keep).toBe('still InProgress');
  });

  test('a Failed version is not protected as still registering', () => {
    const v = versions(3, (n) => (n === 1 ? { ModelPackageStatus: 'Failed' } : {}));
    expect(deleted(decide(v, config({ keepLatest: 0, keepDays: 0 }), none, NOW))).toEqual([3, 2, 1]);
  });
});

test('inputs: defaults 10 / 30 / true; bad values are one-line input errors', () => {
  const read = (v: Record<string, string>) => (n: string) => v[n] ?? '';
  const common = readCommon(read({}), {}, () => undefined);
  expect(readPrune(read({ 'model-package-group': 'g' }), common)).toEqual(config());
  expect(() => readPrune(read({}), common)).toThrow("Input 'model-package-group': \"\" is required");
  expect(() => readPrune(read({ 'model-package-group': 'g', 'keep-latest': '-1' }), common)).toThrow("Input 'keep-latest': \"-1\" must be a whole number");
  expect(() => readPrune(read({ 'model-package-group': 'g', 'keep-approved': 'yes' }), common)).toThrow("Input 'keep-approved'");
});

test('the summary lists what was (or would be) deleted and why each kept version stays', () => {
  const d = decide(versions(3), config({ keepLatest: 1, keepDays: 0 }), none, NOW);
  const text = pruneSummary('g', d, [arn(2), arn(1)], true);
  expect(text).toContain('dry run, nothing was deleted');
  expect(text).toContain('Would delete 2 version(s); kept 1.');
  expect(text).toContain('| 3 | among the newest 1 |');
});
