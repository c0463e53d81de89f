import { ActionError, publicMessage } from '../../../src/errors.js';
import { ACTION_VERSION, createSageMaker, explainAwsError, send } from '../../../src/aws/errors.js';
import { awsError } from '../../helpers/errors.js';

describe('explainAwsError', () => {
  test('missing credentials', () => {
    const err = explainAwsError(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }), 'sagemaker:Search');
    expect(err).toBeInstanceOf(ActionError);
    expect(err.message).toBe(
      'sagemaker:Search failed: no AWS credentials were found. Add aws-actions/configure-aws-credentials before this step (with permissions: id-token: write for OIDC).'
    );
  });

  test('a credentials message without an HTTP response also counts as missing credentials', () => {
    expect(explainAwsError(new Error('Could not load credentials from any providers'), 'sagemaker:Search').message).toMatch(
      /^sagemaker:Search failed: no AWS credentials were found\./
    );
  });

  test('missing Region', () => {
    expect(explainAwsError(new Error('Region is missing'), 'sagemaker:CreateModelPackage').message).toBe(
      'sagemaker:CreateModelPackage failed: no AWS Region is set. Set the aws-region input or AWS_REGION.'
    );
  });

  test('AccessDeniedException names the IAM action and keeps AWS’s words and the request id', () => {
    const err = awsError(
      'AccessDeniedException',
      'User: arn:aws:sts::123456789012:assumed-role/gha/1 is not authorized to perform: sagemaker:CreateModelPackage\n  on resource: x',
      { httpStatusCode: 400, requestId: 'req-123' }
    );
    expect(explainAwsError(err, 'sagemaker:CreateModelPackage').message).toBe(
      'sagemaker:CreateModelPackage was denied: the role this workflow assumed needs sagemaker:CreateModelPackage (see the IAM section of the README). ' +
        'AWS said: User: arn:aws:sts::123456789012:assumed-role/gha/1 is not authorized to perform: sagemaker:CreateModelPackage on resource: x (request id req-123)'
    );
  });

  test('any HTTP 403 is treated as access denied', () => {
    expect(explainAwsError(awsError('UnknownError', 'Forbidden', { httpStatusCode: 403 }), 'sagemaker:Search').message).toBe(
      'sagemaker:Search was denied: the role this workflow assumed needs sagemaker:Search (see the IAM section of the README). AWS said: Forbidden'
    );
  });

  test('ThrottlingException reports the attempts', () => {
    const err = awsError('ThrottlingException', 'Rate exceeded', { httpStatusCode: 400, attempts: 8 });
    expect(explainAwsError(err, 'sagemaker:DescribeModelPackage').message).toBe(
      'sagemaker:DescribeModelPackage was throttled by AWS after 8 attempts: Rate exceeded. Re-run later or raise max-attempts.'
    );
  });

  test('throttling without attempt count', () => {
    expect(explainAwsError(awsError('TooManyRequestsException', 'slow down'), 'sagemaker:Search').message).toBe(
      'sagemaker:Search was throttled by AWS: slow down. Re-run later or raise max-attempts.'
    );
  });

  test('expired credentials', () => {
    expect(explainAwsError(awsError('ExpiredTokenException', 'The security token included in the request is expired'), 'sagemaker:Search').message).toBe(
      'sagemaker:Search failed: the AWS credentials expired. Raise role-duration-seconds in configure-aws-credentials or lower wait-timeout.'
    );
  });

  test('ResourceLimitExceeded', () => {
    const err = awsError('ResourceLimitExceeded', 'The account-level service limit for model packages is 10000');
    expect(explainAwsError(err, 'sagemaker:CreateModelPackage').message).toBe(
      'sagemaker:CreateModelPackage failed: an account quota is exhausted (The account-level service limit for model packages is 10000). Request an increase in Service Quotas or delete unused resources.'
    );
  });

  test('not found, by name or by message', () => {
    expect(explainAwsError(awsError('ResourceNotFound', 'Model package group fraud'), 'sagemaker:DescribeModelPackageGroup').message).toBe(
      'sagemaker:DescribeModelPackageGroup failed: not found. Model package group fraud'
    );
    expect(explainAwsError(awsError('ValidationException', 'ModelPackageGroup arn:x does not exist.'), 'sagemaker:DescribeModelPackageGroup').message).toBe(
      'sagemaker:DescribeModelPackageGroup failed: not found. ModelPackageGroup arn:x does not exist.'
    );
  });

  test('anything else: action, error name and message', () => {
    expect(explainAwsError(awsError('ValidationException', '1 validation error detected:\nValue at ClientToken'), 'sagemaker:CreateModelPackage').message).toBe(
      'sagemaker:CreateModelPackage failed: ValidationException: 1 validation error detected: Value at ClientToken'
    );
    expect(explainAwsError(Object.assign(new Error('boom'), { name: undefined, Code: 'InternalFailure' }), 'sagemaker:Search').message).toBe(
      'sagemaker:Search failed: InternalFailure: boom'
    );
  });

  test('non-Error values', () => {
    expect(explainAwsError('socket hang up', 'sagemaker:Search').message).toBe('sagemaker:Search failed: Error: socket hang up');
    expect(explainAwsError(undefined, 'sagemaker:Search').message).toBe('sagemaker:Search failed: Error: undefined');
  });
});

