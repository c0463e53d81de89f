import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import type { S3Client } from '@aws-sdk/client-s3';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { clientConfig, createEcr, createSageMaker, createSecretsManager, type ClientOptions } from './errors.js';
import { autoscalingSdk, cloudwatchSdk, eventbridgeSdk, runtimeSdk, s3Sdk } from './sdk.js';
import { ActionError } from '../errors.js';

export const NO_REGION = 'No AWS Region: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it with its aws-region).';

/** The AWS clients of one run, each created (and its SDK module loaded) on first use. */
export class Clients {
  private sm?: Promise<SageMakerClient>;
  private readonly secs = new Map<string, Promise<SecretsManagerClient>>();
  private aas?: Promise<ApplicationAutoScalingClient>;
  private cw?: Promise<CloudWatchClient>;
  private rt?: Promise<SageMakerRuntimeClient>;
  private s3c?: Promise<S3Client>;
  private eb?: Promise<EventBridgeClient>;
  private readonly ecrs = new Map<string, Promise<ECRClient>>();
  private reg?: Promise<SageMakerClient>;

  constructor(
    private readonly opts: ClientOptions,
    private readonly makeSageMaker: () => Promise<SageMakerClient> = () => createSageMaker(opts)
  ) {}

  /** The SageMaker client, once it has a Region (else the run stops here with one line saying how to set one). */
  sagemaker(): Promise<SageMakerClient> {
    return (this.sm ??= this.makeSageMaker().then(async (client) => {
      if (!this.opts.region) await regionOf(client);
      return client;
    }));
  }

  /**
   * The client for registry writes (approval and stage): the run's own, or with registry-role-arn that role's
   * (aws/registry-role.ts, assumed on the first call). Never used for anything else.
   */
  registry(roleArn: string | undefined): Promise<SageMakerClient> {
    if (!roleArn) return this.sagemaker();
    return (this.reg ??= this.sagemaker().then(async (sm) => (await import('./registry-role.js')).registryClient(sm, roleArn, this.opts)));
  }

  ecr(region: string): Promise<ECRClient> {
    let client = this.ecrs.get(region);
    if (!client) this.ecrs.set(region, (client = createEcr({ ...this.opts, region })));
    return client;
  }

  /** Secrets Manager routes by the client's Region: pass the Region of the secret's ARN. */
  secrets(region?: string): Promise<SecretsManagerClient> {
    const key = region ?? '';
    let client = this.secs.get(key);
    if (!client) this.secs.set(key, (client = createSecretsManager(region ? { ...this.opts, region } : this.opts)));
    return client;
  }

  /** Application Auto Scaling, CloudWatch and SageMaker Runtime: loaded only by the deploy features that use them. */
  autoscaling(): Promise<ApplicationAutoScalingClient> {
    return (this.aas ??= (async () => new (await autoscalingSdk()).ApplicationAutoScalingClient(await this.config()))());
  }

  cloudwatch(): Promise<CloudWatchClient> {
    return (this.cw ??= (async () => new (await cloudwatchSdk()).CloudWatchClient(await this.config()))());
  }

  runtime(): Promise<SageMakerRuntimeClient> {
    return (this.rt ??= (async () => new (await runtimeSdk()).SageMakerRuntimeClient(await this.config()))());
  }

  /** S3: the async smoke test's payload and results. */
  s3(): Promise<S3Client> {
    return (this.s3c ??= (async () => new (await s3Sdk()).S3Client(await this.config()))());
  }

  /** EventBridge: approval-events' rule, connection and API destination. */
  eventbridge(): Promise<EventBridgeClient> {
    return (this.eb ??= (async () => new (await eventbridgeSdk()).EventBridgeClient(await this.config()))());
  }

  /** The same Region as the SageMaker client, whichever way it was resolved. */
  private async config() {
    return { ...clientConfig(this.opts), region: await this.region() };
  }

  /** The Region the SageMaker client resolved (input, environment or profile). */
  async region(): Promise<string> {
    return this.opts.region ?? regionOf(await this.sagemaker());
  }
}

/** The Region a client resolved from the environment or a profile; the SDK's own error is a stack trace. */
async function regionOf(client: SageMakerClient): Promise<string> {
  const region = await client.config.region().catch(() => undefined);
  if (!region) throw new ActionError(NO_REGION);
  return region;
}
