/**
 * ECR repository operations: CreateRepository and DescribeRepositories (enough to seed the simulator
 * with the AWS CLI). Repositories seeded through the control API answer with the same defaults.
 */
import { AwsError } from '../errors.js';
import { paginate, queryOf, seconds } from '../sagemaker/paging.js';
import { invalidParameter } from './images.js';
import { repositoriesOf } from './repos.js';

/** @typedef {import('../sagemaker/context.js').OpContext} OpContext */

/** The Repository shape of a stored repository. @param {OpContext} ctx @param {any} repo */
export function repositoryView(ctx, repo) {
  return {
    repositoryArn: `arn:aws:ecr:${ctx.region}:${repo.registryId}:repository/${repo.repositoryName}`,
    registryId: repo.registryId,
    repositoryName: repo.repositoryName,
    repositoryUri: `${repo.registryId}.dkr.ecr.${ctx.region}.amazonaws.com/${repo.repositoryName}`,
    createdAt: seconds(repo.createdMs),
    imageTagMutability: repo.imageTagMutability ?? 'MUTABLE',
    imageTagMutabilityExclusionFilters: repo.imageTagMutabilityExclusionFilters,
    imageScanningConfiguration: repo.imageScanningConfiguration ?? { scanOnPush: false },
    encryptionConfiguration: repo.encryptionConfiguration ?? { encryptionType: 'AES256' },
  };
}

/** @param {OpContext} ctx */
export function createRepository(ctx) {
  const { input } = ctx;
  const registryId = input.registryId ?? ctx.account;
  const repos = repositoriesOf(ctx.store(registryId));
  const name = input.repositoryName;
  if (repos[name]) {
    throw new AwsError('RepositoryAlreadyExistsException', `The repository with name '${name}' already exists in the registry with id '${registryId}'`);
  }
  if ((input.tags ?? []).length > 50) throw new AwsError('TooManyTagsException', 'The repository cannot have more than 50 tags.');
  const enc = input.encryptionConfiguration;
  repos[name] = {
    repositoryName: name,
    registryId,
    createdMs: ctx.now,
    images: {},
    imageTagMutability: input.imageTagMutability ?? 'MUTABLE',
    imageTagMutabilityExclusionFilters: input.imageTagMutabilityExclusionFilters,
    imageScanningConfiguration: { scanOnPush: input.imageScanningConfiguration?.scanOnPush ?? false },
    encryptionConfiguration: enc ?? { encryptionType: 'AES256' },
    tags: input.tags ?? [],
  };
  ctx.changed();
  return { repository: repositoryView(ctx, repos[name]) };
}

/** @param {OpContext} ctx */
export function describeRepositories(ctx) {
  const { input } = ctx;
  const registryId = input.registryId ?? ctx.account;
  const repos = repositoriesOf(ctx.store(registryId));
  if (input.repositoryNames) {
    if (input.maxResults !== undefined || input.nextToken !== undefined) {
      throw new AwsError('InvalidParameterException', 'Invalid parameter: maxResults and nextToken cannot be used together with repositoryNames');
    }
    const found = [];
    for (const name of input.repositoryNames) {
      const repo = repos[name];
      if (!repo) throw new AwsError('RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${registryId}'`);
      if (!found.includes(repo)) found.push(repo);
    }
    return { repositories: found.map((r) => repositoryView(ctx, r)) };
  }
  const all = Object.values(repos).sort((a, b) => (a.repositoryName < b.repositoryName ? -1 : 1));
  let result;
  try {
    result = paginate(all, { MaxResults: input.maxResults, NextToken: input.nextToken }, queryOf({ registryId }), 100);
  } catch (e) {
    if (e instanceof AwsError) throw invalidParameter('nextToken', 'Invalid pagination token');
    throw e;
  }
  return { repositories: result.page.map((r) => repositoryView(ctx, r)), nextToken: result.nextToken };
}
