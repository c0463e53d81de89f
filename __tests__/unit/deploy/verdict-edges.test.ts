import { describe, expect, test } from '@jest/globals';
import type { DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';
import { judge } from '../../../src/deploy/verdict.js';

const NEW = 'fraud-prod-v4-abc123';
const EXPECTED = `sha256:${'ab'.repeat(32)}`;
const OTHER_HEX = 'cd'.repeat(32);
const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/models/fraud';

function serving(resolved: string): DescribeEndpointOutput {
  return {
    EndpointName: 'fraud-prod',
    EndpointConfigName: NEW,
    EndpointStatus: 'InService',
    ProductionVariants: [{ VariantName: 'AllTraffic', DeployedImages: [{ SpecifiedImage: `${REPO}:1.2.3`, ResolvedImage: resolved }] }]
  } as DescribeEndpointOutput;
}

describe('judge: reading the deployed digest', () => {
  test('a resolved image that does not end in a whole sha256 digest is not read as serving a different digest', () => {
    // 64 hex characters followed by more: no sha256 digest, so nothing to compare and no truncated digest reported.
    expect(judge(serving(`${REPO}@sha256:${OTHER_HEX}0`), NEW, EXPECTED)).toEqual({ state: 'succeeded' });
    expect(judge(serving(`${REPO}@sha256:${OTHER_HEX}-extra`), NEW, EXPECTED)).toEqual({ state: 'succeeded' });
  });

  test('a resolved image ending in a whole different digest fails, naming exactly that digest', () => {
    expect(judge(serving(`${REPO}@sha256:${OTHER_HEX}`), NEW, EXPECTED)).toEqual({
      state: 'failed',
      reason: `the endpoint serves sha256:${OTHER_HEX}, not the expected ${EXPECTED}`
    });
  });
});
