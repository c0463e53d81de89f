/**
 * share/'s merge of its statements into a group or repository policy: idempotent, never widening or reordering anyone
 * else's statements, read → promote upgrades, promote never downgraded by a later read run, the size limit, and the
 * policies it refuses to merge into (each before any write: the merge is pure and throws).
 */
import { describe, expect, test } from '@jest/globals';
import { mergePolicy, type Wanted } from '../../src/share/merge.js';
import { groupStatements, grantsOf, pullStatement, SIDS } from '../../src/share/statements.js';
import type { Grant } from '../../src/share/inputs.js';

const GROUP_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/fraud-detector';
const VERSIONS = 'arn:aws:sagemaker:us-east-1:111122223333:model-package/fraud-detector/*';
const STAGING = '222233334444';
const PROD = '333344445555';
const root = (a: string) => `arn:aws:iam::${a}:root`;
const OPTS = { partition: 'aws', limit: 20_480, what: 'The resource policy of group fraud-detector' };

const share = (current: string | undefined, accounts: string[], grant: Grant = 'read') => mergePolicy(current, groupStatements(GROUP_ARN, accounts, grant), OPTS);
const statements = (text: string) => JSON.parse(text).Statement as Record<string, unknown>[];

/** Someone else's statements: a role, a condition, a deny, in an order that must survive. */
const OTHERS = [
  { Sid: 'AuditRead', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::555566667777:role/audit' }, Action: 'sagemaker:DescribeModelPackageGroup', Resource: GROUP_ARN },
  { Sid: 'NoDeleteFromOutside', Effect: 'Deny', Principal: '*', Action: 'sagemaker:DeleteModelPackage*', Resource: VERSIONS, Condition: { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } } },
  { Effect: 'Allow', Principal: { AWS: root(STAGING) }, Action: 'sagemaker:ListModelPackages', Resource: GROUP_ARN }
];
const EXISTING = JSON.stringify({ Version: '2012-10-17', Id: 'kept', Statement: OTHERS });

describe('a group without a policy', () => {
  test('read: two statements of share/, the accounts as root ARNs, the group and its versions as resources', () => {
    const m = share(undefined, [STAGING, PROD]);
    expect(m.changed).toBe(true);
    expect(JSON.parse(m.text)).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: SIDS.readGroup, Effect: 'Allow', Principal: { AWS: [root(STAGING), root(PROD)] }, Action: 'sagemaker:DescribeModelPackageGroup', Resource: GROUP_ARN },
        { Sid: SIDS.readVersions, Effect: 'Allow', Principal: { AWS: [root(STAGING), root(PROD)] }, Action: ['sagemaker:DescribeModelPackage', 'sagemaker:ListModelPackages', 'sagemaker:CreateModel'], Resource: VERSIONS }
      ]
    });
    expect(m.changes.map((c) => [c.name, c.kind])).toEqual([[SIDS.readGroup, 'added'], [SIDS.readVersions, 'added']]);
    expect(grantsOf(m.doc)).toEqual([{ account: STAGING, level: 'read' }, { account: PROD, level: 'read' }]);
  });

  test('promote adds UpdateModelPackage on the versions', () => {
    const m = share('', [PROD], 'promote');
    expect(statements(m.text).map((s) => s.Sid)).toEqual([SIDS.readGroup, SIDS.readVersions, SIDS.promote]);
    expect(statements(m.text)[2]).toEqual({ Sid: SIDS.promote, Effect: 'Allow', Principal: { AWS: [root(PROD)] }, Action: 'sagemaker:UpdateModelPackage', Resource: VERSIONS });
    expect(grantsOf(m.doc)).toEqual([{ account: PROD, level: 'promote' }]);
  });

  test('another partition names its own root ARNs', () => {
    const m = mergePolicy(undefined, groupStatements(GROUP_ARN.replace(':aws:', ':aws-cn:'), [PROD], 'read'), { ...OPTS, partition: 'aws-cn' });
    expect(statements(m.text)[0]!.Principal).toEqual({ AWS: ['arn:aws-cn:iam::333344445555:root'] });
  });
});

describe('idempotence', () => {
  test('a re-run with the same inputs changes nothing and returns the current text itself', () => {
    for (const grant of ['read', 'promote'] as Grant[]) {
      const first = share(EXISTING, [STAGING, PROD], grant);
      const again = share(first.text, [PROD, STAGING, PROD], grant);
      expect(again.changed).toBe(false);
      expect(again.text).toBe(first.text);
      expect(again.changes.every((c) => c.kind === 'unchanged')).toBe(true);
    }
  });

  test('a policy as AWS may return it (one principal as a string, bare account IDs, other cases) counts as granted', () => {
    const returned = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: SIDS.readGroup, Effect: 'Allow', Principal: { AWS: PROD }, Action: 'SageMaker:describeModelPackageGroup', Resource: GROUP_ARN },
        { Sid: SIDS.readVersions, Effect: 'Allow', Principal: { AWS: [root(PROD)] }, Action: ['sagemaker:DescribeModelPackage', 'sagemaker:ListModelPackages', 'sagemaker:CreateModel'], Resource: [VERSIONS] }
      ]
    });
    const m = share(returned, [PROD]);
    expect(m.changed).toBe(false);
    expect(m.text).toBe(returned);
  });
});

