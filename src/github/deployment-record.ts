/**
 * The GitHub deployment a deploy records (github-environment), pure: the environment, the request that creates it
 * (ref: the version's commit; required_contexts [] and auto_merge false so GitHub neither refuses it for commit
 * statuses nor merges the default branch into it), and the status each outcome becomes. GitHub's Environments page then
 * shows which model version serves where, with history.
 */
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { versionFromArn } from '../aws/arns.js';
import type { DeployStatus } from '../deploy/types.js';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

/** GitHub's limit on a deployment status description. */
const DESCRIPTION_MAX = 140;

export interface RecordFacts {
  environment: string;
  endpointName: string;
  /** The endpoint's console link. */
  url: string;
  versionArn: string;
  pkg?: DescribeModelPackageOutput;
  /** The commit of this run: the ref when the version records none. */
  runSha: string;
  region: string;
  rollback: boolean;
}

const short = (text: string) => (text.length > DESCRIPTION_MAX ? `${text.slice(0, DESCRIPTION_MAX - 1)}…` : text);

/** The commit the version was built from (its git-commit), else the run's. */
export function deployedCommit(f: RecordFacts): string {
  const commit = f.pkg?.MetadataProperties?.CommitId ?? f.pkg?.CustomerMetadataProperties?.['git-commit'] ?? '';
  return /^[0-9a-f]{40}$/i.test(commit) ? commit.toLowerCase() : f.runSha;
}

/** POST /repos/{o}/{r}/deployments. */
export function deploymentRequest(f: RecordFacts): Record<string, unknown> {
  const version = f.pkg?.ModelPackageVersion ?? versionFromArn(f.versionArn);
  const commit = deployedCommit(f);
  return {
    ref: commit,
    task: f.rollback ? 'deploy:rollback' : 'deploy',
    environment: f.environment,
    description: short(`${f.rollback ? 'Rollback to ' : ''}v${version} ${f.versionArn} (commit ${commit.slice(0, 12)})`),
    auto_merge: false,
    required_contexts: [],
    payload: { 'model-package-arn': f.versionArn, 'model-package-version': version, commit, 'endpoint-name': f.endpointName, region: f.region }
  };
}

/** What a deploy that ended in `status` records; undefined leaves the deployment as it is (started and not waited for). */
export function finalState(status: DeployStatus): DeploymentState | undefined {
  switch (status) {
    case 'succeeded':
    case 'unchanged':
      return 'success';
    case 'failed':
    case 'rolled-back':
      return 'failure';
    case 'timed-out':
    case 'cancelled':
      return 'error';
    default:
      return undefined;
  }
}

/** The status line GitHub shows (at most 140 characters). */
export function stateDescription(state: DeploymentState, f: RecordFacts, status?: DeployStatus): string {
  const v = `v${f.pkg?.ModelPackageVersion ?? versionFromArn(f.versionArn)}`;
  const text: Record<DeploymentState, string> = {
    in_progress: `Deploying ${v} to ${f.endpointName}`,
    success: `${v} is live on ${f.endpointName}`,
    failure: `${v} did not go live on ${f.endpointName} (${status ?? 'failed'})`,
    error: `${v} on ${f.endpointName}: ${status ?? 'error'}`,
    inactive: `Superseded on ${f.endpointName}`
  };
  return short(text[state]);
}
