import { accessDeniedText } from '../../../src/aws/access-denied.js';
import { explainAwsError } from '../../../src/aws/errors.js';
import { publicMessage } from '../../../src/errors.js';
import { awsError } from '../../helpers/errors.js';

const REGISTRY = '111122223333';
const PROD = '333344445555';
const denied = (caller: string, action: string, resource: string, side: 'identity' | 'resource') =>
  `User: arn:aws:sts::${caller}:assumed-role/gha/session is not authorized to perform: ${action} on resource: ${resource} because no ${side}-based policy allows the ${action} action`;
const version = (account: string, n = 3) => `arn:aws:sagemaker:us-east-1:${account}:model-package/g/${n}`;

describe('accessDeniedText', () => {
  test('refused by the group policy of the owning account: names both accounts, the version and the share/ grant (promote or registry-role-arn)', () => {
    expect(accessDeniedText(denied(PROD, 'sagemaker:UpdateModelPackage', version(REGISTRY), 'resource'))).toBe(
      `sagemaker:UpdateModelPackage on version 3 of group g in account ${REGISTRY} was refused by that account's group policy: it does not grant account ${PROD} (this run's credentials); run share/ there with actions: promote, or set registry-role-arn.`
    );
  });

  test('a read refused by the group policy points at actions: read', () => {
    expect(accessDeniedText(denied(PROD, 'sagemaker:DescribeModelPackage', version(REGISTRY, 12), 'resource'))).toBe(
      `sagemaker:DescribeModelPackage on version 12 of group g in account ${REGISTRY} was refused by that account's group policy: it does not grant account ${PROD} (this run's credentials); run share/ there with actions: read (or promote).`
    );
    expect(accessDeniedText(denied(PROD, 'sagemaker:ListModelPackages', `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package-group/fraud-model`, 'resource'))).toContain(
      `sagemaker:ListModelPackages on group fraud-model in account ${REGISTRY} was refused by that account's group policy`
    );
  });

  test('the versions of a group (ListModelPackages, CreateModelPackage) are named as such', () => {
    expect(accessDeniedText(denied(PROD, 'sagemaker:ListModelPackages', `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package/g/*`, 'resource'))).toBe(
      `sagemaker:ListModelPackages on the versions of group g in account ${REGISTRY} was refused by that account's group policy: it does not grant account ${PROD} (this run's credentials); run share/ there with actions: read (or promote).`
    );
  });

  test('an action share/ does not grant says what the group policy must allow', () => {
    expect(accessDeniedText(denied(PROD, 'sagemaker:DeleteModelPackage', version(REGISTRY), 'resource'))).toMatch(/that account's group policy must allow sagemaker:DeleteModelPackage\.$/);
  });

  test("refused by the caller's own IAM: names the caller's account and the permission its role needs", () => {
    expect(accessDeniedText(denied(PROD, 'sagemaker:UpdateModelPackage', version(REGISTRY), 'identity'))).toBe(
      `sagemaker:UpdateModelPackage on version 3 of group g in account ${REGISTRY} was refused by account ${PROD}'s own IAM: the role this run assumed needs sagemaker:UpdateModelPackage.`
    );
  });

  test("the run's own account refusing its own resource is left to the plain IAM message", () => {
    expect(accessDeniedText(denied(PROD, 'sagemaker:UpdateModelPackage', version(PROD), 'identity'))).toBeUndefined();
  });

  test('only the fixed shapes are read: anything else is not explained, and no other text of AWS is echoed', () => {
    expect(accessDeniedText('User: someone is not authorized')).toBeUndefined();
    expect(accessDeniedText(denied('1234', 'sagemaker:UpdateModelPackage', version(REGISTRY), 'resource'))).toBeUndefined();
    expect(accessDeniedText(denied(PROD, 'sagemaker:Update<b>', version(REGISTRY), 'resource'))).toBeUndefined();
    // A resource of another shape (a group name outside the entity grammar) is not named.
    const odd = accessDeniedText(denied(PROD, 'sagemaker:DescribeModelPackage', `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package/[evil](x)/3`, 'resource'));
    expect(odd).toContain(`sagemaker:DescribeModelPackage on a resource in account ${REGISTRY}`);
    expect(odd).not.toContain('evil');
    // Text after the fixed shape is not accepted.
    expect(accessDeniedText(`${denied(PROD, 'sagemaker:UpdateModelPackage', version(REGISTRY), 'resource')} [click](https://x)`)).toBeUndefined();
  });
});

describe('explainAwsError across accounts', () => {
  test('the explanation is public; AWS’s own text only in the log', () => {
    const text = denied(PROD, 'sagemaker:UpdateModelPackage', version(REGISTRY), 'resource');
    const err = explainAwsError(awsError('AccessDeniedException', text), 'sagemaker:UpdateModelPackage');
    expect(err.message).toContain(`was refused by that account's group policy: it does not grant account ${PROD}`);
    expect(err.message).toContain(`AWS said: ${text}`);
    const shown = publicMessage(err.message);
    expect(shown).toContain(`it does not grant account ${PROD} (this run's credentials); run share/ there with actions: promote, or set registry-role-arn.`);
    expect(shown).not.toContain('assumed-role/gha/session');
  });
});
