/**
 * Which model package versions a model, an endpoint configuration or an inference component uses, each read at
 * most once per run. A model names its version by its containers' ModelPackageName (the association SageMaker
 * keeps) or, for a model this action built from the image, by its `model-package-arn` tag. A resource that does
 * not exist reads as undefined; any other failure throws an ActionError naming the resource, so callers fail
 * closed instead of guessing.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { explainAwsError, send } from '../aws/errors.js';
import { sagemakerSdk } from '../aws/sdk.js';
import { CURRENT_TAG } from '../deploy/ledger.js';
import { ActionError } from '../errors.js';

/** SageMaker's answer for a hosting resource that does not exist (ValidationException "Could not find …"). */
export function isGone(err: unknown): boolean {
  const e = (err ?? {}) as { name?: string; message?: string };
  return (e.name === 'ValidationException' || e.name === 'ResourceNotFound') && /Could not find|does not exist/i.test(e.message ?? '');
}

/** One read: undefined when the resource does not exist; any other failure names `what`. */
export async function readOrGone<T>(what: string, action: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (isGone(err)) return undefined;
    throw new ActionError(`Could not read ${what}: ${explainAwsError(err, action).message}`);
  }
}

/** Every item of a paged SageMaker list. */
export async function listAll<T>(action: string, page: (token?: string) => Promise<{ items?: T[]; next?: string }>): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const got = await send(action, () => page(token));
    out.push(...(got.items ?? []));
    token = got.next;
  } while (token);
  return out;
}

export interface Use {
  /** Version ARNs of the models it runs. */
  versions: string[];
  /** Models it names that no longer exist: what they run cannot be known. */
  missingModels: string[];
}

export interface ConfigUse extends Use {
  /** A production variant names no model: the endpoint hosts inference components. */
  components: boolean;
}

/** A version named `group/n` (a form CreateModel accepts) as its ARN, in the model's account and Region. */
export function versionArn(ref: string, modelArn: string | undefined): string {
  if (ref.startsWith('arn:') || !modelArn) return ref;
  const [, partition, , region, account] = modelArn.split(':');
  return `arn:${partition}:sagemaker:${region}:${account}:model-package/${ref}`;
}

export class UseReader {
  private readonly models = new Map<string, Promise<string[] | undefined>>();
  private readonly configs = new Map<string, Promise<ConfigUse | undefined>>();

  constructor(private readonly sm: SageMakerClient) {}

  /** The versions a model was created from; undefined when the model does not exist. */
  model(name: string): Promise<string[] | undefined> {
    const key = name.toLowerCase();
    if (!this.models.has(key)) this.models.set(key, this.readModel(name));
    return this.models.get(key)!;
  }

  /** The versions of an endpoint configuration's production and shadow variants; undefined when it does not exist. */
  config(name: string): Promise<ConfigUse | undefined> {
    const key = name.toLowerCase();
    if (!this.configs.has(key)) this.configs.set(key, this.readConfig(name));
    return this.configs.get(key)!;
  }

  /** The tags of a resource; undefined when it does not exist. */
  async tags(what: string, arn: string): Promise<Record<string, string> | undefined> {
    const c = await sagemakerSdk();
    const out = await readOrGone(what, 'sagemaker:ListTags', () => this.sm.send(new c.ListTagsCommand({ ResourceArn: arn, MaxResults: 100 })));
    return out && Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
  }

  /** The endpoint and versions of an inference component; undefined when it does not exist. */
  async component(name: string): Promise<(Use & { endpoint: string }) | undefined> {
    const c = await sagemakerSdk();
    const ic = await readOrGone(`inference component ${name}`, 'sagemaker:DescribeInferenceComponent', () =>
      this.sm.send(new c.DescribeInferenceComponentCommand({ InferenceComponentName: name }))
    );
    if (!ic) return undefined;
    const models = [ic.Specification, ...(ic.Specifications ?? [])].map((s) => s?.ModelName).filter((m): m is string => !!m);
    return { endpoint: ic.EndpointName ?? '', ...(await this.useOfModels(models)) };
  }

  private async useOfModels(names: string[]): Promise<Use> {
    const use: Use = { versions: [], missingModels: [] };
    for (const name of new Set(names)) {
      const versions = await this.model(name);
      if (versions) use.versions.push(...versions.filter((v) => !use.versions.includes(v)));
      else use.missingModels.push(name);
    }
    return use;
  }

  private async readModel(name: string): Promise<string[] | undefined> {
    const c = await sagemakerSdk();
    const model = await readOrGone(`model ${name}`, 'sagemaker:DescribeModel', () => this.sm.send(new c.DescribeModelCommand({ ModelName: name })));
    if (!model) return undefined;
    const named = [model.PrimaryContainer, ...(model.Containers ?? [])].map((k) => k?.ModelPackageName).filter((n): n is string => !!n);
    if (named.length) return [...new Set(named.map((n) => versionArn(n, model.ModelArn)))];
    if (!model.ModelArn) return [];
    const tags = await this.tags(`model ${name}`, model.ModelArn);
    if (!tags) return undefined;
    return tags[CURRENT_TAG] ? [tags[CURRENT_TAG]] : [];
  }

  private async readConfig(name: string): Promise<ConfigUse | undefined> {
    const c = await sagemakerSdk();
    const config = await readOrGone(`endpoint configuration ${name}`, 'sagemaker:DescribeEndpointConfig', () =>
      this.sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: name }))
    );
    if (!config) return undefined;
    const variants = [...(config.ProductionVariants ?? []), ...(config.ShadowProductionVariants ?? [])];
    const use = await this.useOfModels(variants.map((v) => v.ModelName).filter((m): m is string => !!m));
    return { ...use, components: (config.ProductionVariants ?? []).some((v) => !v.ModelName) };
  }
}
