/**
 * ECR repository policies: SetRepositoryPolicy, GetRepositoryPolicy, DeleteRepositoryPolicy on a repository of the
 * caller's own registry (another `registryId` is refused with AccessDeniedException), and the cross-account pull check
 * of an endpoint's fleet (`imagePullFailure`, used by sagemaker/endpoints.js): an endpoint of account B serving an image
 * of account A's repository starts only when A's repository policy allows B ecr:BatchGetImage and
 * ecr:GetDownloadUrlForLayer (policy.js evaluates it). `force` is accepted and ignored.
 */
import { AwsError } from '../errors.js';
import { evaluatePolicy, policyProblem, refusal } from '../policy.js';
import { invalidParameter } from './images.js';
import { findRepository, repositoriesOf } from './repos.js';

/** @typedef {import('../sagemaker/context.js').OpContext} OpContext */

const PULL_ACTIONS = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)/;

/** The caller's own repository of the request (another registry: AccessDenied). @param {OpContext} ctx @param {string} operation */
function ownRepository(ctx, operation) {
  const registryId = ctx.input.registryId ?? ctx.account;
  if (registryId !== ctx.account) {
    const arn = `arn:aws:ecr:${ctx.region}:${registryId}:repository/${ctx.input.repositoryName}`;
    throw new AwsError('AccessDeniedException', refusal(ctx.caller, `ecr:${operation}`, arn, 'none'));
  }
  return findRepository(ctx);
}

/** @param {any} repo */
const answer = (repo) => ({ registryId: repo.registryId, repositoryName: repo.repositoryName, policyText: repo.policyText });

/** @param {any} repo */
const noPolicy = (repo) =>
  new AwsError('RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository with name '${repo.repositoryName}' in the registry with id '${repo.registryId}'`);

/** @param {OpContext} ctx */
export function setRepositoryPolicy(ctx) {
  const repo = ownRepository(ctx, 'SetRepositoryPolicy');
  if (policyProblem(ctx.input.policyText)) throw invalidParameter('PolicyText', 'Invalid repository policy provided');
  repo.policyText = ctx.input.policyText;
  ctx.changed();
  return answer(repo);
}

/** @param {OpContext} ctx */
export function getRepositoryPolicy(ctx) {
  const repo = ownRepository(ctx, 'GetRepositoryPolicy');
  if (repo.policyText === undefined) throw noPolicy(repo);
  return answer(repo);
}

/** @param {OpContext} ctx */
export function deleteRepositoryPolicy(ctx) {
  const repo = ownRepository(ctx, 'DeleteRepositoryPolicy');
  if (repo.policyText === undefined) throw noPolicy(repo);
  const out = answer(repo);
  delete repo.policyText;
  ctx.changed();
  return out;
}

/**
 * Why the fleet of an endpoint of the caller's account cannot pull one of its images from another account's ECR
 * repository (the FailureReason, naming the image), or null.
 * @param {OpContext} ctx @param {{VariantName: string, DeployedImages: {SpecifiedImage: string}[]}[]} fleet
 * @param {string[]} roleArns the execution roles of the fleet's models (a repository policy may name them)
 */
export function imagePullFailure(ctx, fleet, roleArns) {
  for (const v of fleet) {
    for (const { SpecifiedImage: image } of v.DeployedImages ?? []) {
      const m = ECR_IMAGE.exec(image ?? '');
      if (!m || m[1] === ctx.account) continue;
      const [, registry, region, name] = /** @type {string[]} */ (m);
      const repo = repositoriesOf(ctx.store(registry, region))[name];
      const resource = `arn:aws:ecr:${region}:${registry}:repository/${name}`;
      const allowed = repo && PULL_ACTIONS.every((action) => evaluatePolicy(repo.policyText, { account: ctx.account, roleArns, action, resource }) === 'allow');
      if (!allowed) {
        return `Please make sure all images included in the model for the production variant ${v.VariantName} exist, and that the execution role used to create the model has permissions to access them. (Simulator: the repository policy of ${resource} does not allow account ${ctx.account} ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on ${image}.)`;
      }
    }
  }
  return null;
}
