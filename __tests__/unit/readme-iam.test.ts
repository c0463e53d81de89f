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
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allAwsJobs, REPO, type AwsJob, type Command } from '../helpers/workflow-roles.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** IAM prefix of each SDK client package (InvokeEndpoint of sagemaker-runtime is sagemaker:InvokeEndpoint). */
const CLIENTS: [string, string][] = [
  ['@aws-sdk/client-sagemaker', 'sagemaker'],
  ['@aws-sdk/client-sagemaker-runtime', 'sagemaker'],
  ['@aws-sdk/client-ecr', 'ecr'],
  ['@aws-sdk/client-secrets-manager', 'secretsmanager'],
  ['@aws-sdk/client-application-auto-scaling', 'application-autoscaling'],
  ['@aws-sdk/client-cloudwatch', 'cloudwatch'],
  ['@aws-sdk/client-s3', 's3'],
  ['@aws-sdk/client-eventbridge', 'events']
];

type Role = 'pr' | 'deploy';
/** The role names every page and workflow uses, and the policy of docs/iam.md each one gets. */
const ROLES: Record<string, Role> = { 'github-model-pr': 'pr', 'github-model-deploy': 'deploy' };
/** Commands a role runs beyond those its workflows show: the deploy role also runs status, prune and shadow. */
const ALSO: Record<Role, Command[]> = { pr: [], deploy: ['status', 'prune', 'shadow'] };
/** '*': the action has no resource-level permissions; otherwise the ARN resource type it is scoped to. */
type Scope = '*' | 's3' | 'model-package-group' | 'model-package' | 'model' | 'endpoint-config' | 'endpoint' | 'secret' | 'repository' | 'alarm' | 'context' | 'artifact' | 'inference-component' | 'role' | 'rule' | 'connection' | 'api-destination' | 'inference-experiment';

