import { InputError } from '../../../src/errors.js';
import { checkRegistryRole, readRegistryRoleArn, readRoleFor, roleAccount } from '../../../src/inputs/registry-role.js';

const ROLE = 'arn:aws:iam::111122223333:role/registry-writer';
const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('registry-role-arn', () => {
  test('an IAM role ARN (with a path) is read; empty is none', () => {
    expect(readRegistryRoleArn(reader({ 'registry-role-arn': ROLE }))).toBe(ROLE);
    expect(readRegistryRoleArn(reader({ 'registry-role-arn': 'arn:aws:iam::111122223333:role/ci/deploy/writer' }))).toBe('arn:aws:iam::111122223333:role/ci/deploy/writer');
    expect(readRegistryRoleArn(reader({}))).toBeUndefined();
    expect(roleAccount(ROLE)).toBe('111122223333');
  });

  test.each([
    'arn:aws:iam::1111222233:role/x',
    'arn:aws:iam::111122223333:user/x',
    'arn:aws:sts::111122223333:assumed-role/x/y',
    'arn:aws:iam::111122223333:role/',
    `arn:aws:iam::111122223333:role/${'a'.repeat(65)}`,
    'arn:aws:iam::111122223333:role/a b'
  ])('%s is refused in one line naming the input', (value) => {
    expect(() => readRegistryRoleArn(reader({ 'registry-role-arn': value }))).toThrow(
      new InputError('registry-role-arn', value, 'must be an IAM role ARN: arn:aws:iam::<account>:role/<name>')
    );
  });

  test('the role must be in the account of the group given by ARN', () => {
    expect(() => checkRegistryRole(ROLE, '111122223333', 'model-package-group')).not.toThrow();
    expect(() => checkRegistryRole('arn:aws:iam::333344445555:role/w', '111122223333', 'model-package-group')).toThrow(
      "Input 'registry-role-arn': \"arn:aws:iam::333344445555:role/w\" is a role of account 333344445555, but model-package-group is in account 111122223333: the role must be in the account that owns the group"
    );
  });

  test('a group by name (the run’s own account) takes no role', () => {
    expect(() => readRoleFor(reader({ 'registry-role-arn': ROLE }), { group: {} })).toThrow(/needs model-package-group as an ARN of the registry account/);
  });

  test('readRoleFor: a version ARN decides the account before the group; a run that does not deploy refuses it', () => {
    const arn = 'arn:aws:sagemaker:us-east-1:111122223333:model-package/g/3';
    expect(readRoleFor(reader({ 'registry-role-arn': ROLE }), { modelPackageArn: arn, group: { accountId: '999988887777' } })).toBe(ROLE);
    expect(() => readRoleFor(reader({ 'registry-role-arn': 'arn:aws:iam::999988887777:role/w' }), { modelPackageArn: arn })).toThrow(/but model-package-arn is in account 111122223333/);
    expect(readRoleFor(reader({ 'registry-role-arn': ROLE }), { group: { accountId: '111122223333' } })).toBe(ROLE);
    expect(() => readRoleFor(reader({ 'registry-role-arn': ROLE }), { group: { accountId: '111122223333' } }, false)).toThrow(
      "Input 'registry-role-arn': \"arn:aws:iam::111122223333:role/registry-writer\" is used by a deploy's registry writes: set endpoint-name, or leave it empty"
    );
    expect(readRoleFor(reader({}), {}, false)).toBeUndefined();
  });
});
