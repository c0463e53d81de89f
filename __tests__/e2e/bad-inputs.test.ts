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

const GOOD = { image: 'registry.example.com/ml/model:v1', 'model-package-group': 'fraud-detector' };
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
  ['wait-timeout', '0', 'between 1 and'],
  ['wait-timeout', '10m', 'whole number'],
  ['group-tags', 'owner=a,b', 'letters, digits']
];

test(`the case table is large enough (${CASES.length} bad inputs)`, () => {
  expect(CASES.length).toBeGreaterThanOrEqual(25);
});

test.each(CASES)('%s = %j is refused before any AWS call', async (input, value, rule) => {
  await sim.reset();
  const r = await runAction({ inputs: { ...GOOD, [input]: value }, env: sim.env });
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