describe('other statements are never changed', () => {
  test('kept byte for byte, in their places; the document keeps its other keys; share/\'s statements are appended', () => {
    const m = share(EXISTING, [STAGING, PROD], 'promote');
    const out = statements(m.text);
    expect(out.slice(0, 3).map((s) => JSON.stringify(s))).toEqual(OTHERS.map((s) => JSON.stringify(s)));
    expect(out.slice(3).map((s) => s.Sid)).toEqual([SIDS.readGroup, SIDS.readVersions, SIDS.promote]);
    expect(JSON.parse(m.text).Id).toBe('kept');
    expect(m.changes.slice(0, 3).map((c) => [c.name, c.kind, c.own])).toEqual([['AuditRead', 'unchanged', false], ['NoDeleteFromOutside', 'unchanged', false], ['statement 3 (no Sid)', 'unchanged', false]]);
  });

  test('an own statement between others is updated in its place; a policy without Version gets none', () => {
    const mine = { Sid: SIDS.readGroup, Effect: 'Allow', Principal: { AWS: [root(STAGING)] }, Action: ['sagemaker:DescribeModelPackageGroup'], Resource: GROUP_ARN };
    const text = JSON.stringify({ Statement: [OTHERS[0], mine, OTHERS[1]] });
    const out = share(text, [PROD]);
    const st = statements(out.text);
    expect(st.map((s) => s.Sid)).toEqual(['AuditRead', SIDS.readGroup, 'NoDeleteFromOutside', SIDS.readVersions]);
    expect(st[1]).toEqual({ ...mine, Principal: { AWS: [root(STAGING), root(PROD)] } });
    expect(JSON.parse(out.text)).not.toHaveProperty('Version');
    expect(out.changes[1]).toMatchObject({ kind: 'changed', accounts: [PROD], actions: [], resources: [] });
  });

  test('a single Statement object becomes a list holding it first', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: OTHERS[0] });
    expect(statements(share(text, [PROD]).text)[0]).toEqual(OTHERS[0]);
  });
});

describe('grants only grow', () => {
  test('read, then promote: the promote statement is added, the read statements stay as they are', () => {
    const read = share(undefined, [STAGING, PROD]);
    const promote = share(read.text, [PROD], 'promote');
    expect(promote.changes.map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'added']);
    expect(grantsOf(promote.doc)).toEqual([{ account: STAGING, level: 'read' }, { account: PROD, level: 'promote' }]);
  });

  test('promote, then a read run with the same account: nothing is taken away, nothing written', () => {
    const promote = share(undefined, [PROD], 'promote');
    const read = share(promote.text, [PROD]);
    expect(read.changed).toBe(false);
    expect(grantsOf(read.doc)).toEqual([{ account: PROD, level: 'promote' }]);
  });

  test('an account not listed this time keeps its grant; a new one is added beside it', () => {
    const first = share(undefined, [STAGING], 'promote');
    const second = share(first.text, [PROD]);
    expect(grantsOf(second.doc)).toEqual([{ account: STAGING, level: 'promote' }, { account: PROD, level: 'read' }]);
    expect(statements(second.text)[0]!.Principal).toEqual({ AWS: [root(STAGING), root(PROD)] });
  });

  test('an own statement with more actions or principals than share/ writes keeps them; missing actions are added', () => {
    const wider = { Sid: SIDS.readVersions, Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::222233334444:role/deployer'] }, Action: ['sagemaker:DescribeModelPackage', 'sagemaker:ListTags'], Resource: VERSIONS };
    const m = share(JSON.stringify({ Version: '2012-10-17', Statement: [wider] }), [PROD]);
    expect(statements(m.text)[0]).toEqual({
      ...wider,
      Principal: { AWS: ['arn:aws:iam::222233334444:role/deployer', root(PROD)] },
      Action: ['sagemaker:DescribeModelPackage', 'sagemaker:ListTags', 'sagemaker:ListModelPackages', 'sagemaker:CreateModel']
    });
    expect(m.changes[0]).toMatchObject({ kind: 'changed', accounts: [PROD], actions: ['sagemaker:ListModelPackages', 'sagemaker:CreateModel'] });
  });

  test('grantsOf calls an account named in some of the statements only partial', () => {
    const m = share(JSON.stringify({ Statement: [{ Sid: SIDS.promote, Effect: 'Allow', Principal: { AWS: root(STAGING) }, Action: 'sagemaker:UpdateModelPackage', Resource: VERSIONS }] }), [PROD]);
    expect(grantsOf(m.doc)).toEqual([{ account: STAGING, level: 'partial' }, { account: PROD, level: 'read' }]);
  });
});

