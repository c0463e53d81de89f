/**
 * ECR repository policies and the cross-account image pull of an endpoint's fleet (sim/ecr/repository-policies.js),
 * with the real ECR and SageMaker clients and access keys of different accounts.
 */
import { DeleteRepositoryPolicyCommand, ECRClient, GetRepositoryPolicyCommand, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  SageMakerClient
} from '@aws-sdk/client-sagemaker';
import { control, rejection } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';

const { sim } = useSimulator({ clockSpeed: 0, endpointCreateMs: 1000 });

const REGISTRY = '111122223333';
const PRODUCTION = '333344445555';
const REPO_ARN = `arn:aws:ecr:us-east-1:${REGISTRY}:repository/churn`;
const IMAGE = `${REGISTRY}.dkr.ecr.us-east-1.amazonaws.com/churn@sha256:${'b'.repeat(64)}`;
const EXECUTION_ROLE = `arn:aws:iam::${PRODUCTION}:role/sagemaker-execution`;

const destroy: { destroy(): void }[] = [];
afterAll(() => destroy.forEach((c) => c.destroy()));
const credentials = (account: string) => ({ accessKeyId: `AKIA${account}XMPL`, secretAccessKey: 's' });
const ecr = (account: string) => {
  const c = new ECRClient({ endpoint: sim.url, region: 'us-east-1', credentials: credentials(account), maxAttempts: 1 });
  destroy.push(c);
  return c;
};
const sm = (account: string) => {
  const c = new SageMakerClient({ endpoint: sim.url, region: 'us-east-1', credentials: credentials(account), maxAttempts: 1 });
  destroy.push(c);
  return c;
};

const seedImage = () => control(sim, 'POST', '/_sim/ecr/images', { repositoryName: 'churn', registryId: REGISTRY, imageTag: 'v1', imageDigest: `sha256:${'b'.repeat(64)}` });
const policy = (principal: unknown, actions: string[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'pull', Effect: 'Allow', Principal: { AWS: principal }, Action: actions }] });
const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'];

/** Deploy the registry account's image in an endpoint of the production account; its status after Creating. */
async function deploy(name: string): Promise<{ EndpointStatus?: string; FailureReason?: string }> {
  const c = sm(PRODUCTION);
  await c.send(new CreateModelCommand({ ModelName: name, ExecutionRoleArn: EXECUTION_ROLE, PrimaryContainer: { Image: IMAGE } }));
  await c.send(new CreateEndpointConfigCommand({
    EndpointConfigName: name,
    ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: name, InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }]
  }));
  await c.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: name }));
  sim.clock.advance(1000);
  return c.send(new DescribeEndpointCommand({ EndpointName: name }));
}
const pullRefused = (variant = 'AllTraffic') =>
  `Please make sure all images included in the model for the production variant ${variant} exist, and that the execution role used to create the model has permissions to access them. (Simulator: the repository policy of ${REPO_ARN} does not allow account ${PRODUCTION} ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on ${IMAGE}.)`;

describe('SetRepositoryPolicy, GetRepositoryPolicy, DeleteRepositoryPolicy', () => {
  it('set, read and delete the policy of a repository of the caller own registry', async () => {
    await seedImage();
    const text = policy(`arn:aws:iam::${PRODUCTION}:root`, PULL);
    const none = await rejection(ecr(REGISTRY).send(new GetRepositoryPolicyCommand({ repositoryName: 'churn' })));
    expect(none.name).toBe('RepositoryPolicyNotFoundException');
    expect(none.message).toBe(`Repository policy does not exist for the repository with name 'churn' in the registry with id '${REGISTRY}'`);
    expect(await ecr(REGISTRY).send(new SetRepositoryPolicyCommand({ repositoryName: 'churn', policyText: text }))).toMatchObject({ registryId: REGISTRY, repositoryName: 'churn', policyText: text });
    expect((await ecr(REGISTRY).send(new GetRepositoryPolicyCommand({ repositoryName: 'churn', registryId: REGISTRY }))).policyText).toBe(text);
    expect((await ecr(REGISTRY).send(new DeleteRepositoryPolicyCommand({ repositoryName: 'churn' }))).policyText).toBe(text);
    expect((await rejection(ecr(REGISTRY).send(new DeleteRepositoryPolicyCommand({ repositoryName: 'churn' })))).name).toBe('RepositoryPolicyNotFoundException');
  });

  it('refuses bad policies, a repository that does not exist and another account registry', async () => {
    await seedImage();
    const bad = await rejection(ecr(REGISTRY).send(new SetRepositoryPolicyCommand({ repositoryName: 'churn', policyText: '{"Statement": 1}' })));
    expect([bad.name, bad.message]).toEqual(['InvalidParameterException', "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'"]);
    const long = await rejection(ecr(REGISTRY).send(new SetRepositoryPolicyCommand({ repositoryName: 'churn', policyText: 'x'.repeat(10241) })));
    expect(long.message).toBe("Invalid parameter at 'policyText' failed to satisfy constraint: 'Member must have length less than or equal to 10240'");
    const missing = await rejection(ecr(REGISTRY).send(new SetRepositoryPolicyCommand({ repositoryName: 'nope', policyText: policy('*', PULL) })));
    expect(missing.message).toBe(`The repository with name 'nope' does not exist in the registry with id '${REGISTRY}'`);
    const other = await rejection(ecr(PRODUCTION).send(new SetRepositoryPolicyCommand({ repositoryName: 'churn', registryId: REGISTRY, policyText: policy('*', PULL) })));
    expect(other.name).toBe('AccessDeniedException');
    expect(other.message).toBe(
      `User: arn:aws:sts::${PRODUCTION}:assumed-role/gha/session is not authorized to perform: ecr:SetRepositoryPolicy on resource: ${REPO_ARN} because no resource-based policy allows the ecr:SetRepositoryPolicy action`
    );
  });
});

