/** Secrets Manager is called in the secret's own Region (from its ARN), not the action's. */
import { expect, test } from '@jest/globals';
import { Clients } from '../../../src/aws/clients.js';
import { regionFromArn } from '../../../src/aws/arns.js';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry/creds-AbCdEf';

test('the Region comes from the secret ARN', () => {
  expect(regionFromArn(ARN)).toBe('eu-west-1');
});

test('the Secrets Manager client of a Region resolves to that Region, one client per Region', async () => {
  const clients = new Clients({ region: 'us-east-1', maxAttempts: 1 } as ConstructorParameters<typeof Clients>[0]);
  const eu = await clients.secrets(regionFromArn(ARN));
  expect(await eu.config.region()).toBe('eu-west-1');
  expect(await (await clients.secrets()).config.region()).toBe('us-east-1');
  expect(await clients.secrets('eu-west-1')).toBe(eu);
});
