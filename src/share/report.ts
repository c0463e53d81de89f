/**
 * What share/ shows: the diff of each policy statement by statement (added / changed / unchanged) for the log, and the
 * job summary (the diffs, who can do what now, the ECR and KMS statements the deploying accounts need). Pure.
 * Statement names come from existing policies, someone else's text: cut and made inert (src/report/markdown.ts).
 */
import { code, escapeMarkdown } from '../report/markdown.js';
import type { Grant } from './inputs.js';
import type { Merged, StatementChange } from './merge.js';
import type { Level } from './statements.js';
import type { Statement } from './policy.js';

export interface PolicyResult {
  /** "group fraud-detector", "ECR repository fraud-model". */
  label: string;
  merged: Merged;
}

export interface ShareView {
  group: string;
  grant: Grant;
  accounts: string[];
  dryRun: boolean;
  policies: PolicyResult[];
  grants: { account: string; level: Level }[];
  /** Per repository given, the accounts its pull statement names now. */
  pulls: { repository: string; accounts: string[] }[];
  ecr: Statement;
  kms: Statement;
  kmsKeyArn?: string;
}

const MARK: Record<StatementChange['kind'], string> = { added: '+', changed: '~', unchanged: '=' };

function what(c: StatementChange): string {
  const parts = [
    c.accounts.length ? `accounts ${c.accounts.join(', ')}` : '',
    c.actions.length ? `actions ${c.actions.join(', ')}` : '',
    c.resources.length ? `on ${c.resources.join(', ')}` : ''
  ].filter(Boolean);
  return parts.join('; ');
}

export function counts(m: Merged): string {
  const n = (k: StatementChange['kind']) => m.changes.filter((c) => c.kind === k).length;
  return `${n('added')} added, ${n('changed')} changed, ${n('unchanged')} unchanged`;
}

/** The diff of one policy as log lines. */
export function diffLines(p: PolicyResult): string[] {
  const head = `The resource policy of ${p.label}: ${counts(p.merged)}${p.merged.changed ? '' : ' (nothing to write)'}`;
  return [
    head,
    ...p.merged.changes.map((c) => {
      const name = c.own ? c.name : `${JSON.stringify(c.name)} (not share/'s)`;
      const added = what(c);
      return `  ${MARK[c.kind]} ${name}${c.kind === 'unchanged' ? '' : `: ${c.kind === 'added' ? '' : 'adds '}${added}`}`;
    })
  ];
}

function diffTable(p: PolicyResult): string[] {
  const rows = p.merged.changes.map((c) => `| ${c.own ? code(c.name, 64) : `${escapeMarkdown(c.name, 64)} (not share/'s, kept)`} | ${c.kind} | ${c.kind === 'unchanged' ? '' : escapeMarkdown(what(c), 600)} |`);
  return [`#### ${escapeMarkdown(p.label)}: ${counts(p.merged)}`, '', '| Statement | Change | What this run adds |', '|---|---|---|', ...rows, ''];
}

const json = (st: Statement) => ['```json', JSON.stringify(st, null, 2), '```'];

export function shareSummary(v: ShareView): string {
  const written = v.policies.filter((p) => p.merged.changed).length;
  const status = v.dryRun ? `📝 Dry run: nothing was written (${written} ${written === 1 ? 'policy' : 'policies'} would change).` : written ? `✅ ${written} ${written === 1 ? 'policy' : 'policies'} written.` : '✅ Nothing changed: every policy already grants this.';
  const pullOf = (account: string) => v.pulls.filter((p) => p.accounts.includes(account)).map((p) => code(p.repository)).join(', ');
  const lines = [
    `### Share ${code(v.group)} with ${v.accounts.length} ${v.accounts.length === 1 ? 'account' : 'accounts'} (${v.grant})`,
    '',
    status,
    '',
    ...v.policies.flatMap(diffTable),
    `#### Who can do what now${v.dryRun ? ' (before this dry run)' : ''}`,
    '',
    ...(v.grants.length
      ? ['| Account | Group | ECR pull |', '|---|---|---|', ...v.grants.map((g) => `| ${g.account} | ${g.level} | ${pullOf(g.account)} |`)]
      : ["No account is granted by share/'s statements."]),
    '',
    `read: DescribeModelPackageGroup, DescribeModelPackage, ListModelPackages, CreateModel; promote: read and UpdateModelPackage (approval, stage).`,
    '',
    `#### ECR repository policy statement${v.pulls.length ? '' : ' (add it to the repositories of the images)'}`,
    '',
    ...json(v.ecr),
    '',
    `#### KMS key policy statement (add it to the key policy of ${v.kmsKeyArn ? code(v.kmsKeyArn) : 'the key that encrypts the model artifacts'}; share/ never writes it)`,
    '',
    ...json(v.kms),
    ''
  ];
  return `${lines.join('\n')}\n`;
}