describe('ECR repository policies', () => {
  test('the pull statement names no resource; a re-run changes nothing', () => {
    const m = mergePolicy(undefined, [pullStatement([PROD])], { ...OPTS, limit: 10_240 });
    expect(statements(m.text)).toEqual([{ Sid: SIDS.pull, Effect: 'Allow', Principal: { AWS: [root(PROD)] }, Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }]);
    expect(mergePolicy(m.text, [pullStatement([PROD])], { ...OPTS, limit: 10_240 }).changed).toBe(false);
  });
});

describe('the size limit', () => {
  const padded = (chars: number) => JSON.stringify({ Version: '2012-10-17', Statement: [{ ...OTHERS[0], Sid: 'Big', Resource: `${GROUP_ARN}${'x'.repeat(chars)}` }] });

  test('a policy that would pass the limit is refused, naming its length and the limit', () => {
    const base = padded(0).length;
    const added = share(padded(0), [STAGING, PROD]).text.length - base;
    expect(() => share(padded(20_480 - base - added + 1), [STAGING, PROD])).toThrow(
      `The resource policy of group fraud-detector would be 20,481 characters with these accounts; the service accepts at most 20,480. Share with fewer accounts or shorten the other statements. Nothing was written.`
    );
    expect(share(padded(20_480 - base - added), [STAGING, PROD]).text).toHaveLength(20_480);
  });

  test('an unchanged policy is not measured (nothing is written)', () => {
    const first = share(undefined, [PROD]);
    expect(mergePolicy(first.text, groupStatements(GROUP_ARN, [PROD], 'read'), { ...OPTS, limit: 10 }).changed).toBe(false);
  });
});

describe('policies share/ does not merge into', () => {
  test.each([
    ['not JSON', '{"Version": ', 'The resource policy of group fraud-detector is not JSON (12 characters)'],
    ['a list', '[1]', 'is not a JSON object'],
    ['a Statement string', '{"Statement": "x"}', 'has a Statement that is neither an object nor a list of objects'],
    ['a Statement list with a string', '{"Statement": [{"Sid": "a"}, "x"]}', 'has a Statement that is neither'],
    ['an own statement that denies', JSON.stringify({ Statement: [{ Sid: SIDS.readGroup, Effect: 'Deny', Principal: { AWS: root(PROD) }, Action: 'sagemaker:*', Resource: '*' }] }), `statement ${SIDS.readGroup} has a Sid of share/ but its Effect is not Allow`],
    ['an own statement with a Condition', JSON.stringify({ Statement: [{ Sid: SIDS.readVersions, Effect: 'Allow', Principal: { AWS: root(PROD) }, Action: 'sagemaker:DescribeModelPackage', Resource: VERSIONS, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }] }), 'but it has a Condition'],
    ['an own statement with NotAction', JSON.stringify({ Statement: [{ Sid: SIDS.readGroup, Effect: 'Allow', Principal: { AWS: root(PROD) }, NotAction: 'sagemaker:Delete*', Resource: '*' }] }), 'but it has a NotAction'],
    ['an own statement for everyone', JSON.stringify({ Statement: [{ Sid: SIDS.readGroup, Effect: 'Allow', Principal: '*', Action: 'sagemaker:DescribeModelPackageGroup', Resource: GROUP_ARN }] }), 'but its Principal names no AWS accounts'],
    ['two statements with one Sid of share/', JSON.stringify({ Statement: [OTHERS[0], { ...OTHERS[0], Sid: SIDS.readGroup }, { ...OTHERS[0], Sid: SIDS.readGroup }] }), `holds 2 statements with Sid ${SIDS.readGroup}`]
  ])('%s', (_what, text, message) => {
    expect(() => share(text, [PROD])).toThrow(message);
    expect(() => share(text, [PROD])).toThrow('Nothing was written.');
  });

  test('a statement of share/ that is not wanted this run is kept as it is, even with a Condition', () => {
    const other = { Sid: SIDS.promote, Effect: 'Allow', Principal: { AWS: root(STAGING) }, Action: 'sagemaker:UpdateModelPackage', Resource: VERSIONS, Condition: { Bool: { 'aws:SecureTransport': 'true' } } };
    const m = share(JSON.stringify({ Statement: [other] }), [PROD]);
    expect(statements(m.text)[0]).toEqual(other);
  });
});

test('wanted statements without accounts add nothing', () => {
  const none: Wanted[] = [{ sid: SIDS.promote, actions: ['sagemaker:UpdateModelPackage'], resources: [VERSIONS], accounts: [] }];
  expect(mergePolicy(undefined, none, OPTS)).toMatchObject({ changed: false, text: '' });
});
