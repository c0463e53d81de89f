/**
 * What belongs to a run rather than to the registration (approval, run id and attempt, actor, event, ref, PR)
 * is applied with one UpdateModelPackage, and only when it changes something on the version as described.
 */
import type { ModelPackage, SageMakerClient, UpdateModelPackageCommandInput } from '@aws-sdk/client-sagemaker';
import { send } from '../aws/errors.js';
import { versionFromArn } from '../aws/arns.js';
import type { ApprovalStatus, RegistrationPlan } from './plan.js';
import type { Logger } from './lookup.js';
import { sagemakerSdk } from '../aws/sdk.js';

/**
 * The UpdateModelPackage request that brings `p` to this run's fields, or undefined when nothing would change.
 * A pending request never revokes an approval or a rejection, and `approval: auto` never overrides a rejection.
 */
export function runFieldsUpdate(plan: RegistrationPlan, p: ModelPackage): UpdateModelPackageCommandInput | undefined {
  const current = (p.ModelApprovalStatus ?? 'PendingManualApproval') as ApprovalStatus;
  const wanted = plan.approval;
  const approve = wanted !== 'PendingManualApproval' && wanted !== current && !(plan.autoApproval && current === 'Rejected');
  const recorded = p.CustomerMetadataProperties ?? {};
  const changed = Object.fromEntries(Object.entries(plan.runMetadata).filter(([k, v]) => recorded[k] !== v));
  if (!approve && !Object.keys(changed).length) return undefined;
  return {
    ModelPackageArn: p.ModelPackageArn!,
    ...(approve ? { ModelApprovalStatus: wanted, ApprovalDescription: plan.approvalDescription } : {}),
    // Keys merge on the service side: only the changed ones are sent.
    ...(Object.keys(changed).length ? { CustomerMetadataProperties: changed } : {})
  };
}

/** Applies the run's fields; returns the approval the version has afterwards. */
export async function applyRunFields(sm: SageMakerClient, plan: RegistrationPlan, p: ModelPackage, log: Logger): Promise<ApprovalStatus> {
  const current = (p.ModelApprovalStatus ?? 'PendingManualApproval') as ApprovalStatus;
  const update = runFieldsUpdate(plan, p);
  if (!update) return current;
  const version = p.ModelPackageVersion ?? versionFromArn(p.ModelPackageArn!);
  const parts = [
    ...(update.ModelApprovalStatus ? [`approval ${current} → ${update.ModelApprovalStatus}`] : []),
    ...(update.CustomerMetadataProperties ? [`run metadata (${Object.keys(update.CustomerMetadataProperties).join(', ')})`] : [])
  ];
  log.info(`Updating version ${version}: ${parts.join('; ')}`);
  const { UpdateModelPackageCommand } = await sagemakerSdk();
  await send('sagemaker:UpdateModelPackage', () => sm.send(new UpdateModelPackageCommand(update)));
  return (update.ModelApprovalStatus as ApprovalStatus | undefined) ?? current;
}