describe('send', () => {
  test('returns the result', async () => {
    await expect(send('sagemaker:Search', async () => 42)).resolves.toBe(42);
  });

  test('translates a failure', async () => {
    await expect(send('sagemaker:Search', async () => { throw awsError('AccessDeniedException', 'no'); })).rejects.toThrow(
      new ActionError('sagemaker:Search was denied: the role this workflow assumed needs sagemaker:Search (see the IAM section of the README). AWS said: no')
    );
  });
});

describe('createSageMaker', () => {
  test('configures Region, retries and a user agent naming the action and run', async () => {
    const sm = await createSageMaker({ region: 'eu-west-1', maxAttempts: 5, runId: '9876' });
    expect(await sm.config.region()).toBe('eu-west-1');
    expect(await sm.config.maxAttempts()).toBe(5);
    const retryMode = sm.config.retryMode;
    expect(typeof retryMode === 'function' ? await retryMode() : retryMode).toBe('standard');
    expect(JSON.stringify(sm.config.customUserAgent)).toContain(`sagemaker-private-registry-action/${ACTION_VERSION} run/9876`);
    sm.destroy();
  });
});

describe('publicMessage: what may be posted where nothing is masked', () => {
  const secret = 'hunter2-in-the-request';
  test.each([
    ['AccessDeniedException', { httpStatusCode: 400 }, "sagemaker:X was denied: the role this workflow assumed needs sagemaker:X (see the IAM section of the README). (AccessDeniedException; AWS's message is in the job log) (request id r1)"],
    ['ThrottlingException', { attempts: 3 }, "sagemaker:X was throttled by AWS after 3 attempts (ThrottlingException; AWS's message is in the job log). Re-run later or raise max-attempts. (request id r1)"],
    ['ResourceLimitExceeded', {}, "sagemaker:X failed: an account quota is exhausted (ResourceLimitExceeded; AWS's message is in the job log). Request an increase in Service Quotas or delete unused resources. (request id r1)"],
    ['ResourceNotFound', {}, "sagemaker:X failed: not found (ResourceNotFound; AWS's message is in the job log). (request id r1)"],
    ['ValidationException', {}, "sagemaker:X failed: ValidationException (AWS's message is in the job log) (request id r1)"],
    ['InternalFailure', { httpStatusCode: 500 }, "sagemaker:X failed: InternalFailure (AWS's message is in the job log) (request id r1)"]
  ])('%s: the name, the explanation and the request id, not the service text', (name, metadata, expected) => {
    const message = explainAwsError(awsError(name, `Value ${secret} at environment`, { ...metadata, requestId: 'r1' }), 'sagemaker:X').message;
    expect(message).toContain(secret);
    expect(publicMessage(message)).toBe(expected);
    expect(publicMessage(`Deploy step: ${message}`)).toBe(`Deploy step: ${expected}`);
  });

  test('messages without service text are unchanged', () => {
    expect(publicMessage("Input 'image': \"x\" is required")).toBe("Input 'image': \"x\" is required");
  });
});
