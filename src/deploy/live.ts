/**
 * What an endpoint really serves, read from SageMaker: DescribeEndpoint's live config → DescribeEndpointConfig →
 * each production variant's DescribeModel → its container's ModelPackageName, or, for a model built from an image,
 * the version whose own container (DescribeModelPackage) it matches. The endpoint's ledger tags are hints; this
 * is the truth "already serves", rollback and the ledger itself are decided from.
 */
import type { DescribeEndpointOutput, DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { sagemakerSdk } from '../aws/sdk.js';
import { tagsOf } from './endpoint.js';
import { isOurName } from './plan.js';
import { modelServes, namedVersion, type LiveConfig, type LiveModel } from './serves.js';

export type { LiveConfig } from './serves.js';

/** The tag this action puts on every model it creates (plan.ts), naming the version it was made from. */
const MODEL_TAG = 'model-package-arn';

/** DescribeEndpointConfig and the model of each of its production variants. */
export async function readConfig(sm: SageMakerClient, name: string): Promise<LiveConfig> {
  const c = await sagemakerSdk();
  const config = await send('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: name })));
  const out: LiveConfig = { name, models: [] };
  if (config.CreationTime) out.created = config.CreationTime;
  for (const variant of config.ProductionVariants ?? []) {
    if (!variant.ModelName) {
      out.models.push({ name: '', containers: [] });
      continue;
    }
    const model = await send('sagemaker:DescribeModel', () => sm.send(new c.DescribeModelCommand({ ModelName: variant.ModelName! })));
    const live: LiveModel = { name: variant.ModelName, containers: [model.PrimaryContainer, ...(model.Containers ?? [])].filter((k) => !!k) };
    // Only a model built from an image needs its tag: it names the version to check the image against.
    if (live.containers.length === 1 && !live.containers[0]!.ModelPackageName && model.ModelArn) {
      const tag = (await tagsOf(sm, model.ModelArn))[MODEL_TAG];
      if (tag !== undefined) live.tag = tag;
    }
    out.models.push(live);
  }
  return out;
}

/** The live config of an endpoint that is InService with no update pending (undefined otherwise). */
export function settledConfig(ep: DescribeEndpointOutput): string | undefined {
  if (ep.EndpointStatus !== 'InService' || ep.PendingDeploymentSummary) return undefined;
  return ep.EndpointConfigName || undefined;
}

export async function describePackage(sm: SageMakerClient, arn: string): Promise<DescribeModelPackageOutput> {
  const c = await sagemakerSdk();
  return send('sagemaker:DescribeModelPackage', () => sm.send(new c.DescribeModelPackageCommand({ ModelPackageName: arn })));
}

/**
 * The versions a config provably serves: a ModelPackageName as SageMaker reports it, or the version a model's tag
 * names once its own container matches the model's image. A tag that cannot be confirmed names nothing.
 */
export async function servedVersions(sm: SageMakerClient, config: LiveConfig): Promise<string[]> {
  const out = new Set<string>();
  for (const model of config.models) {
    const named = namedVersion(model);
    if (!named) continue;
    if (model.containers[0]!.ModelPackageName) {
      out.add(named);
      continue;
    }
    const pkg = await describePackage(sm, named).catch(() => undefined);
    if (pkg && modelServes(model, pkg)) out.add(named);
  }
  return [...out];
}

/** This action's endpoint configs of `endpoint` (by name; a name cut to 63 characters also by its `endpoint` tag). */
export async function configsOf(sm: SageMakerClient, endpoint: string): Promise<{ name: string; created?: Date }[]> {
  const { ListEndpointConfigsCommand } = await sagemakerSdk();
  const out: { name: string; created?: Date }[] = [];
  let token: string | undefined;
  do {
    const page = await send('sagemaker:ListEndpointConfigs', () =>
      sm.send(new ListEndpointConfigsCommand({ NameContains: endpoint.slice(0, 40), MaxResults: 100, ...(token ? { NextToken: token } : {}) }))
    );
    for (const c of page.EndpointConfigs ?? []) {
      if (c.EndpointConfigName && isOurName(endpoint, c.EndpointConfigName)) out.push({ name: c.EndpointConfigName, ...(c.CreationTime ? { created: c.CreationTime } : {}) });
    }
    token = page.NextToken;
  } while (token);
  const mine: typeof out = [];
  for (const c of out) {
    if (c.name.startsWith(`${endpoint}-v`)) mine.push(c);
    else if (await cutNameIsOurs(sm, endpoint, c.name)) mine.push(c);
  }
  return mine;
}

async function cutNameIsOurs(sm: SageMakerClient, endpoint: string, name: string): Promise<boolean> {
  const c = await sagemakerSdk();
  const config = await send('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: name })));
  return !!config.EndpointConfigArn && (await tagsOf(sm, config.EndpointConfigArn)).endpoint === endpoint;
}
