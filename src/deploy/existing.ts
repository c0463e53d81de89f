import type {
  ContainerDefinition,
  CreateEndpointConfigInput,
  CreateModelInput,
  DescribeEndpointConfigOutput,
  DescribeModelOutput
} from '@aws-sdk/client-sagemaker';
import { explainAwsError } from '../aws/errors.js';
import { ActionError } from '../errors.js';

/**
 * A create whose name is taken. Names are unique per endpoint, version and run attempt, so this is usually the SDK's
 * retry of a request whose answer was lost meeting its own first attempt; but the name alone proves nothing. What
 * SageMaker describes decides: the run continues only when the resource is what this attempt asked for.
 */
export interface CreateOnce {
  /** The IAM action of the create, for its errors (sagemaker:CreateModel). */
  action: string;
  /** What the resource is and its name, for the error: "model fraud-prod-v3-abc123". */
  what: string;
  create: () => Promise<unknown>;
  /** Describes the existing resource: undefined when it is what this attempt asked for, else the first field that differs. */
  differs: () => Promise<string | undefined>;
}

/**
 * Creates the resource, or continues with the one of that name when it is identical. Returns whether this attempt
 * made it (created, or adopted by a retry of its own request), so that a later failure may remove it; a resource
 * that existed before this attempt is never removed.
 */
export async function createOnce(o: CreateOnce): Promise<boolean> {
  let taken: unknown;
  try {
    await o.create();
    return true;
  } catch (err) {
    if (!alreadyExists(err)) throw explainAwsError(err, o.action);
    taken = err;
  }
  const field = await o.differs();
  if (field !== undefined) {
    throw new ActionError(
      `The ${o.what} already exists and differs from what this run asks for (${field}): it was not made by this run; delete it or re-run the workflow (a new run attempt uses new names).`
    );
  }
  return retried(taken);
}

function alreadyExists(err: unknown): boolean {
  const e = err as { name?: string; message?: string };
  return e.name === 'ValidationException' && /Cannot create already existing/i.test(e.message ?? '');
}

/** The SDK sent the request more than once: the earlier attempt may have run and lost its answer. */
export function retried(err: unknown): boolean {
  return ((err as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1) > 1;
}

/**
 * Whether `found` (a description) has every value `asked` (a request) sets: objects field by field, lists item by
 * item with the same length. SageMaker adds what it derives (a container's image from its model package), so
 * fields the request leaves out are not compared here.
 */
export function covers(asked: unknown, found: unknown): boolean {
  if (Array.isArray(asked)) return Array.isArray(found) && found.length === asked.length && asked.every((a, i) => covers(a, found[i]));
  if (asked !== null && typeof asked === 'object') {
    if (found === null || typeof found !== 'object' || Array.isArray(found)) return false;
    return Object.entries(asked).every(([k, v]) => v === undefined || covers(v, (found as Record<string, unknown>)[k]));
  }
  return asked === found;
}

const containersOf = (m: { PrimaryContainer?: ContainerDefinition; Containers?: ContainerDefinition[] }): ContainerDefinition[] =>
  m.PrimaryContainer ? [m.PrimaryContainer] : (m.Containers ?? []);

/** The first field of a model that is not what `asked` asks for (undefined: identical). */
export function modelDiffers(asked: CreateModelInput, found: DescribeModelOutput): string | undefined {
  if (found.ExecutionRoleArn !== asked.ExecutionRoleArn) return 'ExecutionRoleArn';
  if (!covers(asked.VpcConfig, found.VpcConfig)) return 'VpcConfig';
  if ((asked.EnableNetworkIsolation ?? false) !== (found.EnableNetworkIsolation ?? false)) return 'EnableNetworkIsolation';
  const want = containersOf(asked);
  const have = containersOf(found);
  if (want.length !== have.length) return 'containers';
  const i = want.findIndex((c, n) => containerDiffers(c, have[n]!));
  return i < 0 ? undefined : `container ${i + 1}`;
}

/**
 * The version a container serves and its environment are compared whole, present or not; an image pulled through
 * the VPC only when asked (no ImageConfig = SageMaker's default, Platform); the rest as asked (covers).
 */
function containerDiffers(asked: ContainerDefinition, found: ContainerDefinition): boolean {
  if (found.ModelPackageName !== asked.ModelPackageName) return true;
  if (!asked.ImageConfig && (found.ImageConfig?.RepositoryAccessMode ?? 'Platform') !== 'Platform') return true;
  const env = [asked.Environment ?? {}, found.Environment ?? {}];
  if (!covers(env[0], env[1]) || !covers(env[1], env[0])) return true;
  return !covers({ ...asked, Environment: undefined }, found);
}

/** The first field of an endpoint config that is not what `asked` asks for (undefined: identical). */
export function configDiffers(asked: CreateEndpointConfigInput, found: DescribeEndpointConfigOutput): string | undefined {
  if (!covers(asked.ProductionVariants, found.ProductionVariants)) return 'ProductionVariants';
  if (found.KmsKeyId !== asked.KmsKeyId) return 'KmsKeyId';
  if (!covers(asked.DataCaptureConfig, found.DataCaptureConfig)) return 'DataCaptureConfig';
  if (!covers(asked.AsyncInferenceConfig, found.AsyncInferenceConfig)) return 'AsyncInferenceConfig';
  return undefined;
}
