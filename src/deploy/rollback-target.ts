/**
 * Which version a rollback may go to. The candidate comes from the `to` input or from the ledger tag
 * `previous-model-package-arn`, which anyone allowed to tag the endpoint can write: either way it must be an older
 * version of the group the endpoint serves (as its live config says), in the same account and Region, Completed and
 * Approved; the ledger's candidate must also be proven to have served this endpoint before. Pure: the caller reads
 * AWS and passes the facts in.
 */
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { parseArn } from '../aws/arns.js';
import { ActionError, InputError, quote } from '../errors.js';
import { VERSION_ARN } from '../inputs/constraints.js';
import { CURRENT_TAG, PREVIOUS_TAG } from './ledger.js';
import { configServes, type LiveConfig } from './serves.js';


/** The clocks of the runner (which writes the version's deployment metadata) and of SageMaker may differ this much. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface VersionParts {
  partition: string;
  region: string;
  account: string;
  group: string;
  version: number;
}

export function versionParts(arn: string): VersionParts | undefined {
  const m = VERSION_ARN.exec(arn);
  if (!m) return undefined;
  return { partition: m[1]!, region: m[2]!, account: m[3]!, group: m[4]!, version: Number(m[6]) };
}

/** Where the candidate came from: the `to` input, or the ledger tag. */
export type Source = 'to' | 'ledger';

/** The refusal: one line naming the input or tag, its value (quoted, bounded) and the rule it broke. */
export function refusal(endpoint: string, source: Source, value: string, rule: string): ActionError {
  if (source === 'to') return new InputError('to', value, rule);
  return new ActionError(`Endpoint ${endpoint}: tag ${PREVIOUS_TAG} ${quote(value, 200)} ${rule}; not rolling back to it. Name the version to roll back to with to.`);
}

/**
 * The first rule the candidate's ARN breaks (undefined: none), before anything is asked about it: a version ARN,
 * the endpoint's partition and Region, the account and group of the version the endpoint serves, and older than it.
 */
export function arnRule(endpointArn: string, current: string, target: string): string | undefined {
  const t = versionParts(target);
  if (!t) return 'is not a model package version ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>)';
  const cur = versionParts(current);
  if (!cur) return `cannot be compared with what the endpoint serves, ${quote(current, 200)}, which is not a model package version`;
  const ep = parseArn(endpointArn);
  if (!ep || t.partition !== ep.partition || t.region !== ep.region) return `is in Region ${t.region} (${t.partition}), but the endpoint is in ${ep?.region ?? 'an unknown Region'} (${ep?.partition ?? '?'})`;
  if (t.account !== cur.account) return `is in account ${t.account}, but the version the endpoint serves, v${cur.version} of ${cur.group}, is in account ${cur.account}`;
  if (t.group !== cur.group) return `is a version of group ${t.group}, but the endpoint serves v${cur.version} of group ${cur.group}: a rollback stays in the group`;
  if (t.version === cur.version) return `is v${t.version}, the version the endpoint already serves: nothing to roll back`;
  if (t.version > cur.version) return `is v${t.version}, newer than v${cur.version}, the version the endpoint serves: a rollback goes to an older version`;
  return undefined;
}

/** The first rule the candidate breaks once described (undefined: none). */
export function versionRule(target: string, pkg: DescribeModelPackageOutput): string | undefined {
  if (pkg.ModelPackageArn !== target) return 'is not the version DescribeModelPackage describes for it';
  if (pkg.ModelPackageStatus !== 'Completed') return `is ${pkg.ModelPackageStatus ?? 'of unknown status'}: only a Completed version can be rolled back to`;
  if (pkg.ModelApprovalStatus !== 'Approved') return `is ${pkg.ModelApprovalStatus ?? 'PendingManualApproval'}: a rollback goes only to an Approved version`;
  return undefined;
}

/** The ledger's view must be the live one: a tag naming another current version makes its "previous" meaningless. */
export function ledgerRule(current: string, ledgerCurrent: string | undefined): string | undefined {
  if (ledgerCurrent === current) return undefined;
  return `cannot be trusted: the ledger's ${CURRENT_TAG} ${quote(ledgerCurrent ?? '', 200)} is not the version the endpoint serves (${current})`;
}

export interface ServedEvidence {
  endpointName: string;
  /** DescribeEndpoint's CreationTime: a deployment recorded before it was to an earlier endpoint of the same name. */
  endpointCreated?: Date;
  /** The live config's CreationTime: a config that served before was made before it. */
  liveCreated?: Date;
  /** This endpoint's other configs that still exist, as read from SageMaker. */
  configs: LiveConfig[];
}

/** The version's own record of a deployment to this endpoint (follow-up.ts writes `endpoint.<name>: deployed <time>`). */
export function metadataProves(pkg: DescribeModelPackageOutput, e: ServedEvidence): boolean {
  const value = pkg.CustomerMetadataProperties?.[`endpoint.${e.endpointName}`.slice(0, 128)] ?? '';
  const m = /^deployed (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)$/.exec(value);
  if (!m) return false;
  const at = Date.parse(m[1]!);
  return !Number.isNaN(at) && (!e.endpointCreated || at >= e.endpointCreated.getTime() - CLOCK_SKEW_MS);
}

/** A config of this endpoint, made before the live one, every variant of which serves the version. */
export function configProves(pkg: DescribeModelPackageOutput, e: ServedEvidence): boolean {
  if (!e.liveCreated) return false;
  return e.configs.some((c) => !!c.created && c.created.getTime() < e.liveCreated!.getTime() && configServes(c, pkg));
}

export function servedBefore(pkg: DescribeModelPackageOutput, e: ServedEvidence): boolean {
  return configProves(pkg, e) || metadataProves(pkg, e);
}

export const NOT_PROVEN =
  'names a version this action cannot prove served the endpoint before (no earlier endpoint config of it names that version, and the version records no deployment to it)';