/** Which commands can call each operation, its resource types, and the input without which it is never called. */
const TABLE: Record<string, [Command[], Scope[], (string | string[])?]> = {
  'sagemaker:Search': [['register', 'promote', 'status', 'prune', 'shadow'], ['*']],
  'sagemaker:ListModelPackages': [['register', 'promote', 'rollback', 'status', 'prune', 'shadow'], ['*']],
  'sagemaker:DescribeModelPackageGroup': [['promote', 'approval-events'], ['model-package-group']],
  'sagemaker:CreateModelPackageGroup': [['register'], ['model-package-group']],
  'sagemaker:CreateModelPackage': [['register'], ['model-package']],
  'sagemaker:DescribeModelPackage': [['register', 'deploy', 'promote', 'rollback', 'status', 'shadow'], ['model-package']],
  'sagemaker:BatchDescribeModelPackage': [['register'], ['model-package']],
  'sagemaker:UpdateModelPackage': [['register', 'deploy', 'promote'], ['model-package']],
  'sagemaker:AddTags': [['register', 'deploy'], ['model-package-group', 'endpoint']],
  'secretsmanager:GetSecretValue': [['register'], ['secret'], 'registry-secret-arn'],
  'ecr:DescribeImages': [['register'], ['repository']],
  'ecr:DescribeImageScanFindings': [['register'], ['repository'], 'scan-gate'],
  'ecr:GetAuthorizationToken': [['register'], ['*'], 'replicate-to-ecr'],
  'sagemaker:CreateModel': [['deploy', 'shadow'], ['model']],
  'sagemaker:DescribeModel': [['deploy', 'rollback', 'status', 'prune', 'shadow'], ['model']],
  'sagemaker:DeleteModel': [['deploy'], ['model']],
  'sagemaker:CreateEndpointConfig': [['deploy'], ['endpoint-config']],
  'sagemaker:DescribeEndpointConfig': [['deploy', 'rollback', 'status', 'prune', 'shadow'], ['endpoint-config']],
  'sagemaker:DeleteEndpointConfig': [['deploy'], ['endpoint-config']],
  'sagemaker:ListEndpointConfigs': [['deploy', 'rollback', 'prune'], ['*']],
  'sagemaker:ListModels': [['deploy'], ['*']],
  'sagemaker:ListEndpoints': [['status', 'prune'], ['*']],
  'sagemaker:ListInferenceComponents': [['status', 'prune'], ['*']],
  'sagemaker:DescribeInferenceComponent': [['status', 'prune'], ['inference-component']],
  'sagemaker:CreateEndpoint': [['deploy'], ['endpoint']],
  'sagemaker:UpdateEndpoint': [['deploy'], ['endpoint']],
  'sagemaker:DescribeEndpoint': [['deploy', 'status', 'prune', 'shadow'], ['endpoint']],
  'sagemaker:ListTags': [['deploy', 'status', 'prune'], ['endpoint']],
  'sagemaker:InvokeEndpoint': [['deploy'], ['endpoint'], 'smoke-payload'],
  // The async smoke test (endpoint-type: async with smoke-payload): docs/iam.md's extra permissions for async endpoints.
  'sagemaker:InvokeEndpointAsync': [['deploy'], ['endpoint'], 'async-output-s3-uri'],
  // And the metrics (docs/metrics-gate.md): statistics uploaded at registration, read back by the gate.
  's3:PutObject': [['deploy', 'register'], ['s3'], ['async-output-s3-uri', 'metrics-s3-prefix']],
  's3:GetObject': [['deploy', 'register', 'promote'], ['s3'], ['async-output-s3-uri', 'model-quality-statistics', 'metrics-gate']],
  'sagemaker:DeleteModelPackage': [['prune'], ['model-package']],
  'sagemaker:CreateContext': [['deploy'], ['context']],
  'sagemaker:CreateArtifact': [['deploy'], ['artifact']],
  'sagemaker:AddAssociation': [['deploy'], ['context']],
  'sagemaker:ListContexts': [['deploy'], ['*']],
  'sagemaker:ListArtifacts': [['deploy'], ['*']],
  'sagemaker:ListAssociations': [['deploy'], ['*']],
  'application-autoscaling:RegisterScalableTarget': [['deploy'], ['*']],
  'application-autoscaling:DeregisterScalableTarget': [['deploy'], ['*']],
  'application-autoscaling:DescribeScalableTargets': [['deploy'], ['*']],
  'application-autoscaling:PutScalingPolicy': [['deploy'], ['*']],
  'application-autoscaling:DeleteScalingPolicy': [['deploy'], ['*']],
  'application-autoscaling:DescribeScalingPolicies': [['deploy'], ['*']],
  'cloudwatch:PutMetricAlarm': [['deploy'], ['alarm'], 'create-alarms'],
  // shadow/ (docs/shadow.md): the inference experiment and both variants' metrics.
  'sagemaker:CreateInferenceExperiment': [['shadow'], ['inference-experiment']],
  'sagemaker:DescribeInferenceExperiment': [['shadow'], ['inference-experiment']],
  'sagemaker:StopInferenceExperiment': [['shadow'], ['inference-experiment']],
  'cloudwatch:GetMetricData': [['shadow'], ['*']],
  // approval-events runs with its own one-time set-up role (docs/approval-events.md), not the two workflow roles.
  'events:DescribeRule': [['approval-events'], ['rule']],
  'events:PutRule': [['approval-events'], ['rule']],
  'events:ListTargetsByRule': [['approval-events'], ['rule']],
  'events:PutTargets': [['approval-events'], ['rule']],
  'events:DescribeConnection': [['approval-events'], ['connection']],
  'events:CreateConnection': [['approval-events'], ['connection']],
  'events:UpdateConnection': [['approval-events'], ['connection']],
  'events:DescribeApiDestination': [['approval-events'], ['api-destination']],
  'events:CreateApiDestination': [['approval-events'], ['api-destination']],
  'events:UpdateApiDestination': [['approval-events'], ['api-destination']]
};

