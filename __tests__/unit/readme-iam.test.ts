/**
 * The IAM policies of docs/iam.md against the code and the workflows: every AWS operation src/ can call (each SDK
 * `*Command` it names) has a row below saying which commands call it; every workflow of this repository and every
 * whole workflow example in the docs assumes one of the two roles, from a job whose OIDC `sub` that role's trust
 * policy accepts, and that role's policy allows every operation the commands the workflow runs can call, with the
 * resource scope IAM needs (`"Resource": "*"` for actions without resource-level permissions). Nothing a policy lists
 * may go unused. The operations are derived from the source, so a new command fails this test until its row below
 * and docs/iam.md say where it goes.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applicableRows, lackingFor, list, operations, TABLE, type Statement } from '../helpers/iam-policies.js';
import { allAwsJobs, ONE_ACCOUNT, REPO, type AwsJob, type Command } from '../helpers/workflow-roles.js';

const ROOT = new URL('../../', import.meta.url).pathname;

type Role = 'pr' | 'deploy';
/** The role names every page and workflow uses, and the policy of docs/iam.md each one gets. */
const ROLES: Record<string, Role> = { 'github-model-pr': 'pr', 'github-model-deploy': 'deploy' };
/** Commands a role runs beyond those its workflows show: the deploy role also runs status, prune and shadow. */
const ALSO: Record<Role, Command[]> = { pr: [], deploy: ['status', 'prune', 'shadow'] };
const IAM_PAGE = 'docs/iam.md';

/** Each JSON block of docs/iam.md under a "<title> (pr|deploy)" heading, as statements. */
function blocks(title: string): Record<Role, Statement[]> {
  const text = readFileSync(join(ROOT, IAM_PAGE), 'utf8');
  const out: Record<Role, Statement[]> = { pr: [], deploy: [] };
  for (const m of text.matchAll(new RegExp(`^#+ ${title} \\((pr|deploy)\\)[^\\n]*\\n[^#]*?\`\`\`json\\n([\\s\\S]*?)\`\`\``, 'gm'))) {
    const doc = JSON.parse(m[2]!) as { Statement: Statement[] };
    out[m[1] as Role].push(...doc.Statement);
  }
  return out;
}


const policies = blocks('IAM permissions');
const trust = blocks('Trust policy');
const ops = await operations(ROOT);
/** The jobs of the one-account layout (docs/multi-account.md and its callers: multi-account-iam.test.ts). */
const everyJob = allAwsJobs(ROOT);
const jobs = everyJob.filter((j) => j.account === ONE_ACCOUNT);
const rows = applicableRows(ops);
const lacking = (statements: Statement[], job: Pick<AwsJob, 'commands' | 'inputs'>) => lackingFor(rows, statements, job);

