/**
 * promote/ on `repository_dispatch` (the approval-events/ path), the pure part: the dispatch inputs, the checks of
 * the event (type, default branch, a bounded payload that names one version ARN), and the decision taken from the
 * version as SageMaker describes it now. Anyone holding a token that can dispatch can send any payload, so the
 * payload is only a hint: which version to look at. Nothing in it is believed (its approval, stage, account and
 * Region are ignored); the version is described again and must be the configured group's own version.
 */
import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import { ActionError, InputError } from '../errors.js';
import type { RunContext } from '../github/context.js';
import type { Payload } from '../github/write-access.js';
import * as C from '../inputs/constraints.js';
import { oneOf, type InputReader } from '../inputs/readers.js';

export const DISPATCH_EVENT = 'repository_dispatch';
export const DEFAULT_EVENT_TYPE = 'sagemaker-model-package';
/** The payload's version ARN is bounded like any ARN SageMaker accepts (the model's ModelPackageArn: 1-2048). */
const ARN_MAX = 2048;

export interface DispatchConfig {
  eventType: string;
  onRejected: 'rollback' | 'ignore';
}

export function readDispatch(read: InputReader): DispatchConfig {
  const eventType = read('dispatch-event-type') || DEFAULT_EVENT_TYPE;
  if (eventType.length > 100 || !/^[\w.:/-]+$/.test(eventType)) {
    throw new InputError('dispatch-event-type', eventType, 'must be a repository_dispatch event type: 1-100 letters, digits and . _ - : /');
  }
  return { eventType, onRejected: oneOf(read, 'on-rejected', ['rollback', 'ignore'], 'ignore') };
}

/** What is shown of an untrusted value: at most 80 characters of a plain set, so it cannot format or link anything. */
export const inert = (v: unknown): string => {
  const text = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return text.replace(/[^\w.:/@+=-]/g, '_').slice(0, 80) || '(empty)';
};

const refuse = (why: string): never => {
  throw new ActionError(`Refused: ${why}. Nothing was changed.`);
};

/**
 * The version ARN the dispatch names, after the checks that need no call: the run is a repository_dispatch of the
 * configured type on the default branch (GitHub runs every repository_dispatch there), and its client_payload is an
 * object whose `model-package-arn` is a version ARN in this Region. Inputs that name a version are refused: on this
 * event the version comes from the dispatch, checked against model-package-group.
 */
export function dispatchedArn(ctx: RunContext, payload: Payload, c: DispatchConfig, region: string, named: string[]): string {
  if (named.length) refuse(`${named.join(', ')} cannot be set on ${DISPATCH_EVENT}: the version comes from the dispatch and is checked against model-package-group`);
  if (payload.action !== c.eventType) refuse(`the ${DISPATCH_EVENT} event type is ${inert(payload.action)}, not ${c.eventType} (dispatch-event-type)`);
  const main = ctx.defaultBranch;
  if (!main || ctx.ref !== `refs/heads/${main}`) refuse(`a ${DISPATCH_EVENT} run is on the default branch (${inert(main ?? 'unknown')}), but this one is on ${inert(ctx.ref)}`);
  const body = payload.client_payload;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) refuse('the dispatch has no client_payload object');
  const arn: unknown = body['model-package-arn'];
  if (typeof arn !== 'string' || arn.length > ARN_MAX || !C.VERSION_ARN.test(arn)) refuse(`client_payload.model-package-arn ${inert(arn)} is not a model package version ARN`);
  const inRegion = C.VERSION_ARN.exec(arn as string)![2];
  if (inRegion !== region) refuse(`client_payload.model-package-arn is in Region ${inert(inRegion)}, but this run deploys in ${region}`);
  return arn as string;
}

export type Decision =
  | { action: 'deploy'; why: string }
  | { action: 'rollback'; why: string }
  | { action: 'none'; why: string; warn?: boolean };

/** What the endpoint serves now: its one version's ARN and number (undefined: no endpoint, or not one version). */
export interface Serving {
  arn?: string;
  version?: number;
}

/**
 * What to do for the version as described now (never as the payload says): deploy an Approved version that is newer
 * than what the endpoint serves; roll back from a Rejected version the endpoint serves (on-rejected: rollback);
 * anything else is a no-op that says why. Duplicates (already live) and stale events (older than what serves, no
 * longer Approved, still pending) land here.
 */
export function decide(pkg: DescribeModelPackageOutput, serving: Serving, endpoint: string, onRejected: DispatchConfig['onRejected']): Decision {
  const v = `Version ${pkg.ModelPackageVersion}`;
  const serves = serving.arn === pkg.ModelPackageArn;
  if (pkg.ModelPackageStatus !== 'Completed') return { action: 'none', why: `${v} is ${pkg.ModelPackageStatus ?? 'in an unknown state'}, not Completed: nothing to deploy` };
  switch (pkg.ModelApprovalStatus) {
    case 'Approved':
      if (serves) return { action: 'none', why: `${v} is already live on ${endpoint} (a duplicate or repeated event)` };
      // Version numbers compare within one group only (an endpoint may serve another group's model).
      if (serving.version !== undefined && sameGroup(serving.arn, pkg.ModelPackageArn) && serving.version > (pkg.ModelPackageVersion ?? 0)) {
        return { action: 'none', why: `${v} is older than version ${serving.version}, which ${endpoint} serves: a stale event does not deploy backwards (use rollback/ for that)` };
      }
      return { action: 'deploy', why: `${v} is Approved` };
    case 'Rejected':
      if (!serves) return { action: 'none', why: `${v} is Rejected and ${endpoint} does not serve it: nothing to roll back` };
      if (onRejected === 'ignore') return { action: 'none', why: `${v} is Rejected but still serves ${endpoint}; on-rejected is ignore, so it stays`, warn: true };
      return { action: 'rollback', why: `${v} is Rejected and serves ${endpoint}` };
    default:
      return { action: 'none', why: `${v} is ${pkg.ModelApprovalStatus ?? 'PendingManualApproval'} (no longer or not yet Approved): nothing to deploy` };
  }
}

const sameGroup = (a: string | undefined, b: string | undefined) => !!a && !!b && a.replace(/\/\d+$/, '') === b.replace(/\/\d+$/, '');

/** Who approved (or rejected) the version in SageMaker and when, from the version's own fields; plain text. */
export function approvedBy(pkg: DescribeModelPackageOutput): string {
  const by = pkg.LastModifiedBy;
  const who = by?.UserProfileName ?? by?.IamIdentity?.Arn ?? by?.IamIdentity?.PrincipalId;
  const when = pkg.LastModifiedTime?.toISOString();
  const note = pkg.ApprovalDescription ? `: “${pkg.ApprovalDescription.replace(/\s+/g, ' ').slice(0, 200)}”` : '';
  const status = pkg.ModelApprovalStatus ?? 'PendingManualApproval';
  const decided = status === 'Approved' || status === 'Rejected';
  return `${decided ? status : `${status}; last changed`} in SageMaker by ${who ? inert(who) : 'an identity SageMaker did not record'}${when ? ` at ${when}` : ''}${note}`;
}
