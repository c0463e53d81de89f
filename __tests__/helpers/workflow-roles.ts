/**
 * What each workflow of this repository (and each whole workflow example in README.md and docs/*.md) does with AWS:
 * the role it assumes, the OIDC `sub` GitHub would give its job, the commands of this action it runs and the inputs
 * it gives them (with the keys of the deployment file a step names). The IAM test checks these against the policies
 * and trust policies of docs/iam.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { docPages, yamlBlocks } from './doc-pages.js';

export type Command = 'register' | 'deploy' | 'promote' | 'rollback' | 'status' | 'prune' | 'approval-events' | 'shadow' | 'share';

export interface AwsJob {
  /** Where it comes from: a file and job, or an example block. */
  where: string;
  /** The role name of role-to-assume (the last part of the ARN). */
  role: string;
  /** The account of role-to-assume: ONE_ACCOUNT in the one-account layout (docs/iam.md), another in docs/multi-account.md's. */
  account: string;
  /** The `sub` claim GitHub gives the job with the default subject template (OWNER/REPO left as `acme/fraud-model`). */
  sub: string;
  commands: Set<Command>;
  /** Inputs given a non-empty value on any step of this action. */
  inputs: Set<string>;
  /** The value each of them is given (as the job sees it; the last step's when several give one). */
  values: Map<string, string>;
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  environment?: string | { name: string };
  steps?: Step[];
}
interface Workflow {
  on?: unknown;
  jobs?: Record<string, Job>;
}
type InputDefaults = Record<string, { default?: unknown }>;

export const REPO = 'acme/fraud-model';
/** The account of every example of the one-account layout. */
export const ONE_ACCOUNT = '123456789012';
const SELF = 'acme/sagemaker-private-registry-action';

/** The `sub` GitHub sends (default template): the environment wins over the event. */
function subOf(on: unknown, environment: string | undefined): string {
  if (environment) return `repo:${REPO}:environment:${environment}`;
  const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys((on as object) ?? {});
  if (events.length === 1 && events[0] === 'pull_request') return `repo:${REPO}:pull_request`;
  return `repo:${REPO}:ref:<the branch or tag: ${events.join(', ')}>`;
}

/** The commands one step runs, from its `uses:` and the inputs it gives. */
function commandsOf(uses: string, given: Set<string>): Command[] {
  const m = new RegExp(`^${SELF}(?:/([a-z-]+))?@`).exec(uses);
  if (!m) return [];
  const sub = m[1] as Command | undefined;
  const deploys = given.has('endpoint-name') ? (['deploy'] as Command[]) : [];
  if (!sub) return [...(given.has('image') ? (['register'] as Command[]) : []), ...deploys];
  // A rollback always deploys (its endpoint may come from the deployment file); a promote when it has an endpoint.
  // A shadow test may promote (on-pass: promote) and so deploy.
  return [sub, ...(sub === 'rollback' ? (['deploy'] as Command[]) : sub === 'promote' ? deploys : sub === 'shadow' ? (['promote', 'deploy'] as Command[]) : [])];
}

/** A value as the job would see it: `${{ inputs.x }}` is the caller's value or the input's default. */
function resolve(value: unknown, caller: Record<string, unknown>, defaults: InputDefaults): string {
  const text = String(value ?? '');
  const m = /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/.exec(text.trim());
  if (!m) return text;
  return String(caller[m[1]!] ?? defaults[m[1]!]?.default ?? '');
}

/** The keys a step's deployment file sets (the repository's copy, e.g. .sagemaker/production.yml): inputs the step is given too. */
function fileKeys(root: string, path: string): string[] {
  if (!path || !existsSync(join(root, path))) return [];
  const doc = parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown> | null;
  return Object.entries(doc ?? {}).filter(([k, v]) => k !== '$schema' && v !== null && v !== '').map(([k]) => k);
}

function jobOf(where: string, job: Job, ctx: { on: unknown; caller: Record<string, unknown>; defaults: InputDefaults; root: string }): AwsJob | undefined {
  const steps = job.steps ?? [];
  const creds = steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
  if (!creds) return undefined;
  const roleArn = resolve(creds.with?.['role-to-assume'], ctx.caller, ctx.defaults);
  const role = roleArn.replace(/^.*:role\//, '');
  const account = /^arn:aws[a-z-]*:iam::(\d{12}):role\//.exec(roleArn)?.[1] ?? '';
  const env = typeof job.environment === 'object' ? job.environment.name : job.environment;
  const out: AwsJob = { where, role, account, sub: subOf(ctx.on, env && resolve(env, ctx.caller, ctx.defaults)), commands: new Set(), inputs: new Set(), values: new Map() };
  for (const step of steps.filter((s) => s.uses?.startsWith(SELF))) {
    const values = Object.entries(step.with ?? {}).map(([k, v]) => [k, resolve(v, ctx.caller, ctx.defaults)] as const).filter(([, v]) => v !== '');
    values.forEach(([k, v]) => out.values.set(k, v));
    const given = new Set(values.map(([k]) => k));
    fileKeys(ctx.root, resolve(step.with?.['deployment-file'], ctx.caller, ctx.defaults)).forEach((k) => given.add(k));
    given.forEach((k) => out.inputs.add(k));
    commandsOf(step.uses!, given).forEach((c) => out.commands.add(c));
  }
  return out;
}

/** The AWS jobs of one parsed workflow; a job that calls a reusable workflow of this repository is resolved to its jobs. */
export function awsJobs(where: string, doc: Workflow, root: string): AwsJob[] {
  return Object.entries(doc.jobs ?? {}).flatMap(([name, job]) => {
    const m = new RegExp(`^${SELF}/(\\.github/workflows/[\\w.-]+\\.ya?ml)@`).exec(job.uses ?? '');
    if (!m) {
      const found = jobOf(`${where} job ${name}`, job, { on: doc.on, caller: {}, defaults: {}, root });
      return found ? [found] : [];
    }
    const called = parse(readFileSync(join(root, m[1]!), 'utf8')) as Workflow & { on: { workflow_call: { inputs: InputDefaults } } };
    const ctx = { on: doc.on, caller: job.with ?? {}, defaults: called.on.workflow_call.inputs, root };
    return Object.entries(called.jobs ?? {}).flatMap(([n, j]) => jobOf(`${where} → ${m[1]} job ${n}`, j, ctx) ?? []);
  });
}

/** Every whole workflow (a YAML block with `jobs:`) in README.md and docs/*.md, and every caller in workflows/. */
export function allAwsJobs(root: string): AwsJob[] {
  const examples = docPages(root).flatMap((page) => yamlBlocks(root, page).map((text, i) => ({ where: `${page} YAML example #${i}`, doc: parse(text) as Workflow })));
  const callers = readdirSync(join(root, 'workflows')).map((f) => ({ where: `workflows/${f}`, doc: parse(readFileSync(join(root, 'workflows', f), 'utf8')) as Workflow }));
  return [...examples, ...callers].filter(({ doc }) => doc && typeof doc === 'object' && doc.jobs).flatMap(({ where, doc }) => awsJobs(where, doc, root));
}
