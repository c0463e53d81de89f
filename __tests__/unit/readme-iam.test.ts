/**
 * The README's IAM policies against the code: every AWS operation src/ can call (each SDK `*Command` it names)
 * must be allowed by the README policy it belongs to, with the resource scope IAM needs (`"Resource": "*"` for
 * actions without resource-level permissions), and nothing a policy lists may go unused. The operations are
 * derived from the source, so a new command fails this test until its row below and the README say where it goes.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

/** IAM prefix of each SDK client package (InvokeEndpoint of sagemaker-runtime is sagemaker:InvokeEndpoint). */
const CLIENTS: [string, string][] = [
  ['@aws-sdk/client-sagemaker', 'sagemaker'],
  ['@aws-sdk/client-sagemaker-runtime', 'sagemaker'],
  ['@aws-sdk/client-ecr', 'ecr'],
  ['@aws-sdk/client-secrets-manager', 'secretsmanager'],
  ['@aws-sdk/client-application-auto-scaling', 'application-autoscaling'],
  ['@aws-sdk/client-cloudwatch', 'cloudwatch']
];

type Policy = 'register' | 'deploy';
/** '*': the action has no resource-level permissions; otherwise the ARN resource type it is scoped to. */
type Scope = '*' | 'model-package-group' | 'model-package' | 'model' | 'endpoint-config' | 'endpoint' | 'secret' | 'repository' | 'alarm' | 'context' | 'artifact' | 'inference-component';

/** Which policies each operation belongs to (the deploy role also runs promote, rollback, status and prune), and its resource types. */
const TABLE: Record<string, [Policy[], Scope[]]> = {
  'sagemaker:Search': [['register', 'deploy'], ['*']],
  'sagemaker:ListModelPackages': [['register', 'deploy'], ['*']],
  'sagemaker:DescribeModelPackageGroup': [['register'], ['model-package-group']],
  'sagemaker:CreateModelPackageGroup': [['register'], ['model-package-group']],
  'sagemaker:CreateModelPackage': [['register'], ['model-package']],
  'sagemaker:DescribeModelPackage': [['register', 'deploy'], ['model-package']],
  'sagemaker:BatchDescribeModelPackage': [['register'], ['model-package']],
  'sagemaker:UpdateModelPackage': [['register', 'deploy'], ['model-package']],
  'sagemaker:AddTags': [['register', 'deploy'], ['model-package-group', 'endpoint']],
  'secretsmanager:GetSecretValue': [['register'], ['secret']],
  'ecr:DescribeImages': [['register'], ['repository']],
  'ecr:DescribeImageScanFindings': [['register'], ['repository']],
  'ecr:GetAuthorizationToken': [['register'], ['*']],
  'sagemaker:CreateModel': [['deploy'], ['model']],
  'sagemaker:DescribeModel': [['deploy'], ['model']],
  'sagemaker:DeleteModel': [['deploy'], ['model']],
  'sagemaker:CreateEndpointConfig': [['deploy'], ['endpoint-config']],
  'sagemaker:DescribeEndpointConfig': [['deploy'], ['endpoint-config']],
  'sagemaker:DeleteEndpointConfig': [['deploy'], ['endpoint-config']],
  'sagemaker:ListEndpointConfigs': [['deploy'], ['*']],
  'sagemaker:ListModels': [['deploy'], ['*']],
  'sagemaker:ListEndpoints': [['deploy'], ['*']],
  'sagemaker:ListInferenceComponents': [['deploy'], ['*']],
  'sagemaker:DescribeInferenceComponent': [['deploy'], ['inference-component']],
  'sagemaker:CreateEndpoint': [['deploy'], ['endpoint']],
  'sagemaker:UpdateEndpoint': [['deploy'], ['endpoint']],
  'sagemaker:DescribeEndpoint': [['deploy'], ['endpoint']],
  'sagemaker:ListTags': [['deploy'], ['endpoint']],
  'sagemaker:InvokeEndpoint': [['deploy'], ['endpoint']],
  'sagemaker:DeleteModelPackage': [['deploy'], ['model-package']],
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
  'cloudwatch:PutMetricAlarm': [['deploy'], ['alarm']]
};

/** Actions a policy may list without an SDK command: the ECR registry API the copy speaks, iam:PassRole for CreateModel. */
const WITHOUT_COMMAND: Record<Policy, string[]> = {
  register: ['ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage', 'ecr:BatchGetImage'],
  deploy: ['iam:PassRole']
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
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
}

/** Each JSON block of the README under an "IAM permissions (<policy>)" heading, as statements. */
function readmePolicies(): Record<Policy, Statement[]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const out: Record<Policy, Statement[]> = { register: [], deploy: [] };
  for (const m of readme.matchAll(/^#+ IAM permissions \((register|deploy)\)[^\n]*\n[\s\S]*?```json\n([\s\S]*?)```/gm)) {
    const doc = JSON.parse(m[2]!) as { Statement: Statement[] };
    out[m[1] as Policy].push(...doc.Statement);
  }
  return out;
}

const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

function resourcesFor(statements: Statement[], action: string): string[] {
  return statements.filter((s) => s.Effect === 'Allow' && list(s.Action).includes(action)).flatMap((s) => list(s.Resource));
}

const policies = readmePolicies();
const ops = await operations();

describe('README IAM policies', () => {
  test('the README has a register and a deploy policy, both valid JSON', () => {
    expect(policies.register.length).toBeGreaterThan(0);
    expect(policies.deploy.length).toBeGreaterThan(0);
  });

  test('every operation the code can call has a row in the table of this test', () => {
    expect([...ops].filter((op) => !(op in TABLE)).sort()).toEqual([]);
  });

  test.each(Object.entries(TABLE))('%s is allowed with the right resource scope', (op, [names, scopes]) => {
    if (!ops.has(op)) return; // a row for a command no longer in src/: the "unused" test below catches its policy lines
    for (const policy of names) {
      const resources = resourcesFor(policies[policy], op);
      expect({ policy, op, allowed: resources.length > 0 }).toEqual({ policy, op, allowed: true });
      if (scopes.includes('*')) expect(resources).toContain('*');
      else expect(resources.some((r) => r === '*' || scopes.some((scope) => new RegExp(`:${scope}[:/]`).test(r)))).toBe(true);
    }
  });

  test('the pull-request (register) policy denies approving any version', () => {
    const deny = policies.register.find((st) => st.Effect === 'Deny') as (Statement & { Condition?: Record<string, Record<string, string>> }) | undefined;
    expect(deny).toMatchObject({ Action: 'sagemaker:UpdateModelPackage', Resource: '*', Condition: { StringEquals: { 'sagemaker:ModelApprovalStatus': 'Approved' } } });
  });

  test('no policy lists an action the code never calls', () => {
    for (const policy of ['register', 'deploy'] as Policy[]) {
      const listed = new Set(policies[policy].flatMap((s) => list(s.Action)));
      const used = new Set([...ops].filter((op) => TABLE[op]?.[0].includes(policy)).concat(WITHOUT_COMMAND[policy]));
      expect([...listed].filter((a) => !used.has(a)).sort()).toEqual([]);
    }
  });
});
