/**
 * The policies of docs/multi-account.md against the code and the multi-account workflows (the page's whole workflow
 * examples and the callers of workflows/ whose role is in another account than the one-account layout's): every JSON
 * block parses; each job's role has a trust policy accepting its OIDC `sub` and a permission policy allowing every
 * operation its commands can call, with the stage's own resources in the stage's account and the group's in the
 * registry account; what a stage role may do to the group is also what the group policy share/ writes grants; the
 * registry role trusts the stage roles that name it and may make the registry writes; nothing a policy lists goes
 * unused. The registry account's pull-request role is the one of docs/iam.md in that account, as the page says.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applicableRows, lackingFor, list, operations, resourcesFor, rowsOfJob, type Statement } from '../helpers/iam-policies.js';
import { allAwsJobs, ONE_ACCOUNT, REPO, type AwsJob, type Command } from '../helpers/workflow-roles.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const PAGE = 'docs/multi-account.md';
const text = readFileSync(join(ROOT, PAGE), 'utf8');
const ACCOUNTS: Record<string, string> = { registry: '111122223333', staging: '222233334444', production: '333344445555' };
const REGISTRY = ACCOUNTS.registry!;
const STAGES = [ACCOUNTS.staging!, ACCOUNTS.production!];
const GROUP = `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package-group/fraud-detector`;
const VERSIONS = `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package/fraud-detector/*`;
/** The registry account's roles registry-role-arn names: production's may approve, staging's never. */
const REGISTRY_ROLES = ['sagemaker-registry-promoter', 'sagemaker-registry-stager'];
const registryRoleOf = (stage: string) => (stage === ACCOUNTS.production ? REGISTRY_ROLES[0]! : REGISTRY_ROLES[1]!);

interface Doc {
  Version: string;
  Statement: Statement[];
}

