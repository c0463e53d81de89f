import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runAction } from '../helpers/action-runner.js';
import { startSim, type Sim } from '../helpers/sim.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(async () => {
  await sim.close();
});

const GOOD: Record<string, string> = { image: 'registry.example.com/ml/model:v1', 'model-package-group': 'fraud-detector' };
/** Deploy inputs are only read when deploying: their cases get a valid deployment around them. */
const DEPLOY: Record<string, string> = {
  'endpoint-name': 'fraud-prod',
  'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-execution',
  'vpc-subnets': 'subnet-0123456789abcdef0',
  'vpc-security-groups': 'sg-0123456789abcdef0',
  'instance-count': '4',
  'traffic-routing': 'canary'
};
const DEPLOY_INPUTS = new Set(['endpoint-name', 'traffic-routing', 'canary-size', 'linear-step-size', 'wait-interval', 'rollback-alarms', 'max-execution-timeout', 'vpc-subnets', 'deploy-approval', 'data-capture', 'instance-type']);
const long = (n: number) => 'a'.repeat(n);

/** [input, value, a fragment of the rule the message must state] */
const CASES: [string, string, string][] = [
  ['image', '', 'is required'],
  ['image', 'registry.example.com/ML/Model:v1', 'lowercase'],
  ['image', 'registry.example.com/ml/model:v1 extra', 'not a valid image reference'],
  ['image', 'registry.example.com/ml/model@sha256:abc', 'not a valid image reference'],
  ['image', 'registry.example.com/ml/model@md5:0123456789abcdef0123456789abcdef', 'sha256'],
  ['image', `registry.example.com/${long(250)}:v1`, '255'],
  ['image', 'registry.example.com/ml/model:-bad', 'not a valid image reference'],
  ['model-package-group', '', 'is required'],
  ['model-package-group', 'fraud_detector', 'letters, digits and hyphens'],
  ['model-package-group', 'fraud-', 'letters, digits and hyphens'],
  ['model-package-group', long(64), 'letters, digits and hyphens'],
  ['model-package-group', 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud', 'arn:aws:sagemaker'],
  ['model-package-group', 'arn:aws:sagemaker:eu-west-1:123456789012:model-package-group/fraud', 'Region'],
  ['approval', 'yes', 'pending, approved, rejected, auto'],
  ['skip-model-validation', 'Some', 'All, None'],
  ['registry-secret-arn', 'arn:aws:s3:::bucket/secret', 'Secrets Manager secret ARN'],
  ['registry-secret-arn', 'my-secret', 'Secrets Manager secret ARN'],
  ['registry-credentials-provider-arn', 'arn:aws:lambda:us-east-1:123456789012:layer:creds', 'Lambda function ARN'],
  ['registry-credentials-provider-arn', 'arn:aws:lambda:us-east-1:12345:function:creds', 'Lambda function ARN'],
  ['model-data-url', 'ftp://bucket/model.tar.gz', 's3://'],
  ['model-data-url', `s3://bucket/${long(1020)}`, '1024'],
  ['environment', 'NOT VALID', 'KEY=VALUE'],
  ['environment', '1BAD=x', '[a-zA-Z_][a-zA-Z0-9_]*'],
  ['content-types', long(257), '256'],
  ['response-types', 'json', 'MIME type'],
  ['realtime-instance-types', 'ml.m5.huge', 'instance type'],
  ['description', 'line one\nline two', 'line breaks'],
  ['description', long(1025), '1024'],
  ['metadata', 'team', 'KEY=VALUE'],
  ['metadata', 'team=risk, fraud', 'letters, digits'],
  ['metadata', 'team=', 'empty value'],
  ['metadata', `${long(129)}=x`, '128'],
  ['metadata', `team=${long(257)}`, '256'],
  ['metadata', 'git-commit=abc', 'action sets itself'],
  ['metadata', Array.from({ length: 40 }, (_, i) => `k${i}=v`).join('\n'), 'limit'],
  ['create-group', 'yes', 'true or false'],
  ['dry-run', '1', 'true or false'],
  ['aws-region', 'Virginia', 'Region code'],
  ['wait-timeout', '0', 'between 5 seconds and 24 hours'],
  ['wait-timeout', '10h', "minutes ('45' or '45m') or seconds"],
  ['endpoint-name', 'fraud_prod', 'letters, digits and hyphens'],
  ['traffic-routing', 'blue-green', 'all-at-once, canary, linear'],
  ['canary-size', '60%', 'at most 50%'],
  ['linear-step-size', '5%', '10% to 50%'],
  ['wait-interval', '4000', 'between 0 and 3600'],
  ['rollback-alarms', Array.from({ length: 11 }, (_, i) => `a${i}`).join(','), 'at most 10'],
  ['max-execution-timeout', '300', 'between 600 and 28800'],
  ['vpc-subnets', 'subnet-zz', 'subnet ID'],
  ['deploy-approval', 'maybe', 'approved, pending, rejected'],
  ['data-capture', 'https://bucket/x', 's3://bucket/prefix'],
  ['instance-type', 'ml.m5.huge', 'instance type'],
  ['group-tags', 'owner=a,b', 'letters, digits'],
  // Ports outside 1-65535: refused at once, naming image (no registration, no 7 s of retries).
  ['image', 'registry.example.com:99999/ml/model:v1', 'from 1 to 65535'],
  ['image', '127.0.0.1:65536/ml/model:v1', 'from 1 to 65535'],
  ['image', 'registry.example.com:0/ml/model:v1', 'from 1 to 65535'],
  // Words every object inherits are not enum values.
  ['approval', 'constructor', 'pending, approved, rejected, auto'],
  ['deploy-approval', 'constructor', 'approved, pending, rejected'],
  ['deploy-approval', 'toString', 'approved, pending, rejected'],
  ['metadata', 'toString=1\ntoString=2', 'given twice'],
  // The README's limit: 24 user keys (room is kept for the action's own and for later deployments).
  ['metadata', Array.from({ length: 25 }, (_, i) => `k${i}=v`).join('\n'), 'exceeds the limit of 24 entries']
];

test(`the case table is large enough (${CASES.length} bad inputs)`, () => {
  expect(CASES.length).toBeGreaterThanOrEqual(25);
});

test.each(CASES)('%s = %j is refused before any AWS call', async (input, value, rule) => {
  await sim.reset();
  const base = DEPLOY_INPUTS.has(input) ? { ...GOOD, ...DEPLOY, ...(input === 'linear-step-size' ? { 'traffic-routing': 'linear' } : {}) } : GOOD;
  const r = await runAction({ inputs: { ...base, [input]: value }, env: sim.env });
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  const message = r.errors[0]!;
  expect(message.startsWith(`Input '${input}': `)).toBe(true);
  expect(message).toContain(rule);
  expect(message.split('\n')).toHaveLength(1);
  // The offending value (or its start, for long values) is quoted in the message.
  // The offending value is quoted: the whole value, its first line, or (for a bad key) the key.
  const firstLine = value.split('\n')[0]!;
  const candidates = [value, firstLine, firstLine.split('=')[0]!, `${value.split('\n').length} entries`];
  if (value) expect(candidates.some((c) => message.includes(`"${JSON.stringify(c).slice(1, 30)}`))).toBe(true);
  expect(await sim.requests()).toEqual([]);
});

test('deploying a private-registry image without VPC settings is refused before any AWS call', async () => {
  await sim.reset();
  const inputs = { ...GOOD, ...DEPLOY, 'vpc-subnets': '', 'vpc-security-groups': '' };
  const r = await runAction({ inputs, env: sim.env });
  expect(r.errors).toEqual([
    "Input 'vpc-subnets': \"\" is required to deploy registry.example.com/ml/model:v1: SageMaker pulls images outside ECR through your VPC (RepositoryAccessMode Vpc); set vpc-subnets and vpc-security-groups"
  ]);
  expect(await sim.requests()).toEqual([]);
});

test('an ECR image with a private-registry secret is refused', async () => {
  await sim.reset();
  const r = await runAction({
    inputs: {
      ...GOOD,
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/model:v1',
      'registry-secret-arn': 'arn:aws:secretsmanager:us-east-1:123456789012:secret:reg-AbCdEf'
    },
    env: sim.env
  });
  expect(r.errors[0]).toMatch(/^Input 'registry-secret-arn': .* applies to private registries only/);
  expect(await sim.requests()).toEqual([]);
});

test('metadata and environment keys named like Object.prototype members are ordinary keys', async () => {
  await sim.reset();
  const r = await runAction({
    inputs: { ...GOOD, 'resolve-digest': 'off', metadata: 'toString=1\nconstructor=x', environment: 'constructor=c\n__proto__=p', comment: 'false' },
    env: sim.env
  });
  expect(r.errors).toEqual([]);
  const [create] = await sim.requests({ operation: 'CreateModelPackage' });
  expect(create!.request.CustomerMetadataProperties).toMatchObject({ toString: '1', constructor: 'x' });
  expect(Object.entries(create!.request.InferenceSpecification.Containers[0].Environment)).toEqual([['constructor', 'c'], ['__proto__', 'p']]);
});
