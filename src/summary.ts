import { code, escapeMarkdown, link, table } from './markdown.js';
import type { RegistrationPlan } from './plan.js';
import type { RegisteredVersion } from './model-registry.js';
import type { ImageRef } from './image-ref.js';

export interface SummaryInput {
  plan: RegistrationPlan;
  image: ImageRef;
  result?: RegisteredVersion;
  consoleUrl?: string;
  dryRun: boolean;
  commit: string;
  error?: string;
}

const APPROVAL_LABEL: Record<string, string> = {
  Approved: '✅ Approved',
  Rejected: '⛔ Rejected',
  PendingManualApproval: '⏳ Pending manual approval'
};

/** The job summary: a short table of what was registered (or would be, in a dry run). */
export function renderSummary(s: SummaryInput): string {
  const title = s.dryRun ? '### SageMaker model registration (dry run: nothing was written)' : '### SageMaker model registration';
  const rows: [string, string][] = [['Model package group', code(s.plan.groupName)]];
  if (s.result) {
    const version = `${s.result.version}${s.result.created ? '' : ' (already registered by an earlier run)'}`;
    rows.push(['Version', s.consoleUrl ? link(version, s.consoleUrl) : escapeMarkdown(version)]);
    rows.push(['Version ARN', code(s.result.arn)]);
  }
  const approval = s.result?.approval ?? s.plan.approval;
  rows.push(['Approval', APPROVAL_LABEL[approval] ?? escapeMarkdown(approval)]);
  rows.push(['Image', code(s.plan.image)]);
  rows.push(['Image digest', s.plan.imageDigest ? code(s.plan.imageDigest) : '_not resolved (registered by tag)_']);
  rows.push(['Registry', `${escapeMarkdown(s.image.kind)} (${code(s.image.registry)})`]);
  rows.push(['SkipModelValidation', code(s.plan.createPackage.SkipModelValidation)]);
  if (s.commit) rows.push(['Commit', code(s.commit.slice(0, 12))]);
  const parts = [title, '', table(rows)];
  if (s.error) parts.push('', `**Failed:** ${escapeMarkdown(s.error, 1000)}`);
  return parts.join('\n') + '\n';
}
