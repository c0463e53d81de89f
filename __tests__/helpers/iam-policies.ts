/**
 * What the IAM policy tests (readme-iam.test.ts for docs/iam.md, multi-account-iam.test.ts for docs/multi-account.md)
 * check policies against: every AWS operation src/ can call (each SDK `*Command` it names), which commands call it,
 * the resource type it is scoped to and the input without which it is never called; the JSON policy blocks of a page;
 * and what a policy lacks for a job.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AwsJob, Command } from './workflow-roles.js';

/** IAM prefix of each SDK client package (InvokeEndpoint of sagemaker-runtime is sagemaker:InvokeEndpoint). */
const CLIENTS: [string, string][] = [
  ['@aws-sdk/client-sagemaker', 'sagemaker'],
  ['@aws-sdk/client-sagemaker-runtime', 'sagemaker'],
  ['@aws-sdk/client-ecr', 'ecr'],
  ['@aws-sdk/client-secrets-manager', 'secretsmanager'],
  ['@aws-sdk/client-application-auto-scaling', 'application-autoscaling'],
  ['@aws-sdk/client-cloudwatch', 'cloudwatch'],
  ['@aws-sdk/client-s3', 's3'],
  ['@aws-sdk/client-eventbridge', 'events'],
  ['@aws-sdk/client-sts', 'sts']
];

/** Operations IAM never refuses (no permission exists for them): left out of every check. */
const NEEDS_NO_PERMISSION = new Set(['sts:GetCallerIdentity']);

/** '*': the action has no resource-level permissions; otherwise the ARN resource type it is scoped to. */
export type Scope = '*' | 's3' | 'model-package-group' | 'model-package' | 'model' | 'endpoint-config' | 'endpoint' | 'secret' | 'repository' | 'alarm' | 'context' | 'artifact' | 'inference-component' | 'role' | 'rule' | 'connection' | 'api-destination' | 'inference-experiment';

/** Which commands can call each operation, its resource types, and the input without which it is never called. */
export const TABLE: Record<string, [Command[], Scope[], (string | string[])?]> = {
  'sagemaker:Search': [['register', 'promote', 'status', 'prune', 'shadow'], ['*']],
  'sagemaker:ListModelPackages': [['register', 'promote', 'rollback', 'status', 'prune', 'shadow'], ['*']],
  'sagemaker:DescribeModelPackageGroup': [['promote', 'approval-events', 'share'], ['model-package-group']],
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
  'sagemaker:DescribeInferenceExperiment': [['deploy', 'prune', 'shadow'], ['inference-experiment']],
  'sagemaker:ListInferenceExperiments': [['deploy', 'prune', 'shadow'], ['*']],
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
  'events:UpdateApiDestination': [['approval-events'], ['api-destination']],
  // share/ (docs/multi-account.md): the group's resource policy, and the ECR repositories' policies it is given.
  'sagemaker:GetModelPackageGroupPolicy': [['share'], ['model-package-group']],
  'sagemaker:PutModelPackageGroupPolicy': [['share'], ['model-package-group']],
  'ecr:GetRepositoryPolicy': [['share'], ['repository'], 'ecr-repositories'],
  'ecr:SetRepositoryPolicy': [['share'], ['repository'], 'ecr-repositories'],
  // registry-role-arn (docs/multi-account.md): the registry account's role, assumed for the registry writes.
  'sts:AssumeRole': [['register', 'deploy', 'promote', 'rollback'], ['role'], 'registry-role-arn']
};

/** Actions without an SDK command: the ECR registry API the copy speaks, iam:PassRole for CreateModel. */
export const WITHOUT_COMMAND: Record<string, [Command[], Scope[], string?]> = {
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
export async function operations(root: string): Promise<Set<string>> {
  // Code only: comments may name other things that end in Command (the runner's ActionCommand).
  const code = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l)).join('\n');
  const names = new Set(sourceFiles(join(root, 'src')).flatMap((f) => [...code(f).matchAll(/\b([A-Z][A-Za-z0-9]+)Command\b/g)].map((m) => m[1]!)));
  const clients = await Promise.all(CLIENTS.map(async ([pkg, prefix]) => [(await import(pkg)) as Record<string, unknown>, prefix] as const));
  const out = new Set<string>();
  for (const name of names) {
    const found = clients.filter(([mod]) => typeof mod[`${name}Command`] === 'function');
    if (!found.length) throw new Error(`${name}Command is named in src/ but no AWS client package exports it`);
    const op = `${found[0]![1]}:${name}`;
    if (!NEEDS_NO_PERMISSION.has(op)) out.add(op);
  }
  return out;
}

export interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
  Principal?: { Federated?: string; AWS?: string | string[] };
  Condition?: Record<string, Record<string, string>>;
}

export const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

/** The resources a policy's Allow statements give `action` on. */
export function resourcesFor(statements: Statement[], action: string): string[] {
  return statements.filter((s) => s.Effect === 'Allow' && list(s.Action).includes(action)).flatMap((s) => list(s.Resource));
}

export type Row = [string, [Command[], Scope[], (string | string[])?]];

/** Every row that applies: the operations src/ calls, and the actions that have no SDK command. */
export function applicableRows(ops: Set<string>): Row[] {
  return Object.entries({ ...TABLE, ...WITHOUT_COMMAND }).filter(([op]) => ops.has(op) || op in WITHOUT_COMMAND);
}

/** The rows a job can need: its commands call the operation, with an input it gives when the row names some. */
export function rowsOfJob(rows: Row[], job: Pick<AwsJob, 'commands' | 'inputs'>): Row[] {
  return rows.filter(([, [commands, , only]]) => commands.some((c) => job.commands.has(c)) && (!only || list(only).some((i) => job.inputs.has(i))));
}

/** What a policy lacks for a job: each operation its commands can call (with the inputs it gives), not allowed with its scope. */
export function lackingFor(rows: Row[], statements: Statement[], job: Pick<AwsJob, 'commands' | 'inputs'>): string[] {
  return rowsOfJob(rows, job)
    .filter(([op, [, scopes]]) => {
      const resources = resourcesFor(statements, op);
      if (scopes.includes('*')) return !resources.includes('*');
      return !resources.some((r) => r === '*' || scopes.some((scope) => new RegExp(`:${scope}[:/]`).test(r)));
    })
    .map(([op]) => op);
}