/** Every JSON block of the page, with the heading it sits under. */
const jsonBlocks = [...text.matchAll(/^(#+ [^\n]*)\n[^#]*?```json\n([\s\S]*?)```/gm)].map((m) => ({ heading: m[1]!, json: m[2]! }));
const parsed = (heading: RegExp): Doc => {
  const found = jsonBlocks.filter((b) => heading.test(b.heading));
  if (found.length !== 1) throw new Error(`${PAGE}: ${found.length} JSON blocks under a heading matching ${heading}`);
  return JSON.parse(found[0]!.json) as Doc;
};

/** "<title> (<account>): role `<name>`" blocks, by account ID and role name. */
function roleBlocks(title: string): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  for (const b of jsonBlocks) {
    const m = new RegExp(`^#+ ${title} \\((registry|staging|production)\\): role \`([\\w+=,.@-]+)\``).exec(b.heading);
    if (m) out.set(`${ACCOUNTS[m[1]!]}/${m[2]}`, (JSON.parse(b.json) as Doc).Statement);
  }
  return out;
}

/** docs/iam.md's block under `heading`, moved into another account (the page says: "the one of IAM with its ARNs in …"). */
function iamPage(heading: string, account: string): Statement[] {
  const iam = readFileSync(join(ROOT, 'docs/iam.md'), 'utf8');
  const m = new RegExp(`^## ${heading}[^\\n]*\\n[^#]*?\`\`\`json\\n([\\s\\S]*?)\`\`\``, 'm').exec(iam);
  return (JSON.parse(m![1]!.replaceAll(ONE_ACCOUNT, account)) as Doc).Statement;
}

const policies = roleBlocks('IAM permissions');
const trusts = roleBlocks('Trust policy');
// Without the staging statements, which the page drops (staging deploys run in the staging account).
const STAGING_SIDS = ['DeployToStaging', 'ListAndScaleStaging', 'ShadowTestsOfAnyEndpointStaging', 'PassTheStagingExecutionRole'];
policies.set(`${REGISTRY}/github-model-pr`, iamPage('IAM permissions \\(pr\\)', REGISTRY).filter((st) => !STAGING_SIDS.includes(st.Sid ?? '')));
trusts.set(`${REGISTRY}/github-model-pr`, iamPage('Trust policy \\(pr\\)', REGISTRY));
// The staging account's deploy role: the production one with the staging account and environment (as the page says).
const moved = (sts: Statement[] | undefined) =>
  JSON.parse(
    JSON.stringify(sts ?? []).replaceAll(ACCOUNTS.production!, ACCOUNTS.staging!).replaceAll('environment:production', 'environment:staging').replaceAll('fraud-prod', 'fraud-staging').replaceAll('sagemaker-registry-promoter', 'sagemaker-registry-stager')
  ) as Statement[];
policies.set(`${ACCOUNTS.staging}/github-model-deploy`, moved(policies.get(`${ACCOUNTS.production}/github-model-deploy`)));
trusts.set(`${ACCOUNTS.staging}/github-model-deploy`, moved(trusts.get(`${ACCOUNTS.production}/github-model-deploy`)));

const groupPolicy = parsed(/^### The group policy it writes$/);
const ecrPolicy = parsed(/^### The ECR repository policy$/);
const kmsPolicy = parsed(/^### The KMS key policy$/);
const ops = await operations(ROOT);
const rows = applicableRows(ops);
const jobs = allAwsJobs(ROOT).filter((j) => j.account !== ONE_ACCOUNT);
const key = (job: AwsJob) => `${job.account}/${job.role}`;
/** Commands a stage role runs beyond its callers': rollback and the approval dispatch (promote), status. */
const ALSO: Partial<Record<string, { commands: Command[]; inputs: string[] }>> = Object.fromEntries(
  STAGES.map((a) => [`${a}/github-model-deploy`, { commands: ['promote', 'rollback', 'deploy', 'status'], inputs: ['registry-role-arn'] }])
);
const arnAccount = (arn: string) => /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/.exec(arn)?.[1];
/** The resource types that belong to the registry account's group. */
const GROUP_TYPES = /:(model-package-group|model-package)\//;

describe(`${PAGE}: every policy`, () => {
  test('every JSON block parses as a policy document of IAM actions', () => {
    expect(jsonBlocks.length).toBeGreaterThanOrEqual(9);
    for (const b of jsonBlocks) {
      const doc = JSON.parse(b.json) as Doc;
      expect({ heading: b.heading, version: doc.Version }).toEqual({ heading: b.heading, version: '2012-10-17' });
      for (const st of doc.Statement) {
        expect(['Allow', 'Deny']).toContain(st.Effect);
        for (const action of list(st.Action)) expect(action).toMatch(/^(sagemaker|ecr|kms|sts|s3|iam|cloudwatch|application-autoscaling):[A-Za-z*]+$/);
      }
    }
  });

  test('each role has one trust policy and one permission policy', () => {
    expect([...trusts.keys()].sort()).toEqual([...policies.keys()].sort());
    expect([...policies.keys()].sort()).toEqual(
      [`${REGISTRY}/github-model-pr`, ...REGISTRY_ROLES.map((r) => `${REGISTRY}/${r}`), `${REGISTRY}/sagemaker-registry-share`, ...STAGES.map((a) => `${a}/github-model-deploy`)].sort()
    );
  });
});

describe('the multi-account workflows and their roles', () => {
  test('there are workflows to check: the page’s examples (one job per role that GitHub assumes) and the callers', () => {
    expect(jobs.filter((j) => j.where.startsWith('workflows/')).map((j) => key(j)).sort()).toEqual(
      [`${REGISTRY}/github-model-pr`, `${REGISTRY}/sagemaker-registry-share`, `${ACCOUNTS.production}/github-model-deploy`].sort()
    );
    expect(new Set(jobs.filter((j) => j.where.startsWith(PAGE)).map((j) => key(j)))).toEqual(new Set([...policies.keys()].filter((k) => !REGISTRY_ROLES.some((r) => k.endsWith(`/${r}`)))));
    expect(jobs.filter((j) => !policies.has(key(j))).map((j) => `${j.where}: ${key(j)}`)).toEqual([]);
  });

  test('each job’s OIDC sub (default subject template) is the one its role’s trust policy accepts', () => {
    const wrong = jobs.filter((job) => {
      const st = trusts.get(key(job))![0]!;
      const provider = `arn:aws:iam::${job.account}:oidc-provider/token.actions.githubusercontent.com`;
      return st.Principal?.Federated !== provider || st.Condition?.StringEquals?.['token.actions.githubusercontent.com:sub'] !== job.sub;
    });
    expect(wrong.map((j) => `${j.where}: ${key(j)} gets sub ${j.sub}`)).toEqual([]);
    const environments = jobs.map((j) => j.sub);
    expect(environments).toEqual(expect.arrayContaining([`repo:${REPO}:pull_request`, `repo:${REPO}:environment:production`, `repo:${REPO}:environment:registry`]));
  });

  test('each job’s role policy allows every operation that job can call', () => {
    const missing = jobs.flatMap((job) => lackingFor(rows, policies.get(key(job))!, job).map((op) => `${job.where} (${key(job)}, runs ${[...job.commands].join('+')}): ${op}`));
    expect(missing).toEqual([]);
  });

  test('a stage role also covers rollback, status and the approval dispatch with registry-role-arn', () => {
    for (const [role, also] of Object.entries(ALSO)) {
      expect({ role, missing: lackingFor(rows, policies.get(role)!, { commands: new Set(also!.commands), inputs: new Set(also!.inputs) }) }).toEqual({ role, missing: [] });
    }
  });

  test('a stage role’s resources: the group’s in the registry account, everything else in its own account', () => {
    for (const stage of STAGES) {
      const resources = policies.get(`${stage}/github-model-deploy`)!.flatMap((s) => list(s.Resource)).filter((r) => r !== '*');
      const wrong = resources.filter((r) => arnAccount(r) !== (GROUP_TYPES.test(r) || r.endsWith(`:role/${registryRoleOf(stage)}`) ? REGISTRY : stage));
      expect({ stage, wrong }).toEqual({ stage, wrong: [] });
      expect(resources).toEqual(expect.arrayContaining([GROUP, VERSIONS]));
    }
  });

  test('the registry account’s roles name only its own resources', () => {
    for (const role of ['github-model-pr', 'sagemaker-registry-share', ...REGISTRY_ROLES]) {
      const resources = policies.get(`${REGISTRY}/${role}`)!.flatMap((s) => list(s.Resource)).filter((r) => r !== '*');
      expect({ role, elsewhere: resources.filter((r) => arnAccount(r) !== REGISTRY) }).toEqual({ role, elsewhere: [] });
    }
  });

  test('a job that names the group by ARN names the registry account’s; registry-role-arn is its stage’s registry role, which trusts that job’s role alone', () => {
    const stageJobs = jobs.filter((j) => STAGES.includes(j.account));
    expect(new Set(stageJobs.map((j) => j.account))).toEqual(new Set(STAGES));
    for (const job of stageJobs) {
      const role = `arn:aws:iam::${REGISTRY}:role/${registryRoleOf(job.account)}`;
      expect({ where: job.where, role: job.values.get('registry-role-arn') }).toEqual({ where: job.where, role });
      expect(list(trusts.get(`${REGISTRY}/${registryRoleOf(job.account)}`)![0]!.Principal!.AWS!)).toEqual([`arn:aws:iam::${job.account}:role/${job.role}`]);
      expect(resourcesFor(policies.get(key(job))!, 'sts:AssumeRole')).toEqual([role]);
      const group = job.values.get('model-package-group');
      if (group?.startsWith('arn:')) expect(group).toBe(GROUP);
    }
  });

  test('the registry roles may write the stage; only production’s may approve', () => {
    for (const role of REGISTRY_ROLES) {
      const statements = policies.get(`${REGISTRY}/${role}`)!;
      expect({ role, actions: [...new Set(statements.flatMap((s) => list(s.Action)))] }).toEqual({ role, actions: ['sagemaker:UpdateModelPackage'] });
      expect(resourcesFor(statements, 'sagemaker:UpdateModelPackage')).toEqual([VERSIONS]);
    }
    const denies = (role: string) => policies.get(`${REGISTRY}/${role}`)!.filter((s) => s.Effect === 'Deny');
    expect(denies('sagemaker-registry-stager')).toEqual([expect.objectContaining({ Action: 'sagemaker:UpdateModelPackage', Resource: '*', Condition: { StringEquals: { 'sagemaker:ModelApprovalStatus': 'Approved' } } })]);
    expect(denies('sagemaker-registry-promoter')).toEqual([]);
  });

  test('no policy lists an action its role never calls', () => {
    for (const [role, statements] of policies) {
      if (REGISTRY_ROLES.some((r) => role === `${REGISTRY}/${r}`)) continue; // assumed by the action: checked above
      // docs/iam.md's own test checks that policy's actions (the secret and ECR ones are kept "only when you use them").
      if (role === `${REGISTRY}/github-model-pr`) continue;
      const mine = jobs.filter((j) => key(j) === role);
      const also = ALSO[role] ?? { commands: [], inputs: [] };
      const used = new Set([...mine, { commands: new Set(also.commands), inputs: new Set(also.inputs) }].flatMap((j) => rowsOfJob(rows, j).map(([op]) => op)));
      const listed = new Set(statements.filter((s) => s.Effect === 'Allow').flatMap((s) => list(s.Action)));
      expect({ role, unused: [...listed].filter((a) => !used.has(a)).sort() }).toEqual({ role, unused: [] });
    }
  });
});

describe('the resource policies share/ writes and prints', () => {
  const principals = (doc: Doc) => doc.Statement.map((s) => list(s.Principal!.AWS!).sort());
  const roots = STAGES.map((a) => `arn:aws:iam::${a}:root`).sort();

  test('they grant the stage accounts (their root), nothing wider, in statements whose Sid share/ owns', () => {
    for (const doc of [groupPolicy, ecrPolicy, kmsPolicy]) {
      expect(principals(doc)).toEqual(doc.Statement.map(() => roots));
      for (const st of doc.Statement) expect(st).toMatchObject({ Effect: 'Allow', Sid: expect.stringMatching(/^SageMakerPrivateRegistryShare/) });
    }
    expect(groupPolicy.Statement.flatMap((s) => list(s.Resource)).sort()).toEqual([GROUP, VERSIONS].sort());
  });

  test('the group policy grants exactly the operations the code calls on another account’s group, and a stage role asks for no more', () => {
    const granted = new Set(groupPolicy.Statement.flatMap((s) => list(s.Action)));
    for (const action of granted) expect(ops.has(action)).toBe(true);
    // What the stage roles may do to the group, besides the approval (promote) that the group policy gives on request.
    const asked = new Set([...policies].filter(([role]) => STAGES.some((a) => role.startsWith(`${a}/`))).flatMap(([, sts]) => sts.filter((s) => list(s.Resource).some((r) => GROUP_TYPES.test(r))).flatMap((s) => list(s.Action))));
    asked.delete('sagemaker:UpdateModelPackage');
    expect([...asked].filter((a) => !granted.has(a))).toEqual([]);
    // And each grant is of use: the stage roles may call it (ListModelPackages has no resource-level permission: "*").
    for (const stage of STAGES) {
      const statements = policies.get(`${stage}/github-model-deploy`)!;
      expect({ stage, unusable: [...granted].filter((a) => !resourcesFor(statements, a).some((r) => r === '*' || GROUP_TYPES.test(r))) }).toEqual({ stage, unusable: [] });
    }
    expect(text).toMatch(/with `actions: promote`, a third statement,\n`SageMakerPrivateRegistrySharePromote`, grants those accounts `sagemaker:UpdateModelPackage` on the versions/);
  });

  test('the ECR statement lets SageMaker pull the image (a repository policy names no resource); the KMS statement lets it decrypt the model data', () => {
    expect(ecrPolicy.Statement.flatMap((s) => list(s.Action))).toEqual(expect.arrayContaining(['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']));
    expect(ecrPolicy.Statement.every((s) => s.Resource === undefined)).toBe(true);
    expect(kmsPolicy.Statement.flatMap((s) => list(s.Action))).toEqual(expect.arrayContaining(['kms:Decrypt', 'kms:DescribeKey']));
  });
});
