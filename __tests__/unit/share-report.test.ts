/**
 * What share/ shows: the diff statement by statement (log and summary), who can do what now, the ECR and KMS
 * statements; statement names from an existing policy are bounded and inert. And which error means "no policy yet".
 */
import { describe, expect, test } from '@jest/globals';
import { isNoGroupPolicy } from '../../src/share/apply.js';
import { mergePolicy } from '../../src/share/merge.js';
import { diffLines, shareSummary, type ShareView } from '../../src/share/report.js';
import { ecrStatement, grantsOf, groupStatements, kmsStatement, SIDS } from '../../src/share/statements.js';

const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/fraud-detector';
const OPTS = { partition: 'aws', limit: 20_480, what: 'The resource policy of group fraud-detector' };
const HOSTILE = 'x`<img src=x onerror=alert(1)>| @acme/admins #1 https://evil.example ' + 'y'.repeat(200);
const existing = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: HOSTILE, Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::555566667777:root' }, Action: 'sagemaker:DescribeModelPackageGroup', Resource: GROUP_ARN },
    { Sid: SIDS.readGroup, Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::222233334444:root' }, Action: 'sagemaker:DescribeModelPackageGroup', Resource: GROUP_ARN }
  ]
});
const merged = mergePolicy(existing, groupStatements(GROUP_ARN, ['222233334444', '333344445555'], 'promote'), OPTS);

function view(extra: Partial<ShareView> = {}): ShareView {
  return {
    group: 'fraud-detector', grant: 'promote', accounts: ['222233334444', '333344445555'], dryRun: false,
    policies: [{ label: 'group fraud-detector', merged }], grants: grantsOf(merged.doc),
    pulls: [{ repository: 'fraud-model', accounts: ['333344445555'] }],
    ecr: ecrStatement('aws', ['222233334444', '333344445555']), kms: kmsStatement('aws', ['222233334444', '333344445555']),
    ...extra
  };
}

describe('diffLines', () => {
  test('one line per statement: added, changed (what it adds), unchanged; others named as quoted, cut text', () => {
    const lines = diffLines({ label: 'group fraud-detector', merged });
    expect(lines[0]).toBe('The resource policy of group fraud-detector: 2 added, 1 changed, 1 unchanged');
    expect(lines[1]).toBe(`  = ${JSON.stringify(`${HOSTILE.slice(0, 64)}…`)} (not share/'s)`);
    expect(lines[2]).toBe(`  ~ ${SIDS.readGroup}: adds accounts 333344445555`);
    expect(lines[3]).toBe(`  + ${SIDS.readVersions}: accounts 222233334444, 333344445555; actions sagemaker:DescribeModelPackage, sagemaker:ListModelPackages, sagemaker:CreateModel; on arn:aws:sagemaker:us-east-1:111122223333:model-package/fraud-detector/*`);
    expect(lines[4]).toMatch(/^ {2}\+ SageMakerPrivateRegistrySharePromote: accounts /);
    expect(lines).toHaveLength(5);
  });

  test('an unchanged policy says there is nothing to write', () => {
    const again = mergePolicy(merged.text, groupStatements(GROUP_ARN, ['333344445555'], 'read'), OPTS);
    expect(diffLines({ label: 'group fraud-detector', merged: again })[0]).toBe('The resource policy of group fraud-detector: 0 added, 0 changed, 4 unchanged (nothing to write)');
  });
});

describe('shareSummary', () => {
  test('the diff, who can do what now, and both statements', () => {
    const md = shareSummary(view());
    expect(md).toContain('### Share `fraud-detector` with 2 accounts (promote)');
    expect(md).toContain('✅ 1 policy written.');
    expect(md).toContain(`| \`${SIDS.readGroup}\` | changed | accounts 333344445555 |`);
    expect(md).toContain('| 222233334444 | promote |  |');
    expect(md).toContain('| 333344445555 | promote | `fraud-model` |');
    expect(md).toContain('"ecr:BatchGetImage"');
    expect(md).toContain('"kms:GenerateDataKey*"');
    expect(md).toContain('the key that encrypts the model artifacts; share/ never writes it');
  });

  test('an existing statement name is inert: no HTML, no mention, no link, no table break, cut', () => {
    const md = shareSummary(view());
    const row = md.split('\n').find((l) => l.includes('onerror'))!;
    expect(row).not.toContain('<img');
    expect(row.split(' | ')).toHaveLength(3);
    expect(row).toContain("(not share/'s, kept) | unchanged |");
    expect(row).not.toContain('y'.repeat(80));
    expect(row).not.toMatch(/(^|[^\\])`/);
    expect(row).toContain('@\u200bacme');
    expect(row).toContain('https:\u200b//evil');
  });

  test('a dry run says nothing was written and what would change; the key ARN when given', () => {
    const key = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const md = shareSummary(view({ dryRun: true, kmsKeyArn: key }));
    expect(md).toContain('📝 Dry run: nothing was written (1 policy would change).');
    expect(md).toContain('#### Who can do what now (before this dry run)');
    expect(shareSummary(view({ dryRun: true, grants: [] }))).toContain("#### Who can do what now (before this dry run)\n\nNo account is granted by share/'s statements.\n");
    expect(md).toContain(`add it to the key policy of \`${key}\``);
  });

  test('nothing to change', () => {
    const same = mergePolicy(merged.text, groupStatements(GROUP_ARN, ['333344445555'], 'read'), OPTS);
    expect(shareSummary(view({ policies: [{ label: 'group fraud-detector', merged: same }] }))).toContain('✅ Nothing changed: every policy already grants this.');
  });
});

describe('isNoGroupPolicy', () => {
  test.each([
    [{ name: 'ValidationException', message: 'Cannot find resource policy for arn:aws:sagemaker:us-east-1:111122223333:model-package-group/fraud-detector' }, true],
    [{ name: 'ValidationException', message: 'Resource policy of ModelPackageGroup arn:aws:sagemaker:us-east-1:111122223333:model-package-group/fraud-detector does not exist.' }, false],
    [{ name: 'ValidationException', message: 'Cannot find Model Package Group: fraud-detector' }, false],
    [{ name: 'ValidationException', message: 'ModelPackageGroup fraud-detector does not exist.' }, false],
    [{ name: 'ValidationException', message: 'Invalid resource policy: Cannot find resource policy statement' }, false],
    [{ name: 'ResourceNotFound', message: 'Cannot find resource policy for: x' }, false],
    [{ name: 'ValidationException', message: '1 validation error detected' }, false],
    [{ name: 'AccessDeniedException', message: 'Cannot find resource policy' }, false],
    [undefined, false]
  ])('%j → %s', (err, expected) => {
    expect(isNoGroupPolicy(err)).toBe(expected);
  });
});
