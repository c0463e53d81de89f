/**
 * promote/ on `repository_dispatch` (sent by approval-events/ when a version is approved or rejected in SageMaker):
 * the version the dispatch names is described again as `<model-package-group>/<n>` in this account and Region (or as
 * version n of the group's ARN, for a group of another account), and
 * must be the very version the payload named; then the decision (dispatch-event.ts) is taken from its state now.
 * An Approved version is deployed with the top-level action's deploy path (no approval change); a Rejected version the
 * endpoint serves is rolled back with rollback/'s own path (on-rejected: rollback) to the newest older Approved
 * version that is proven to have served this endpoint; anything else is a no-op that says why.
 */
import type { DescribeEndpointOutput, DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { findEndpoint } from '../deploy/endpoint.js';
import { readConfig, servedVersions, type LiveConfig } from '../deploy/live.js';
import { versionParts } from '../deploy/rollback-target.js';
import { ActionError } from '../errors.js';
import type { DeployConfig } from '../inputs/deploy.js';
import type { GroupRef } from '../inputs/inputs.js';
import type { InputReader } from '../inputs/readers.js';
import * as core from '../log.js';
import { pinnedDigest } from '../register/proof.js';
import { checkDeployable, deployTo } from './deploy.js';
import { approvedBy, decide, dispatchedArn, inert, type DispatchConfig, type Serving } from './dispatch-event.js';
import { readEvent } from './event.js';
import { checkNamedVersion } from './prove.js';
import { versionRef } from './inputs.js';
import { versionReport } from './report.js';
import type { CommandState, Io } from './run.js';
import { describe, listVersions } from './versions.js';

/** What promote's config gives this path. */
export interface DispatchRun {
  group?: GroupRef;
  deploy?: DeployConfig;
  /** Inputs that name a version, which this event may not use. */
  named: string[];
  dispatch: DispatchConfig & { read: InputReader };
  attestation?: import('../inputs/attestation.js').AttestationConfig;
  gate?: import('../metrics/promote-gate.js').PromoteGate;
  /** registry-role-arn: the rollback's stage record is written with it (a deploy's comes with deploy). */
  registryRole?: string;
}

/** Older Approved versions looked at for a rollback target, newest first. */
const ROLLBACK_CANDIDATES = 20;

export async function executeDispatch<C>(s: CommandState<C>, c: DispatchRun, io: Io): Promise<void> {
  const ctx = s.ctx!;
  if (!c.deploy) throw new ActionError(`Refused: on repository_dispatch, endpoint-name is required (the endpoint an approved version goes to). Nothing was changed.`);
  const endpoint = c.deploy.endpointName;
  const region = await io.clients.region();
  const arn = dispatchedArn(ctx, readEvent(io.env), c.dispatch, region, c.named);
  const sm = await io.clients.sagemaker();
  const pkg = await ownVersion(sm, c.group!, arn);
  const live = await serving(sm, endpoint);
  const decision = decide(pkg, live.serving, endpoint, c.dispatch.onRejected);
  s.report = versionReport(pkg, ctx, { dryRun: s.common!.dryRun, region, title: 'SageMaker approval event' });
  Object.assign(s.outputs, { 'model-package-arn': arn, 'model-package-version': String(pkg.ModelPackageVersion ?? ''), 'approval-status': pkg.ModelApprovalStatus ?? '', 'previous-approval-status': pkg.ModelApprovalStatus ?? '' });
  const who = approvedBy(pkg);
  core.info(`Dispatch for version ${pkg.ModelPackageVersion}: ${who}. ${decision.why}.`);
  if (decision.action === 'none') {
    s.report.headline = `No deployment: ${decision.why}. ${who}.`;
    if (decision.warn) core.warning(`${decision.why}.`);
    return;
  }
  if (decision.action === 'deploy') {
    // An approval in SageMaker approves what the approver saw: a version whose containers no longer match what its
    // registration recorded (changed after registration, another repository) is refused, as promote/ refuses it.
    checkNamedVersion(pkg, { repository: ctx.repository, ...(ctx.repositoryUrl ? { repositoryUrl: ctx.repositoryUrl } : {}) }, (m) => core.warning(m));
    checkDeployable(s, c.deploy, pkg, ctx);
    if (c.attestation) {
      const { requireAttested } = await import('../register/attested.js');
      await requireAttested(c.attestation, { digest: pinnedDigest(pkg), commit: pkg.MetadataProperties?.CommitId ?? '', what: `version ${pkg.ModelPackageVersion}` }, ctx, s.common!.githubToken);
    }
    // An approval made in SageMaker passes the same metrics gate as one made in GitHub (override-gate aside).
    if (c.gate) await (await import('../metrics/promote-gate.js')).promoteGate(pkg, c.gate, { io, ...(c.group ? { group: c.group } : {}), actor: ctx.actor, report: s.report });
    s.report.headline = `${who}; deploying version ${pkg.ModelPackageVersion} to ${endpoint}.`;
    await deployTo(s, io, c.deploy, arn);
    return;
  }
  const target = await rollbackTarget(sm, c.group!, pkg, live);
  const { rollbackSpec } = await import('./rollback.js');
  const read = (name: string) => (name === 'to' ? '' : c.dispatch.read(name));
  await rollbackSpec.execute(s as never, { endpointName: endpoint, to: target.ModelPackageArn!, read, ...(c.registryRole ? { registryRole: c.registryRole } : {}) }, io);
  // The version outputs describe the version rolled back to (model-package-arn); from-model-package-arn the rejected one.
  const approval = target.ModelApprovalStatus ?? '';
  Object.assign(s.outputs, { 'model-package-version': String(target.ModelPackageVersion ?? ''), 'approval-status': approval, 'previous-approval-status': approval });
  s.report!.headline = `Version ${pkg.ModelPackageVersion} was ${who}; ${s.report!.headline ?? ''}`;
}

/** The configured group's own version `n` (this account and Region), which must be the version the payload named. */
async function ownVersion(sm: SageMakerClient, group: GroupRef, arn: string): Promise<DescribeModelPackageOutput> {
  const n = versionParts(arn)!.version;
  const outside = () => new ActionError(`Refused: the dispatch names ${inert(arn)}, which is not a version of ${group.arn ?? `${group.name} in this account and Region`} (model-package-group). Nothing was changed.`);
  const pkg = await describe(sm, versionRef(group, n)).catch((err: Error) => {
    core.info(`DescribeModelPackage ${versionRef(group, n)} failed: ${err.message}`);
    throw outside();
  });
  if (pkg.ModelPackageArn !== arn) throw outside();
  return pkg;
}

interface Live {
  serving: Serving;
  ep?: DescribeEndpointOutput;
  config?: LiveConfig;
}

/** The one version the endpoint's live config serves, as SageMaker reports it; nothing when the endpoint is new. */
async function serving(sm: SageMakerClient, endpoint: string): Promise<Live> {
  const ep = await findEndpoint(sm, endpoint);
  if (!ep?.EndpointConfigName) return { serving: {} };
  const config = await readConfig(sm, ep.EndpointConfigName);
  const versions = await servedVersions(sm, config);
  if (versions.length !== 1) return { serving: {}, ep, config };
  return { serving: { arn: versions[0]!, version: versionParts(versions[0]!)?.version }, ep, config };
}

/**
 * The newest older version that is Completed, Approved and proven to have served this endpoint (its deployment record
 * or an earlier endpoint config of this endpoint, as rollback/ proves a ledger hint): a rejection never puts a version
 * on the endpoint that has not served there. None: refused, naming rollback/ with `to` for an explicit choice.
 */
async function rollbackTarget(sm: SageMakerClient, group: GroupRef, rejected: DescribeModelPackageOutput, live: Live): Promise<DescribeModelPackageOutput> {
  const { provenServed } = await import('./rollback.js');
  const n = rejected.ModelPackageVersion ?? 0;
  const older = (await listVersions(sm, group, 100)).filter((v) => (v.ModelPackageVersion ?? 0) < n && v.ModelApprovalStatus === 'Approved' && v.ModelPackageStatus === 'Completed');
  const name = live.ep!.EndpointName ?? '';
  for (const summary of older.slice(0, ROLLBACK_CANDIDATES)) {
    const pkg = await describe(sm, summary.ModelPackageArn!);
    if (await provenServed(sm, name, live.ep!, live.config!, pkg)) return pkg;
    core.info(`Version ${pkg.ModelPackageVersion} is Approved but not proven to have served ${name}; looking further back.`);
  }
  throw new ActionError(
    `Version ${n} was rejected and still serves ${name}, but no older Approved version is proven to have served it (looked at ${Math.min(older.length, ROLLBACK_CANDIDATES)}). Roll back with rollback/ and to: <version>.`
  );
}
