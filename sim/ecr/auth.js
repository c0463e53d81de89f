/** ECR GetAuthorizationToken: a Basic credential `AWS:<password>` valid for 12 hours. */
import { seconds } from '../sagemaker/paging.js';

const VALID_MS = 12 * 60 * 60 * 1000;

/**
 * One authorizationData item per requested registry (the deprecated registryIds member), else one
 * for the caller's registry. The password and the proxy endpoint come from the simulator config
 * (`ecrPassword`, `ecrProxyEndpoint`) so that tests can point clients at a local registry.
 * @param {import('../sagemaker/context.js').OpContext} ctx
 */
export function getAuthorizationToken(ctx) {
  const ids = ctx.input.registryIds ?? [ctx.account];
  const token = Buffer.from(`AWS:${ctx.config.ecrPassword}`, 'utf8').toString('base64');
  return {
    authorizationData: ids.map((id) => ({
      authorizationToken: token,
      expiresAt: seconds(ctx.now + VALID_MS),
      proxyEndpoint: ctx.config.ecrProxyEndpoint ?? `https://${id}.dkr.ecr.${ctx.region}.amazonaws.com`,
    })),
  };
}
