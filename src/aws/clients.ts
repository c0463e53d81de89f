import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createEcr, createSageMaker, createSecretsManager, type ClientOptions } from './errors.js';

/** The AWS clients of one run, each created (and its SDK module loaded) on first use. */
export class Clients {
  private sm?: Promise<SageMakerClient>;
  private sec?: Promise<SecretsManagerClient>;
  private readonly ecrs = new Map<string, Promise<ECRClient>>();

  constructor(
    private readonly opts: ClientOptions,
    private readonly makeSageMaker: () => Promise<SageMakerClient> = () => createSageMaker(opts)
  ) {}

  sagemaker(): Promise<SageMakerClient> {
    return (this.sm ??= this.makeSageMaker());
  }

  ecr(region: string): Promise<ECRClient> {
    let client = this.ecrs.get(region);
    if (!client) this.ecrs.set(region, (client = createEcr({ ...this.opts, region })));
    return client;
  }

  secrets(): Promise<SecretsManagerClient> {
    return (this.sec ??= createSecretsManager(this.opts));
  }

  /** The Region the SageMaker client resolved (input, environment or profile). */
  async region(): Promise<string> {
    return this.opts.region ?? (await (await this.sagemaker()).config.region());
  }
}
