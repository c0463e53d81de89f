/**
 * promote/: approve (or reject) a registered version, chosen by commit, version number or ARN, never by
 * registering again; optionally record a lifecycle stage and deploy it with the top-level action's deploy path.
 */
import type { DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';

import { ActionError, InputError } from '../errors.js';
import { authorisePromotion } from '../github/promotion.js';
import * as C from '../inputs/constraints.js';
import type { DeployConfig } from '../inputs/deploy.js';
import type { GroupRef } from '../inputs/inputs.js';
import { oneOf, type InputReader } from '../inputs/readers.js';
import * as core from '../log.js';
import { failureReasons } from '../register/model-registry.js';
import { checkDeployable, checkNoExperiment, DEPLOY_OUTPUTS, deployTo, readDeploy } from './deploy.js';
import { approvalDescription, readEvent } from './event.js';
import { readCommit, readGroupInput, readVersionArn, readVersionNumber, versionRef, type CommonConfig } from './inputs.js';
import { versionReport } from './report.js';
import { defaultDeps, runCommand, type CommandDeps, type CommandSpec, type CommandState, type Io } from './run.js';
import { claimsOfCommit, describe } from './versions.js';
import { checkNamedVersion, proveCommitVersion } from './prove.js';
import { readAttestation, type AttestationConfig } from '../inputs/attestation.js';
import { pinnedDigest } from '../register/proof.js';
import { requireAttested } from '../register/attested.js';
import type { RunContext } from '../github/context.js';
import { sagemakerSdk } from '../aws/sdk.js';
import { DISPATCH_EVENT, readDispatch, type DispatchConfig } from './dispatch-event.js';
import { executeDispatch } from './dispatch.js';
import { promoteGate, readPromoteGate, type PromoteGate } from '../metrics/promote-gate.js';
import { readRoleFor } from '../inputs/registry-role.js';

type Target = 'Approved' | 'Rejected';

export interface PromoteConfig {
  commit?: string;
  version?: number;
  arn?: string;
  group?: GroupRef;
  approval: Target;
  note?: string;
  stage?: string;
  ifMissing: 'fail' | 'skip';
  /** Base branches whose pull requests may promote; empty: the default branch. */
  branches: string[];
  attestation?: AttestationConfig;
  deploy?: DeployConfig;
  /** On repository_dispatch (approval-events/): the event type and what a rejection does (dispatch.ts). */
  dispatch?: DispatchConfig & { read: InputReader };
  /** metrics-gate (src/metrics/promote-gate.ts): recomputed from the registry before approving. */
  gate?: PromoteGate;
  /** registry-role-arn: approval and stage are written with this role of the group's account (aws/registry-role.ts). */
  registryRole?: string;
}

export const PROMOTE_OUTPUTS = ['model-package-arn', 'model-package-version', 'approval-status', 'previous-approval-status', 'from-model-package-arn', ...DEPLOY_OUTPUTS, 'comment-url'] as const;

export function readPromote(read: InputReader, common: CommonConfig, env: NodeJS.ProcessEnv = {}): PromoteConfig {
  const arn = readVersionArn(read, 'model-package-arn', common.region);
  const version = readVersionNumber(read, 'version');
  const commit = readCommit(read);
  const given = [arn && 'model-package-arn', version && 'version', commit && 'commit'].filter(Boolean);
  if (given.length > 1) throw new InputError(String(given[1]), read(String(given[1])), `cannot be combined with ${given[0]}: name the version one way`);
  const group = readGroupInput(read, common.region, !arn);
  const approval = oneOf(read, 'approval', ['approved', 'rejected'], 'approved') === 'approved' ? 'Approved' : 'Rejected';
  const config: PromoteConfig = { approval, ifMissing: oneOf(read, 'if-missing', ['fail', 'skip'], 'fail'), branches: readBranches(read) };
  const dispatch = readDispatch(read);
  if (env.GITHUB_EVENT_NAME === DISPATCH_EVENT) config.dispatch = { ...dispatch, read };
  Object.assign(config, arn ? { arn } : {}, version ? { version } : {}, commit ? { commit } : {}, group ? { group } : {});
  const note = read('approval-note');
  if (note) {
    if (note.length > 500 || /[\r\n]/.test(note)) throw new InputError('approval-note', note, 'must be one line of at most 500 characters');
    config.note = note;
  }
  const attestation = readAttestation(read, env);
  if (attestation) config.attestation = attestation;
  const gate = readPromoteGate(read);
  if (gate) config.gate = gate;
  const stage = read('stage');
  if (stage && !C.ENTITY_NAME.test(stage)) throw new InputError('stage', stage, 'must be 1-63 letters, digits and hyphens (a ModelLifeCycle stage such as staging or production)');
  if (stage) config.stage = stage;
  const registryRole = readRoleFor(read, { ...(arn ? { modelPackageArn: arn } : {}), ...(group ? { group } : {}) });
  if (registryRole) config.registryRole = registryRole;
  const deploy = readDeploy(read, common);
  if (deploy) {
    if (approval === 'Rejected') throw new InputError('endpoint-name', deploy.endpointName, 'cannot be set with approval: rejected; a rejected version is not deployed');
    config.deploy = registryRole ? { ...deploy, registryRoleArn: registryRole } : deploy;
  }
  return config;
}

function readBranches(read: InputReader): string[] {
  const value = read('promote-branches');
  const list = value.split(/[\s,]+/).filter(Boolean);
  for (const b of list) if (!/^[\w./-]{1,255}$/.test(b) || b.includes('..')) throw new InputError('promote-branches', value, 'must list branch names separated by commas');
  return list;
}

/** A version that may not be approved: Failed or deleted, or Rejected earlier (its reason is the ApprovalDescription). */
export function refusal(pkg: DescribeModelPackageOutput, wanted: Target): string | undefined {
  const name = `Version ${pkg.ModelPackageVersion ?? '?'} (${pkg.ModelPackageArn})`;
  if (pkg.ModelPackageStatus === 'Failed') return `${name} failed to register (${failureReasons(pkg)}); it cannot be promoted. Register the image again.`;
  if (pkg.ModelPackageStatus === 'Deleting') return `${name} is being deleted; it cannot be promoted.`;
  if (pkg.ModelPackageStatus !== 'Completed') return `${name} is ${pkg.ModelPackageStatus}; only Completed versions can be promoted. Re-run when registration ends.`;
  if (wanted === 'Approved' && pkg.ModelApprovalStatus === 'Rejected') {
    return `${name} was rejected (${(pkg.ApprovalDescription || 'no reason recorded').slice(0, 300)}); a rejected version is not promoted. Register a fixed image.`;
  }
  return undefined;
}

/** The version to promote: named (checked against its record), or the one version that proves it is the commit's. */
async function select(sm: SageMakerClient, c: PromoteConfig, ctx: RunContext, now: number): Promise<DescribeModelPackageOutput | undefined> {
  const claim = { repository: ctx.repository, ...(ctx.repositoryUrl ? { repositoryUrl: ctx.repositoryUrl } : {}) };
  if (c.arn || c.version) {
    const pkg = await describe(sm, c.arn ?? versionRef(c.group!, c.version!));
    checkNamedVersion(pkg, claim, (m) => core.warning(m));
    return pkg;
  }
  const commit = c.commit ?? ctx.sha;
  if (!commit) throw new ActionError('No commit to promote: this event has no commit; set commit, version or model-package-arn.');
  const found = await claimsOfCommit(sm, c.group!, commit, { log: core, now });
  core.info(`Versions claiming commit ${commit.slice(0, 12)}: ${found.versions.length} (seen through ${found.path})`);
  return proveCommitVersion(found.versions, { ...claim, commit }, found.path);
}

/** No version claims the commit: say so, or that the group itself does not exist (a misspelt name, another Region). */
async function nothingToPromote(sm: SageMakerClient, c: PromoteConfig, commit: string, io: Io): Promise<void> {
  const group = c.group!.name;
  const missing = (await groupMissing(sm, c.group!)) ? `Model package group ${group} does not exist in ${await io.clients.region()}` : undefined;
  const what = missing ?? `No version of ${group} was registered for commit ${commit}`;
  if (c.ifMissing === 'skip') return core.info(`${what}; if-missing is skip, so nothing was promoted.`);
  if (missing) throw new ActionError(`${missing}: check model-package-group and aws-region (the group is created by the first registration).`);
  throw new ActionError(`${what}. Register it first (the pull-request workflow), or name the version with version or model-package-arn.`);
}

/**
 * True when SageMaker says the group does not exist (DescribeModelPackageGroup answers ValidationException for a
 * missing group); false when it exists or cannot be told (the call denied or failing): then the plain message stands.
 */
async function groupMissing(sm: SageMakerClient, group: GroupRef): Promise<boolean> {
  const cmd = await sagemakerSdk();
  try {
    await sm.send(new cmd.DescribeModelPackageGroupCommand({ ModelPackageGroupName: group.arn ?? group.name }));
    return false;
  } catch (err) {
    const e = err as { name?: string; message?: string };
    return e.name === 'ValidationException' && /does not exist/i.test(e.message ?? '');
  }
}

/** On events bound to a pull request, the version must be that pull request's commit's version. */
function checkEventCommit(pkg: DescribeModelPackageOutput, commit: string | undefined): void {
  const recorded = pkg.MetadataProperties?.CommitId ?? '';
  if (commit && recorded !== commit) {
    throw new ActionError(`Refused: version ${pkg.ModelPackageVersion} was registered for commit ${recorded.slice(0, 12) || 'unknown'}, but this event promotes ${commit.slice(0, 12)}. Nothing was changed.`);
  }
}

async function applyApproval(sm: SageMakerClient, pkg: DescribeModelPackageOutput, c: PromoteConfig, description: string): Promise<void> {
  const lifecycle = c.stage && !c.deploy ? { Stage: c.stage, StageStatus: c.approval, StageDescription: description } : undefined;
  if (pkg.ModelApprovalStatus === c.approval && !lifecycle) return core.info(`Version ${pkg.ModelPackageVersion} is already ${c.approval}; approval unchanged.`);
  const cmd = await sagemakerSdk();
  core.info(`Setting version ${pkg.ModelPackageVersion} to ${c.approval}: ${description}`);
  await send('sagemaker:UpdateModelPackage', () =>
    sm.send(
      new cmd.UpdateModelPackageCommand({
        ModelPackageArn: pkg.ModelPackageArn!,
        ...(pkg.ModelApprovalStatus !== c.approval ? { ModelApprovalStatus: c.approval, ApprovalDescription: description } : {}),
        ...(lifecycle ? { ModelLifeCycle: lifecycle } : {})
      })
    )
  );
}

async function execute(s: CommandState<PromoteConfig>, c: PromoteConfig, io: Io): Promise<void> {
  if (s.ctx!.eventName === DISPATCH_EVENT) return executeDispatch(s, { ...c, dispatch: c.dispatch!, named: [c.arn && 'model-package-arn', c.version && 'version', c.commit && 'commit', c.approval === 'Rejected' && 'approval'].filter((x): x is string => !!x) }, io);
  const payload = readEvent(io.env);
  // Before any AWS call: who acted, with which permission, on which commit, into which branch.
  const event = await authorisePromotion(s.ctx!, payload, { token: s.common!.githubToken, branches: c.branches, ...(c.commit ? { commit: c.commit } : {}) });
  if (event.commit) s.ctx = { ...s.ctx!, sha: event.commit };
  const ctx = s.ctx!;
  const sm = await io.clients.sagemaker();
  const pkg = await select(sm, event.commit && !c.arn && !c.version ? { ...c, commit: event.commit } : c, ctx, io.clock.now());
  if (!pkg) return nothingToPromote(sm, c, (c.commit ?? ctx.sha).slice(0, 12), io);
  if (c.arn && c.group && pkg.ModelPackageGroupName !== c.group.name) {
    throw new ActionError(`model-package-arn ${c.arn} belongs to group ${pkg.ModelPackageGroupName}, not ${c.group.name}.`);
  }
  checkEventCommit(pkg, event.commit);
  if (c.attestation && c.approval === 'Approved') {
    const image = { digest: pinnedDigest(pkg), commit: pkg.MetadataProperties?.CommitId ?? '', what: `version ${pkg.ModelPackageVersion}` };
    await requireAttested(c.attestation, image, ctx, s.common!.githubToken);
  }
  const region = await io.clients.region();
  s.report = versionReport(pkg, ctx, { dryRun: s.common!.dryRun, region, title: c.approval === 'Approved' ? 'SageMaker model promotion' : 'SageMaker model rejection' });
  Object.assign(s.outputs, {
    'model-package-arn': pkg.ModelPackageArn ?? '',
    'model-package-version': String(pkg.ModelPackageVersion ?? ''),
    'previous-approval-status': pkg.ModelApprovalStatus ?? '',
    'approval-status': pkg.ModelApprovalStatus ?? ''
  });
  const refused = refusal(pkg, c.approval);
  if (refused) throw new ActionError(refused);
  // Every deploy input is checked against the version as approved before the approval is written.
  if (c.deploy) checkDeployable(s, c.deploy, { ...pkg, ModelApprovalStatus: c.approval }, ctx);
  // A deploy would be refused while a shadow test runs on the endpoint: refused before the approval is written.
  if (c.deploy && c.approval === 'Approved') await checkNoExperiment(s, sm, c.deploy);
  const gated = c.gate && c.approval === 'Approved' ? await promoteGate(pkg, c.gate, { io, ...(c.group ? { group: c.group } : {}), actor: ctx.actor, report: s.report }) : undefined;
  const description = approvalDescription(ctx, payload, c.approval, [c.note, gated?.note].filter(Boolean).join(' ') || undefined);
  if (s.common!.dryRun) {
    core.info(`Dry run: would set version ${pkg.ModelPackageVersion} to ${c.approval} (${description})${c.deploy ? ` and deploy it to ${c.deploy.endpointName}` : ''}.`);
  } else {
    await event.recheck();
    // The approval is written in the group's account: directly, or with registry-role-arn through that role.
    await applyApproval(await io.clients.registry(c.registryRole), pkg, c, description);
    s.outputs['approval-status'] = c.approval;
    s.report.approval = c.approval;
    s.report.headline = `Version ${pkg.ModelPackageVersion} ${pkg.ModelApprovalStatus === c.approval ? 'stays' : 'is now'} ${c.approval}: ${description}`;
  }
  // A dry run wrote no approval: its deploy is checked against the approval it would have written.
  if (c.deploy) await deployTo(s, io, c.deploy, pkg.ModelPackageArn!, s.common!.dryRun ? { dryRunApproval: c.approval } : {});
}

export const promoteSpec: CommandSpec<PromoteConfig> = {
  name: 'promote',
  title: 'SageMaker model promotion',
  outputs: PROMOTE_OUTPUTS,
  read: (read, common, env) => readPromote(read, common, env),
  execute
};

export function run(deps: CommandDeps = defaultDeps()): Promise<void> {
  return runCommand(promoteSpec, deps);
}
