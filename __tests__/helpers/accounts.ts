/**
 * The simulated accounts of the multi-account tests (docs/multi-account.md): each run's account is its credentials
 * alone, as on AWS, so an access key ID embedding the 12-digit account selects it (`AKIA111122223333XMPL`).
 */
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Sim } from './sim.js';

export const ACCOUNT = { registry: '111122223333', staging: '222233334444', production: '333344445555', outsider: '444455556666' } as const;
export type Who = keyof typeof ACCOUNT;
export const keyOf = (who: Who) => `AKIA${ACCOUNT[who]}XMPL`;

export const GROUP = 'fraud-detector';
export const GROUP_ARN = `arn:aws:sagemaker:us-east-1:${ACCOUNT.registry}:model-package-group/${GROUP}`;
export const versionArn = (n: number) => `arn:aws:sagemaker:us-east-1:${ACCOUNT.registry}:model-package/${GROUP}/${n}`;
export const REPOSITORY = 'ml/fraud-model';
export const IMAGE = `${ACCOUNT.registry}.dkr.ecr.us-east-1.amazonaws.com/${REPOSITORY}`;

/** The runner's environment with one account's credentials (configure-aws-credentials would export the role's). */
export const envOf = (sim: Sim, who: Who) => ({ ...sim.env, AWS_ACCESS_KEY_ID: keyOf(who) });

/** An AWS SDK client's configuration for one account, against the simulator. */
export const clientConfig = (sim: Sim, who: Who) => ({ region: 'us-east-1', endpoint: sim.url, credentials: { accessKeyId: keyOf(who), secretAccessKey: 'x' }, maxAttempts: 1 });

/** A SageMaker client of one account, against the simulator. */
export const sagemakerOf = (sim: Sim, who: Who) => new SageMakerClient(clientConfig(sim, who));
