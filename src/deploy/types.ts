/** What the deploy modules share: where a deployment stands and what a deploy is given (no logic, no imports back). */
import type { DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import type { S3Client } from '@aws-sdk/client-s3';
import type { EndpointType } from '../inputs/endpoint-kind.js';
import type { DeployConfig } from '../inputs/deploy.js';
import type { RunContext } from '../github/context.js';
import type { Clock } from '../aws/poll.js';
import type { SmokeResult } from '../operate/smoke.js';

export type DeployStatus = 'planned' | 'in-progress' | 'started' | 'unchanged' | 'succeeded' | 'rolled-back' | 'failed' | 'timed-out' | 'cancelled';

/** Where a deployment stands; shared with the report, so the summary and comment can show it at any time. */
export interface Deployment {
  endpointName: string;
  /** real-time, serverless or async. */
  kind?: EndpointType;
  status: DeployStatus;
  policy?: string;
  phase?: string;
  endpointArn?: string;
  configName?: string;
  modelName?: string;
  previousConfig?: string;
  consoleUrl?: string;
  reason?: string;
  alarms?: string[];
  /** Alarms this deploy created or updated (create-alarms), included in `alarms`. */
  createdAlarms?: string[];
  /** Autoscaling: what the deploy did with it and the range it ended with. */
  autoscaling?: { action?: string; range?: string; instanceCount?: number };
  smoke?: SmokeResult;
  /** The lineage association recorded, `<artifact ARN> → <context ARN>`. */
  lineage?: string;
  /** Work after a live deployment that failed without failing the step (tags, metadata, cleanup, …). */
  followUpWarnings?: string[];
}

/** The clients only some deploy features load (autoscaling, create-alarms, smoke test; S3 for an async smoke test). */
export interface OperateClients {
  autoscaling(): Promise<ApplicationAutoScalingClient>;
  cloudwatch(): Promise<CloudWatchClient>;
  runtime(): Promise<SageMakerRuntimeClient>;
  s3(): Promise<S3Client>;
  /** The client for registry writes (registry-role-arn: aws/clients.ts). */
  registry?(roleArn: string | undefined): Promise<SageMakerClient>;
}

export interface DeployOptions {
  deploy: DeployConfig;
  ctx: RunContext;
  versionArn: string;
  region: string;
  providerArn?: string;
  dryRun: boolean;
  clock: Clock;
  /** Absolute deadline on the clock for every wait. */
  deadline: number;
  pollMs: number;
  log: { info(m: string): void; warning(m: string): void };
  /** Unset: the deploy reads no autoscaling and refuses the features that need these clients. */
  clients?: OperateClients;
  /** Outputs and console link are published through this before any wait. */
  onStarted?: (d: Deployment) => void;
  onPhase?: (d: Deployment) => Promise<void> | void;
  /** The version's description, read once at the start (the report of a deploy-only run uses it). */
  onVersion?: (pkg: DescribeModelPackageOutput) => void;
  /** A dry run of promote: the approval it would have written before deploying, checked instead of the current one. */
  dryRunApproval?: string;
}
