import type { Deployment } from '../deploy/types.js';
import { publicMessage } from '../errors.js';
import { code, escapeMarkdown, escapeWithLinks, link, table } from './markdown.js';
import { gateMarkdown, type GateReport } from '../metrics/report.js';

/** What one run did, as shown in the job summary and the pull-request comment. */
export interface Report {
  group: string;
  version?: number;
  arn?: string;
  consoleUrl?: string;
  created?: boolean;
  approval: string;
  image: string;
  digest?: string;
  registry?: string;
  registryKind?: string;
  skipModelValidation?: string;
  commit: string;
  refName: string;
  prNumber?: number;
  runUrl?: string;
  dryRun: boolean;
  /** ISO time (UTC). */
  time: string;
  error?: string;
  deployment?: Deployment;
  /** Title when there is no deployment (sub-actions: promotion, rollback). */
  title?: string;
  /** One line under the title, such as "Rolled back from v3 to v2". Untrusted parts are escaped. */
  headline?: string;
  /** The metrics gate's table (metrics-gate). */
  gate?: GateReport;
}

/** One line per version registered from the same PR, kept in the comment's hidden state. */
export interface HistoryEntry {
  version?: number;
  arn?: string;
  commit: string;
  image: string;
  digest?: string;
  approval: string;
  time: string;
  failed?: boolean;
}

const APPROVAL_LABEL: Record<string, string> = {
  Approved: '✅ Approved',
  Rejected: '⛔ Rejected',
  PendingManualApproval: '⏳ Pending manual approval'
};