describe('IAM policies (docs/iam.md)', () => {
  test('docs/iam.md has a permission policy and a trust policy for each role, all valid JSON', () => {
    for (const role of ['pr', 'deploy'] as Role[]) {
      expect(policies[role].length).toBeGreaterThan(0);
      expect(trust[role]).toHaveLength(1);
    }
  });

  test('every operation the code can call has a row in the table of this test', () => {
    expect([...ops].filter((op) => !(op in TABLE)).sort()).toEqual([]);
  });

  test('there are workflows to check: the four callers, the README’s three paths, one role each', () => {
    expect(jobs.filter((j) => j.where.startsWith('workflows/')).length).toBeGreaterThanOrEqual(4);
    expect(jobs.filter((j) => j.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(3);
    expect(jobs.filter((j) => !(j.role in ROLES)).map((j) => `${j.where}: ${j.role}`)).toEqual([]);
    expect(new Set(jobs.map((j) => ROLES[j.role]))).toEqual(new Set(['pr', 'deploy']));
  });

  test('each workflow’s role policy allows every operation that workflow can call', () => {
    const missing = jobs.flatMap((job) => lacking(policies[ROLES[job.role]!], job).map((op) => `${job.where} (${job.role}, runs ${[...job.commands].join('+')}): ${op}`));
    expect(missing).toEqual([]);
  });

  test('the deploy role also covers status and prune', () => {
    expect(lacking(policies.deploy, { commands: new Set(ALSO.deploy), inputs: new Set() })).toEqual([]);
  });

  test('the check can fail: the pull-request policy does not cover promote or prune, nor a staging deploy with alarms', () => {
    expect(lacking(policies.pr, { commands: new Set<Command>(['promote', 'prune']), inputs: new Set() })).toEqual(
      expect.arrayContaining(['sagemaker:DeleteModelPackage', 'sagemaker:ListEndpoints'])
    );
    expect(lacking(policies.pr, { commands: new Set<Command>(['deploy']), inputs: new Set(['create-alarms']) })).toEqual(['cloudwatch:PutMetricAlarm']);
    expect(lacking([], { commands: new Set<Command>(['register']), inputs: new Set() })).toContain('sagemaker:CreateModelPackage');
  });

  test('each job’s OIDC sub (default subject template) is the one its role’s trust policy accepts', () => {
    const wrong = jobs.filter((job) => {
      const st = trust[ROLES[job.role]!][0]!;
      return st.Condition?.StringEquals?.['token.actions.githubusercontent.com:sub'] !== job.sub;
    });
    expect(wrong.map((j) => `${j.where}: ${j.role} gets sub ${j.sub}`)).toEqual([]);
  });

  test('trust policies: GitHub’s OIDC provider, the STS audience, an exact sub per role', () => {
    const subs: Record<Role, string> = { pr: `repo:${REPO}:pull_request`, deploy: `repo:${REPO}:environment:production` };
    for (const role of ['pr', 'deploy'] as Role[]) {
      const st = trust[role][0]!;
      expect(st).toMatchObject({ Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity' });
      expect(st.Principal?.Federated).toMatch(/:oidc-provider\/token\.actions\.githubusercontent\.com$/);
      expect(st.Condition).toEqual({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': subs[role] } });
    }
  });

  test('the pull-request policy denies approving any version (PullRequestsNeverApprove)', () => {
    const deny = policies.pr.find((st) => st.Effect === 'Deny');
    expect(deny).toMatchObject({ Sid: 'PullRequestsNeverApprove', Action: 'sagemaker:UpdateModelPackage', Resource: '*', Condition: { StringEquals: { 'sagemaker:ModelApprovalStatus': 'Approved' } } });
  });

  test('no policy lists an action its role never calls', () => {
    for (const role of ['pr', 'deploy'] as Role[]) {
      const runs = new Set<Command>([...jobs.filter((j) => ROLES[j.role] === role).flatMap((j) => [...j.commands]), ...ALSO[role]]);
      const listed = new Set(policies[role].flatMap((s) => list(s.Action)));
      const used = new Set(rows.filter(([, [commands]]) => commands.some((c) => runs.has(c))).map(([op]) => op));
      expect({ role, unused: [...listed].filter((a) => !used.has(a)).sort() }).toEqual({ role, unused: [] });
    }
  });
});

describe('one set of role names, one subject claim', () => {
  const files = [
    'README.md',
    ...['docs', 'workflows', '.github/workflows'].flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.(md|ya?ml)$/.test(f)).map((f) => `${d}/${f}`))
  ];
  const text = (f: string) => readFileSync(join(ROOT, f), 'utf8');

  test('every role named github-… in the README, docs and workflows is github-model-pr or github-model-deploy', () => {
    const names = files.flatMap((f) => [...text(f).matchAll(/\bgithub-[a-z]+(?:-[a-z]+)*\b/g)].map((m) => `${f}: ${m[0]}`));
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => /github-model-/.test(n) && !/: github-model-(pr|deploy)$/.test(n))).toEqual([]);
  });

  test('each reusable workflow names the role it expects, and the roles of the callers agree', () => {
    const expected: Record<string, string> = { 'model-pull-request.yml': 'github-model-pr', 'model-promote.yml': 'github-model-deploy', 'model-release.yml': 'github-model-deploy', 'model-rollback.yml': 'github-model-deploy', 'model-share.yml': 'sagemaker-registry-share' };
    for (const [file, role] of Object.entries(expected)) {
      expect(text(`.github/workflows/${file}`)).toMatch(new RegExp(`role-to-assume:\\n\\s+description: [^\\n]*\\b${role}\\b`));
      const callers = everyJob.filter((j) => j.where.includes(`.github/workflows/${file}`));
      expect(callers.length).toBeGreaterThan(0);
      expect(callers.map((j) => j.role)).toEqual(callers.map(() => role));
    }
  });

  test('nothing tells users to change the repository’s OIDC subject claim template', () => {
    expect(files.filter((f) => /oidc\/customization\/sub|include_claim_keys/.test(text(f)))).toEqual([]);
  });
});

describe("share/'s policy (docs/iam.md, Sharing a group)", () => {
  const text = readFileSync(join(ROOT, IAM_PAGE), 'utf8');
  const section = /^## Sharing a group: `share`\n([\s\S]*?)(?=^## )/m.exec(text)?.[1] ?? '';
  const block = /```json\n([\s\S]*?)```/.exec(section);
  const statements = block ? (JSON.parse(block[1]!) as { Statement: Statement[] }).Statement : [];

  test('allows every operation share/ calls, with ecr-repositories too, scoped as IAM needs', () => {
    expect(statements.length).toBeGreaterThan(0);
    expect(lacking(statements, { commands: new Set<Command>(['share']), inputs: new Set(['ecr-repositories']) })).toEqual([]);
  });

  test('lists nothing share/ never calls', () => {
    const used = new Set(rows.filter(([, [commands]]) => commands.includes('share')).map(([op]) => op));
    expect(statements.flatMap((s) => list(s.Action)).filter((a) => !used.has(a))).toEqual([]);
  });
});
