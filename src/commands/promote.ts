/**
 * promote/: approve (or reject) a registered version, chosen by commit, version number or ARN, never by
 * registering again; optionally record a lifecycle stage and deploy it with the top-level action's deploy path.
 */
import type { DescribeModelPackageOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';

import { ActionError, InputError } from '../errors.js';
import { withPullRequestHead } from '../github/pull-request.js';
import * as C from '../inputs/constraints.js';
import type { DeployConfig } from '../inputs/deploy.js';
import type { GroupRef } from '../inputs/inputs.js';
import { oneOf, type InputReader } from '../inputs/readers.js';
import * as core from '../log.js';
import { failureReasons } from '../register/model-registry.js';
import { DEPLOY_OUTPUTS, deployTo, readDeploy } from './deploy.js';
import { approvalDescription, readEvent, requireWriteAccess } from './event.js';
import { readCommit, readGroupInput, readVersionArn, readVersionNumber, versionRef, type CommonConfig } from './inputs.js';
import { versionReport } from './report.js';
import { defaultDeps, runCommand, type CommandDeps, type CommandSpec, type CommandState, type Io } from './run.js';
import { findByCommit, describe } from './versions.js';
import { sagemakerSdk } from '../aws/sdk.js';

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
  deploy?: DeployConfig;
}

export const PROMOTE_OUTPUTS = ['model-package-arn', 'model-package-version', 'approval-status', 'previous-approval-status', ...DEPLOY_OUTPUTS, 'comment-url'] as const;

export function readPromote(read: InputReader, common: CommonConfig): PromoteConfig {
  const arn = readVersionArn(read, 'model-package-arn', common.region);
  const version = readVersionNumber(read, 'version');
  const commit = readCommit(read);
  const given = [arn && 'model-package-arn', version && 'version', commit && 'commit'].filter(Boolean);
  if (given.length > 1) throw new InputError(String(given[1]), read(String(given[1])), `cannot be combined with ${given[0]}: name the version one way`);
  const group = readGroupInput(read, common.region, !arn);
  const approval = oneOf(read, 'approval', ['approved', 'rejected'], 'approved') === 'approved' ? 'Approved' : 'Rejected';
  const config: PromoteConfig = { approval, ifMissing: oneOf(read, 'if-missing', ['fail', 'skip'], 'fail') };
  Object.assign(config, arn ? { arn } : {}, version ? { version } : {}, commit ? { commit } : {}, group ? { group } : {});
  const note = read('approval-note');
  if (note) {
    if (note.length > 500 || /[\r\n]/.test(note)) throw new InputError('approval-note', note, 'must be one line of at most 500 characters');
    config.note = note;
  }
  const stage = read('stage');
  if (stage && !C.ENTITY_NAME.test(stage)) throw new InputError('stage', stage, 'must be 1-63 letters, digits and hyphens (a ModelLifeCycle stage such as staging or production)');
  if (stage) config.stage = stage;
  const deploy = readDeploy(read, common);
  if (deploy) {
    if (approval === 'Rejected') throw new InputError('endpoint-name', deploy.endpointName, 'cannot be set with approval: rejected; a rejected version is not deployed');
    config.deploy = deploy;
  }
  return config;
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

async function select(sm: SageMakerClient, c: PromoteConfig, sha: string): Promise<DescribeModelPackageOutput | undefined> {
  if (c.arn) return describe(sm, c.arn);
  if (c.version) return describe(sm, versionRef(c.group!, c.version));
  const commit = c.commit ?? sha;
  if (!commit) throw new ActionError('No commit to promote: this event has no commit; set commit, version or model-package-arn.');
  return findByCommit(sm, c.group!, commit, core);
}

async function applyApproval(sm: SageMakerClient, pkg: DescribeModelPackageOutput, c: PromoteConfig, description: string): Promise<boolean> {
  const lifecycle = c.stage && !c.deploy ? { Stage: c.stage, StageStatus: c.approval, StageDescription: description } : undefined;
  if (pkg.ModelApprovalStatus === c.approval && !lifecycle) {
    core.info(`Version ${pkg.ModelPackageVersion} is already ${c.approval}; approval unchanged.`);
    return false;
  }
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
  return true;
}

async function execute(s: CommandState<PromoteConfig>, c: PromoteConfig, io: Io): Promise<void> {
  const payload = readEvent(io.env);
  // Before any AWS call or any other GitHub call: a /promote from someone without write access changes nothing.
  await requireWriteAccess(s.ctx!, payload, s.common!.githubToken);
  if (s.ctx!.eventName === 'issue_comment' && !c.commit && !c.arn && !c.version) s.ctx = await withPullRequestHead(s.ctx!, s.common!.githubToken, core);
  const ctx = s.ctx!;
  const sm = await io.clients.sagemaker();
  const pkg = await select(sm, c, ctx.sha);
  if (!pkg) {
    const what = `No version of ${c.group!.name} was registered for commit ${(c.commit ?? ctx.sha).slice(0, 12)}`;
    if (c.ifMissing === 'skip') return core.info(`${what}; if-missing is skip, so nothing was promoted.`);
    throw new ActionError(`${what}. Register it first (the pull-request workflow), or name the version with version or model-package-arn.`);
  }
  if (c.arn && c.group && pkg.ModelPackageGroupName !== c.group.name) {
    throw new ActionError(`model-package-arn ${c.arn} belongs to group ${pkg.ModelPackageGroupName}, not ${c.group.name}.`);
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
  const description = approvalDescription(ctx, payload, c.approval, c.note);
  if (s.common!.dryRun) {
    core.info(`Dry run: would set version ${pkg.ModelPackageVersion} to ${c.approval} (${description})${c.deploy ? ` and deploy it to ${c.deploy.endpointName}` : ''}.`);
  } else {
    await applyApproval(sm, pkg, c, description);
    s.outputs['approval-status'] = c.approval;
    s.report.approval = c.approval;
    s.report.headline = `Version ${pkg.ModelPackageVersion} ${pkg.ModelApprovalStatus === c.approval ? 'stays' : 'is now'} ${c.approval}: ${description}`;
  }
  if (c.deploy) await deployTo(s, io, c.deploy, pkg.ModelPackageArn!);
}

export const promoteSpec: CommandSpec<PromoteConfig> = {
  name: 'promote',
  title: 'SageMaker model promotion',
  outputs: PROMOTE_OUTPUTS,
  read: (read, common) => readPromote(read, common),
  execute
};

export function run(deps: CommandDeps = defaultDeps()): Promise<void> {
  return runCommand(promoteSpec, deps);
}
