import { describe, expect, test } from '@jest/globals';
import * as C from '../../../src/inputs/constraints.js';

const ACCOUNT = '123456789012';
const GROUP = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package-group/fraud-model`;
const VERSION = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/fraud-model/12`;
const SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:registry/creds-AbCdEf`;
const LAMBDA = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:registry-creds`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/SageMakerExecution`;

type Case = [pattern: RegExp, value: string];

describe('constraints accept what the services accept', () => {
  test.each<Case>([
    [C.GROUP_ARN, GROUP],
    [C.GROUP_ARN, `arn:aws-cn:sagemaker:cn-north-1:${ACCOUNT}:model-package-group/fraud-model`],
    [C.GROUP_ARN, `arn:aws-us-gov:sagemaker:us-gov-west-1:${ACCOUNT}:model-package-group/fraud-model`],
    [C.VERSION_ARN, VERSION],
    [C.VERSION_ARN, `arn:aws-cn:sagemaker:cn-north-1:${ACCOUNT}:model-package/fraud--model-v2/123456789`],
    [C.VERSION_ARN, `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/${'a'.repeat(63)}/1`],
    [C.SECRET_ARN, SECRET],
    [C.SECRET_ARN, `arn:aws-cn:secretsmanager:cn-north-1:${ACCOUNT}:secret:creds-AbCdEf`],
    [C.LAMBDA_ARN, LAMBDA],
    [C.LAMBDA_ARN, `${LAMBDA}:$LATEST`],
    [C.LAMBDA_ARN, `arn:aws-us-gov:lambda:us-gov-west-1:${ACCOUNT}:function:registry-creds:prod`],
    [C.ROLE_ARN, ROLE],
    [C.ROLE_ARN, `arn:aws-cn:iam::${ACCOUNT}:role/service-role/SageMaker`],
    // SageMaker's RoleArn pattern makes the slash after "role" optional; the action must not be stricter.
    [C.ROLE_ARN, `arn:aws:iam::${ACCOUNT}:roleSageMakerExecution`],
    [C.AWS_REGION, 'us-east-1'],
    [C.AWS_REGION, 'us-gov-west-1'],
    [C.AWS_REGION, 'ap-southeast-12'],
    [C.MODEL_DATA_URL, 's3://my-bucket/models/model.tar.gz'],
    [C.MODEL_DATA_URL, 's3://my-bucket'],
    [C.MODEL_DATA_URL, 'https://my-bucket.s3.amazonaws.com/model.tar.gz'],
    [C.RESPONSE_TYPE, 'application/json'],
    [C.ENV_KEY, 'MODEL_SERVER_WORKERS'],
    [C.SUBNET_ID, 'subnet-0123abcd'],
    [C.SUBNET_ID, `subnet-${'0'.repeat(17)}`],
    [C.SECURITY_GROUP_ID, 'sg-0123abcd'],
    [C.SECURITY_GROUP_ID, `sg-${'f'.repeat(17)}`]
  ])('%s accepts %s', (pattern, value) => {
    expect(pattern.test(value)).toBe(true);
  });
});

describe('constraints refuse values with anything before or after the valid part', () => {
  test.each<Case>([
    [C.GROUP_ARN, `arn:${GROUP}`],
    [C.GROUP_ARN, `${GROUP}/3`],
    [C.VERSION_ARN, `model-package-arn=${VERSION}`],
    [C.VERSION_ARN, `${VERSION}/x`],
    [C.VERSION_ARN, `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/fraud-model/1234567890`],
    [C.SECRET_ARN, `secret=${SECRET}`],
    [C.SECRET_ARN, `${SECRET} copy`],
    [C.SECRET_ARN, `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${'a'.repeat(513)}`],
    [C.LAMBDA_ARN, `lambda=${LAMBDA}`],
    [C.LAMBDA_ARN, `${LAMBDA}.py`],
    [C.LAMBDA_ARN, `${LAMBDA}:prod:extra`],
    [C.ROLE_ARN, `role=${ROLE}`],
    [C.ROLE_ARN, `${ROLE} (prod)`],
    [C.AWS_REGION, 'xus-east-1'],
    [C.AWS_REGION, 'us-east-1a'],
    [C.MODEL_DATA_URL, 'mys3://my-bucket/model.tar.gz'],
    [C.MODEL_DATA_URL, 's3://my-bucket/model.tar.gz\nrm -rf'],
    [C.RESPONSE_TYPE, 'application json/x'],
    [C.RESPONSE_TYPE, 'text/csv\rx'],
    [C.ENV_KEY, 'MY-VAR'],
    [C.ENV_KEY, 'PATH.EXTRA'],
    [C.SUBNET_ID, 'my-subnet-0123abcd'],
    [C.SUBNET_ID, `subnet-${'0'.repeat(18)}`],
    [C.SECURITY_GROUP_ID, 'default-sg-0123abcd'],
    [C.SECURITY_GROUP_ID, `sg-${'f'.repeat(18)}`]
  ])('%s refuses %j', (pattern, value) => {
    expect(pattern.test(value)).toBe(false);
  });
});

describe('ARNs the action reads parts of', () => {
  test('a version ARN yields its partition, Region, account, group and version', () => {
    const m = C.VERSION_ARN.exec(VERSION);
    expect(m && [m[1], m[2], m[3], m[4], m[6]]).toEqual(['aws', 'us-east-1', ACCOUNT, 'fraud-model', '12']);
  });

  test('a group ARN yields its partition, Region, account and name', () => {
    const m = C.GROUP_ARN.exec(`arn:aws-cn:sagemaker:cn-north-1:${ACCOUNT}:model-package-group/fraud-model`);
    expect(m && [m[1], m[2], m[3], m[4]]).toEqual(['aws-cn', 'cn-north-1', ACCOUNT, 'fraud-model']);
  });
});