describe('an endpoint pulling an image of another account', () => {
  it('a serverless configuration of a model with another account image is refused at CreateEndpointConfig (same-account ECR only)', async () => {
    await seedImage();
    await ecr(REGISTRY).send(new SetRepositoryPolicyCommand({ repositoryName: 'churn', policyText: policy(`arn:aws:iam::${PRODUCTION}:root`, PULL) }));
    const c = sm(PRODUCTION);
    await c.send(new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: EXECUTION_ROLE, PrimaryContainer: { Image: IMAGE } }));
    const err = await rejection(c.send(new CreateEndpointConfigCommand({
      EndpointConfigName: 'c',
      ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'm', ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 } }]
    })));
    expect(err.message).toBe(
      'The container image URI is not a prebuilt SageMaker algorithm or deep learning image, or the bring-your-own container image URI does not reside in an Amazon ECR repository within the same AWS account creating the endpoint.'
    );
  });

  it('fails its fleet, naming the image, without a repository policy; starts once the policy allows the account', async () => {
    await seedImage();
    expect(await deploy('ep1')).toMatchObject({ EndpointStatus: 'Failed', FailureReason: pullRefused() });
    await ecr(REGISTRY).send(new SetRepositoryPolicyCommand({ repositoryName: 'churn', policyText: policy(`arn:aws:iam::${PRODUCTION}:root`, ['ecr:BatchGetImage']) }));
    expect(await deploy('ep2')).toMatchObject({ EndpointStatus: 'Failed', FailureReason: pullRefused() });
    await ecr(REGISTRY).send(new SetRepositoryPolicyCommand({ repositoryName: 'churn', policyText: policy(`arn:aws:iam::${PRODUCTION}:root`, PULL) }));
    const ok = await deploy('ep3');
    expect(ok.EndpointStatus).toBe('InService');
    expect(ok.FailureReason).toBeUndefined();
  });

  it('a policy naming the model execution role allows it; an explicit Deny wins; the registry account own endpoint needs no policy', async () => {
    await seedImage();
    await ecr(REGISTRY).send(new SetRepositoryPolicyCommand({ repositoryName: 'churn', policyText: policy(EXECUTION_ROLE, ['ecr:*']) }));
    expect((await deploy('ep1')).EndpointStatus).toBe('InService');
    const denied = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'ecr:*' },
        { Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: PULL },
        { Effect: 'Deny', Principal: { AWS: PRODUCTION }, Action: 'ecr:GetDownloadUrlForLayer' }
      ]
    });
    await ecr(REGISTRY).send(new SetRepositoryPolicyCommand({ repositoryName: 'churn', policyText: denied }));
    expect(await deploy('ep2')).toMatchObject({ EndpointStatus: 'Failed', FailureReason: pullRefused() });
    await ecr(REGISTRY).send(new DeleteRepositoryPolicyCommand({ repositoryName: 'churn' }));
    const own = sm(REGISTRY);
    await own.send(new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: `arn:aws:iam::${REGISTRY}:role/x`, PrimaryContainer: { Image: IMAGE } }));
    await own.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'c', ProductionVariants: [{ VariantName: 'v', ModelName: 'm', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }] }));
    await own.send(new CreateEndpointCommand({ EndpointName: 'e', EndpointConfigName: 'c' }));
    sim.clock.advance(1000);
    expect((await own.send(new DescribeEndpointCommand({ EndpointName: 'e' }))).EndpointStatus).toBe('InService');
  });
});