/** A label for a word from AWS or from the comment's state: only the table's own keys, never Object.prototype's. */
function lookup(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function utc(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
}

export function toHistory(r: Report): HistoryEntry {
  const entry: HistoryEntry = { commit: r.commit, image: r.image, approval: r.approval, time: r.time };
  if (r.version !== undefined) entry.version = r.version;
  if (r.arn) entry.arn = r.arn;
  if (r.digest) entry.digest = r.digest;
  if (r.error) entry.failed = true;
  return entry;
}

/** What differs from the last version this PR registered. */
export function changesSince(previous: HistoryEntry | undefined, r: Report): string[] {
  if (!previous) return [];
  const out: string[] = [];
  if (previous.commit !== r.commit) out.push(`commit ${code(previous.commit.slice(0, 12))} → ${code(r.commit.slice(0, 12))}`);
  if (previous.image !== r.image) out.push(`image ${code(previous.image)} → ${code(r.image)}`);
  else if (previous.digest !== r.digest && r.digest) out.push(`digest ${code(previous.digest ?? 'unknown')} → ${code(r.digest)}`);
  if (previous.version !== undefined && r.version !== undefined && previous.version !== r.version) {
    out.push(`version ${previous.version} → ${r.version}`);
  }
  if (previous.approval !== r.approval) out.push(`approval ${escapeMarkdown(previous.approval)} → ${escapeMarkdown(r.approval)}`);
  return out;
}

const DEPLOY_LABEL: Record<string, string> = {
  planned: '📝 planned (dry run)',
  started: '🚀 started (not waited for)',
  'in-progress': '⏳ in progress',
  unchanged: '♻️ already live',
  succeeded: '✅ live',
  'rolled-back': '↩️ rolled back',
  failed: '❌ failed',
  'timed-out': '⌛ timed out (SageMaker continues the update)',
  cancelled: '🛑 cancelled (SageMaker continues the update)'
};

function title(r: Report): string {
  const d = r.deployment;
  if (d) return `### SageMaker deployment to ${code(d.endpointName)}: ${lookup(DEPLOY_LABEL, d.status) ?? escapeMarkdown(d.status)}`;
  if (r.title) return `### ${escapeMarkdown(r.title)}${r.error ? ': ❌ failed' : ''}`;
  const status = r.error ? '❌ failed' : r.dryRun ? '📝 dry run: nothing was written' : r.created === false ? '♻️ already registered' : '✅ registered';
  return `### SageMaker model registration: ${status}`;
}

function deploymentRows(d: Deployment): [string, string][] {
  const rows: [string, string][] = [['Endpoint', d.consoleUrl ? link(d.endpointName, d.consoleUrl) : code(d.endpointName)]];
  if (d.kind) rows.push(['Endpoint kind', escapeMarkdown(d.kind)]);
  rows.push(['Deployment', lookup(DEPLOY_LABEL, d.status) ?? escapeMarkdown(d.status)]);
  if (d.policy) rows.push(['Traffic policy', escapeMarkdown(d.policy.startsWith('rolling') ? d.policy : `blue/green, ${d.policy}`)]);
  if (d.autoscaling) rows.push(['Autoscaling', escapeMarkdown([d.autoscaling.action, d.autoscaling.range, d.autoscaling.instanceCount !== undefined ? `${d.autoscaling.instanceCount} instance(s) kept` : ''].filter(Boolean).join(', '))]);
  if (d.createdAlarms?.length) rows.push(['Alarms created', d.createdAlarms.map((a) => code(a)).join(', ')]);
  if (d.smoke) rows.push(['Smoke test', escapeMarkdown(`${d.smoke.passed ? '✅' : '❌'} ${d.smoke.requests} requests, ${d.smoke.errors} errors, p50 ${d.smoke.p50} ms, p90 ${d.smoke.p90} ms, p99 ${d.smoke.p99} ms`)]);
  if (d.followUpWarnings?.length) rows.push(['Follow-up', escapeMarkdown(`live, with ${d.followUpWarnings.length} follow-up warning(s) (see the job log)`)]);
  if (d.alarms?.length) rows.push(['Rollback alarms', d.alarms.map((a) => code(a)).join(', ')]);
  if (d.phase) rows.push(['Phase', escapeMarkdown(d.phase, 500)]);
  if (d.configName) rows.push(['Endpoint config', code(d.configName)]);
  if (d.previousConfig && d.previousConfig !== d.configName) rows.push(['Previous config (kept for rollback)', code(d.previousConfig)]);
  if (d.reason) rows.push(['Reason', escapeMarkdown(d.reason, 1000)]);
  return rows;
}

/**
 * The links this action wrote into the report's text: its console links, the run (any attempt of it) and the pull
 * request of the run. They are built from the runner's own variables, so they stay clickable; nothing else does.
 */
export function ownLinks(r: Report): (url: string) => boolean {
  const exact = new Set([r.consoleUrl, r.deployment?.consoleUrl, r.runUrl].filter((u): u is string => !!u));
  const run = r.runUrl ? /^(https:\/\/.+)\/actions\/runs\/\d+$/.exec(r.runUrl) : null;
  if (run && r.prNumber !== undefined) exact.add(`${run[1]}/pull/${r.prNumber}`);
  return (url) => exact.has(url) || (!!r.runUrl && url.startsWith(`${r.runUrl}/attempts/`) && /^\d{1,9}$/.test(url.slice(r.runUrl.length + 10)));
}

/**
 * The one way an error reaches a summary or a comment: AWS's own words and unexpected errors (their text and stack
 * trace) stay in the job log (masked by the runner), and the rest is made inert markdown (the action's own links,
 * such as the console link of an endpoint still updating, stay clickable when `own` names them).
 */
export function failedLine(error: string, own: (url: string) => boolean = () => false): string {
  return `**What failed:** ${escapeWithLinks(publicMessage(error), own, 2000)}`;
}

export function renderReport(r: Report, history: HistoryEntry[] = []): string {
  const lines = [title(r), ''];
  const own = ownLinks(r);
  if (r.headline) lines.push(escapeWithLinks(r.headline, own, 500), '');
  const rows: [string, string][] = [['Model package group', code(r.group)]];
  if (r.version !== undefined) {
    const label = `${r.version}${r.created === false ? ' (registered by an earlier run)' : ''}`;
    rows.push(['Version', r.consoleUrl ? link(label, r.consoleUrl) : escapeMarkdown(label)]);
  }
  if (r.arn) rows.push(['Version ARN', code(r.arn)]);
  rows.push(['Approval', lookup(APPROVAL_LABEL, r.approval) ?? escapeMarkdown(r.approval)]);
  rows.push(['Image', code(r.image)]);
  rows.push(['Image digest', r.digest ? code(r.digest) : '_not resolved (registered by tag)_']);
  if (r.registry) rows.push(['Registry', `${escapeMarkdown(r.registryKind ?? '')} (${code(r.registry)})`]);
  if (r.skipModelValidation) rows.push(['SkipModelValidation', code(r.skipModelValidation)]);
  rows.push(['Commit', `${code(r.commit.slice(0, 12))}${r.refName ? ` on ${code(r.refName)}` : ''}`]);
  rows.push(['Time', escapeMarkdown(utc(r.time))]);
  if (r.runUrl) rows.push(['Run', link('workflow run', r.runUrl)]);
  if (r.deployment) rows.push(...deploymentRows(r.deployment));
  lines.push(table(rows));
  if (r.gate) lines.push('', gateMarkdown(r.gate));
  if (r.error) lines.push('', failedLine(r.error, own));
  const previous = history.at(-1);
  const changes = changesSince(previous, r);
  if (changes.length) lines.push('', `**Changed since the last registration from this PR:** ${changes.join('; ')}`);
  const earlier = history.filter((h) => h.arn !== r.arn || h.commit !== r.commit);
  if (earlier.length) {
    lines.push('', `<details><summary>Earlier registrations from this PR (${earlier.length})</summary>`, '');
    lines.push('| Version | Commit | Image | Approval | Time (UTC) |', '|---|---|---|---|---|');
    for (const h of [...earlier].reverse()) {
      const version = h.failed ? 'failed' : String(h.version ?? '–');
      lines.push(`| ${escapeMarkdown(version)} | ${code(h.commit.slice(0, 12))} | ${code(h.image)} | ${escapeMarkdown(h.approval)} | ${escapeMarkdown(utc(h.time))} |`);
    }
    lines.push('', '</details>');
  }
  return lines.join('\n') + '\n';
}
