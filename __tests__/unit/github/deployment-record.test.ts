import { describe, expect, test } from '@jest/globals';
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { deployedCommit, deploymentRequest, finalState, stateDescription, type RecordFacts } from '../../../src/github/deployment-record.js';
import { environmentName, readGithubEnvironment } from '../../../src/inputs/github-environment.js';

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-detector/3';
const COMMIT = 'a'.repeat(40);
const facts = (over: Partial<RecordFacts> = {}): RecordFacts => ({
  environment: 'production',
  endpointName: 'fraud-prod',
  url: 'https://console/fraud-prod',
  versionArn: ARN,
  pkg: { ModelPackageVersion: 3, MetadataProperties: { CommitId: COMMIT } } as unknown as DescribeModelPackageOutput,
  runSha: 'b'.repeat(40),
  region: 'us-east-1',
  rollback: false,
  ...over
});

describe('github-environment', () => {
  test('given, else the stage, else the endpoint; a bad name is refused naming the input', () => {
    expect(environmentName('Prod EU', 'production', 'ep')).toBe('Prod EU');
    expect(environmentName(undefined, 'production', 'ep')).toBe('production');
    expect(environmentName('', undefined, 'ep')).toBe('ep');
    expect(readGithubEnvironment(() => 'prod-eu.1')).toBe('prod-eu.1');
    expect(readGithubEnvironment(() => '')).toBe('');
    for (const bad of ['a/b', ' lead', 'trail ', 'x'.repeat(256), '`x`']) expect(() => readGithubEnvironment(() => bad)).toThrow("Input 'github-environment'");
  });
});

describe('deploymentRequest', () => {
  test("ref is the version's commit; no required contexts, no auto merge; version, ARN and commit in description and payload", () => {
    expect(deploymentRequest(facts())).toEqual({
      ref: COMMIT,
      task: 'deploy',
      environment: 'production',
      description: `v3 ${ARN} (commit aaaaaaaaaaaa)`,
      auto_merge: false,
      required_contexts: [],
      payload: { 'model-package-arn': ARN, 'model-package-version': 3, commit: COMMIT, 'endpoint-name': 'fraud-prod', region: 'us-east-1' }
    });
    expect(deploymentRequest(facts({ rollback: true }))).toMatchObject({ task: 'deploy:rollback', description: `Rollback to v3 ${ARN} (commit aaaaaaaaaaaa)` });
  });

  test("the git-commit metadata, else the run's commit; the number from the ARN without a description", () => {
    expect(deployedCommit(facts({ pkg: { CustomerMetadataProperties: { 'git-commit': 'C'.repeat(40) } } as unknown as DescribeModelPackageOutput }))).toBe('c'.repeat(40));
    expect(deployedCommit(facts({ pkg: { MetadataProperties: { CommitId: 'main' } } as unknown as DescribeModelPackageOutput }))).toBe('b'.repeat(40));
    expect(deploymentRequest(facts({ pkg: undefined }))).toMatchObject({ ref: 'b'.repeat(40), payload: { 'model-package-version': 3 } });
    expect((deploymentRequest(facts({ versionArn: `${ARN.replace('fraud-detector', 'g'.repeat(63))}` })).description as string).length).toBeLessThanOrEqual(140);
  });
});

describe('finalState', () => {
  test('each outcome', () => {
    expect(['succeeded', 'unchanged', 'failed', 'rolled-back', 'timed-out', 'cancelled', 'started', 'planned', 'in-progress'].map((s) => finalState(s as never))).toEqual([
      'success', 'success', 'failure', 'failure', 'error', 'error', undefined, undefined, undefined
    ]);
    expect(stateDescription('failure', facts(), 'rolled-back')).toBe('v3 did not go live on fraud-prod (rolled-back)');
    expect(stateDescription('in_progress', facts())).toBe('Deploying v3 to fraud-prod');
    expect(stateDescription('success', facts({ endpointName: 'e'.repeat(200) })).length).toBe(140);
  });
});