/** Actions without an SDK command: the ECR registry API the copy speaks, iam:PassRole for CreateModel. */
const WITHOUT_COMMAND: Record<string, [Command[], Scope[], string?]> = {
  ...Object.fromEntries(
    ['ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage', 'ecr:BatchGetImage'].map((a) => [
      a,
      [['register'], ['repository'], 'replicate-to-ecr']
    ])
  ),
  'iam:PassRole': [['deploy', 'shadow'], ['role']]
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every IAM action src/ can call: the SDK commands it names, each found in the client package that exports it. */
async function operations(): Promise<Set<string>> {
  // Code only: comments may name other things that end in Command (the runner's ActionCommand).
  const code = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l)).join('\n');
  const names = new Set(sourceFiles(join(ROOT, 'src')).flatMap((f) => [...code(f).matchAll(/\b([A-Z][A-Za-z0-9]+)Command\b/g)].map((m) => m[1]!)));
  const clients = await Promise.all(CLIENTS.map(async ([pkg, prefix]) => [(await import(pkg)) as Record<string, unknown>, prefix] as const));
  const out = new Set<string>();
  for (const name of names) {
    const found = clients.filter(([mod]) => typeof mod[`${name}Command`] === 'function');
    if (!found.length) throw new Error(`${name}Command is named in src/ but no AWS client package exports it`);
    out.add(`${found[0]![1]}:${name}`);
  }
  return out;
}

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
  Principal?: { Federated?: string };
  Condition?: Record<string, Record<string, string>>;
}

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

const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

function resourcesFor(statements: Statement[], action: string): string[] {
  return statements.filter((s) => s.Effect === 'Allow' && list(s.Action).includes(action)).flatMap((s) => list(s.Resource));
}

const policies = blocks('IAM permissions');
const trust = blocks('Trust policy');
const ops = await operations();
const jobs = allAwsJobs(ROOT);
/** Every row that applies: the operations src/ calls, and the actions that have no SDK command. */
const rows = Object.entries({ ...TABLE, ...WITHOUT_COMMAND }).filter(([op]) => ops.has(op) || op in WITHOUT_COMMAND);

/** What a policy lacks for a job: each operation its commands can call (with the inputs it gives), not allowed with its scope. */
function lacking(statements: Statement[], job: Pick<AwsJob, 'commands' | 'inputs'>): string[] {
  return rows
    .filter(([, [commands, , only]]) => commands.some((c) => job.commands.has(c)) && (!only || list(only).some((i) => job.inputs.has(i))))
    .filter(([op, [, scopes]]) => {
      const resources = resourcesFor(statements, op);
      if (scopes.includes('*')) return !resources.includes('*');
      return !resources.some((r) => r === '*' || scopes.some((scope) => new RegExp(`:${scope}[:/]`).test(r)));
    })
    .map(([op]) => op);
}

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
    const expected: Record<string, string> = { 'model-pull-request.yml': 'github-model-pr', 'model-promote.yml': 'github-model-deploy', 'model-release.yml': 'github-model-deploy', 'model-rollback.yml': 'github-model-deploy' };
    for (const [file, role] of Object.entries(expected)) {
      expect(text(`.github/workflows/${file}`)).toMatch(new RegExp(`role-to-assume:\\n\\s+description: [^\\n]*\\b${role}\\b`));
      const callers = jobs.filter((j) => j.where.includes(`.github/workflows/${file}`));
      expect(callers.length).toBeGreaterThan(0);
      expect(callers.map((j) => j.role)).toEqual(callers.map(() => role));
    }
  });

  test('nothing tells users to change the repository’s OIDC subject claim template', () => {
    expect(files.filter((f) => /oidc\/customization\/sub|include_claim_keys/.test(text(f)))).toEqual([]);
  });
});
