/**
 * The attacks of the trust review, each against the bundled promote/ and top-level action: a version planted for the
 * reviewed commit, a version changed after review, a planted version the release would adopt, and events that must
 * not promote. Each is refused with zero AWS writes; the legitimate flows beside them still pass.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from '@jest/globals';
import { CreateModelPackageCommand, CreateModelPackageGroupCommand, DescribeModelPackageCommand, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { pushEvent } from '../helpers/action-runner.js';
import { client, ECR_IMAGE, GROUP, prEvent, REPO, registerPr, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { useSim, WRITE_OPERATIONS } from '../helpers/sim.js';
import { containerRecord } from '../../src/register/proof.js';
import { idempotencyKey } from '../../src/register/identity.js';

const sim = useSim();

const DIGEST = `sha256:${'d1'.repeat(32)}`;
const EVIL = `${ECR_IMAGE}@sha256:${'e6'.repeat(32)}`;
const owner = 'acme';
const repo = 'fraud-model';
const describeVersion = async (arn: string) => client(sim).send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
const awsWritesSince = async (seq: number) => (await sim.requests()).filter((r) => r.seq > seq && r.service !== 'github' && WRITE_OPERATIONS.test(r.operation));
const seq = async () => (await sim.requests()).length;
const merged = (head: string, extra: Record<string, unknown> = {}) => ({ ...prEvent(42, head, { merged: true, merged_by: { login: 'lead' }, ...extra }), action: 'closed' });
const promote = (eventName: string, event: Record<string, unknown>, inputs: Record<string, string> = {}) =>
  runSub('promote', { env: sim.env, eventName, event, inputs: { 'model-package-group': GROUP, comment: 'false', ...inputs } });

/** What someone holding the pull-request role can do: register a version claiming any commit, consistent with itself. */
async function plant(commit: string, image: string, metadata: Record<string, string> = {}): Promise<string> {
  const spec = { Containers: [{ Image: image }] };
  const out = await client(sim).send(
    new CreateModelPackageCommand({
      ModelPackageGroupName: GROUP,
      ModelApprovalStatus: 'PendingManualApproval',
      SkipModelValidation: 'All',
      InferenceSpecification: spec,
      MetadataProperties: { CommitId: commit, Repository: `https://github.com/${REPO}`, GeneratedBy: containerRecord(spec, undefined) },
      CustomerMetadataProperties: { 'git-commit': commit, 'github-repository': REPO, image, 'generated-by': 'sagemaker-private-registry-action', ...metadata }
    })
  );
  return out.ModelPackageArn!;
}

test('a version planted for the merged commit: the merge promotes nothing and names both candidates; the PR version stays pending', async () => {
  const pr = await registerPr(sim, sha(1));
  const own = pr.outputs['model-package-arn']!;
  const planted = await plant(sha(1), EVIL);
  const before = await seq();
  const r = await promote('pull_request', merged(sha(1)));
  expect(r.code).toBe(1);
  expect(r.errors[0]).toMatch(/^Refused: 2 versions claim commit cccccccccccc/);
  expect(r.errors[0]).toContain(own);
  expect(r.errors[0]).toContain(planted);
  expect(r.errors[0]).toContain('Nothing was changed');
  expect(await awsWritesSince(before)).toEqual([]);
  expect((await describeVersion(own)).ModelApprovalStatus).toBe('PendingManualApproval');
  expect((await describeVersion(planted)).ModelApprovalStatus).toBe('PendingManualApproval');
});

test('the PR version changed after review (UpdateModelPackage with another image): refused, zero writes', async () => {
  const own = (await registerPr(sim, sha(2))).outputs['model-package-arn']!;
  await client(sim).send(new UpdateModelPackageCommand({ ModelPackageArn: own, InferenceSpecification: { Containers: [{ Image: EVIL }] } }));
  const before = await seq();
  const r = await promote('pull_request', merged(sha(2)));
  expect(r.code).toBe(1);
  expect(r.errors[0]).toContain('its containers were changed after registration');
  expect(await awsWritesSince(before)).toEqual([]);
  expect((await describeVersion(own)).ModelApprovalStatus).toBe('PendingManualApproval');
});

test('a release run does not adopt a planted version carrying its idempotency key and digest; it registers and approves its own', async () => {
  const image = `${ECR_IMAGE}@${DIGEST}`;
  const head = sha(3);
  await client(sim).send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: GROUP }));
  const planted = await plant(head, EVIL, { 'idempotency-key': idempotencyKey(GROUP, head, image), 'image-digest': DIGEST });
  const r = await runRegister({ env: sim.env, eventName: 'push', event: pushEvent(), sha: head, inputs: { image, 'model-package-group': GROUP, approval: 'auto', 'resolve-digest': 'off', comment: 'false' } });
  expect(r.errors).toEqual([]);
  expect(r.outputs['model-package-arn']).not.toBe(planted);
  expect(r.stdout).toContain(`Not reusing ${planted}`);
  const own = await describeVersion(r.outputs['model-package-arn']!);
  expect(own.InferenceSpecification?.Containers?.[0]?.Image).toBe(image);
  expect(own.ModelApprovalStatus).toBe('Approved');
  expect((await describeVersion(planted)).ModelApprovalStatus).toBe('PendingManualApproval');
});

test('a squash merge of the same digest still adopts and approves the PR version (legitimate flow)', async () => {
  const image = `${ECR_IMAGE}@${DIGEST}`;
  const pr = await registerPr(sim, sha(4), { inputs: { image } });
  const r = await runRegister({ env: sim.env, eventName: 'push', event: pushEvent(), sha: sha(5), inputs: { image, 'model-package-group': GROUP, approval: 'auto', 'resolve-digest': 'off', comment: 'false' } });
  expect(r.errors).toEqual([]);
  expect(r.outputs['model-package-arn']).toBe(pr.outputs['model-package-arn']);
  expect((await describeVersion(pr.outputs['model-package-arn']!)).ModelApprovalStatus).toBe('Approved');
});

test.each([
  ['pull_request_target', () => merged(sha(6)), /^Refused: pull_request_target runs promote nothing/],
  ['pull_request', () => ({ ...prEvent(42, sha(6)), action: 'synchronize' }), /promotes only when the pull request is merged/],
  ['pull_request', () => merged(sha(6), { base: { ref: 'release/x' } }), /base branch is release\/x; promotions come only from pull requests into main/],
  ['pull_request', () => merged(sha(6), { head: { sha: sha(6), ref: 'x', repo: { full_name: 'mallory/fraud-model' } } }), /comes from mallory\/fraud-model, not acme\/fraud-model; pull requests from forks are not promoted/]
])('%s that must not promote is refused with zero writes (%#)', async (eventName, event, message) => {
  await registerPr(sim, sha(6));
  const before = await seq();
  const r = await promote(eventName, event());
  expect(r.code).toBe(1);
  expect(r.errors[0]).toMatch(message);
  expect(await awsWritesSince(before)).toEqual([]);
});

const review = (commit: string, login: string) => ({ ...prEvent(42, commit), action: 'submitted', review: { state: 'approved', commit_id: commit, user: { login }, author_association: 'CONTRIBUTOR' } });
const comment = (login: string) => ({
  action: 'created',
  issue: { number: 42, pull_request: { url: `https://api.github.com/repos/${REPO}/pulls/42` } },
  comment: { id: 1, body: '/promote', user: { login }, author_association: 'COLLABORATOR' },
  repository: { full_name: REPO, default_branch: 'main' }
});

test('reviews: a reader cannot promote; a review of an older head does not promote the newer one; a writer on the head can', async () => {
  await registerPr(sim, sha(7));
  await sim.control('github/pulls', { owner, repo, number: 42, head_sha: sha(8), head_ref: 'feature/x', base_ref: 'main' });
  await sim.control('github/collaborators', { owner, repo, login: 'reader', role: 'read' });
  await sim.control('github/collaborators', { owner, repo, login: 'writer', role: 'write' });
  const before = await seq();
  const byReader = await promote('pull_request_review', review(sha(8), 'reader'));
  expect(byReader.errors[0]).toMatch(/^Refused: the reviewer @reader \(association CONTRIBUTOR, permission read\) has no write access/);
  const stale = await promote('pull_request_review', review(sha(7), 'writer'));
  expect(stale.errors[0]).toMatch(/^Refused: the review approved commit c{12}, but pull request #42's head is now c{12}; a commit pushed after the review is not promoted by it/);
  expect(await awsWritesSince(before)).toEqual([]);
  await sim.control('github/pulls', { owner, repo, number: 42, head_sha: sha(7), head_ref: 'feature/x', base_ref: 'main' });
  const ok = await promote('pull_request_review', review(sha(7), 'writer'));
  expect(ok.errors).toEqual([]);
  expect(ok.outputs['approval-status']).toBe('Approved');
});

test('/promote promotes the head fixed when its run started; a head that moved since, or a pull request that cannot be read, is refused', async () => {
  await registerPr(sim, sha(9));
  await sim.control('github/collaborators', { owner, repo, login: 'writer', role: 'write' });
  const before = await seq();
  const unreadable = await promote('issue_comment', comment('writer'));
  expect(unreadable.errors[0]).toMatch(/^Refused: pull request #42 of acme\/fraud-model could not be read \(HTTP 404\); nothing was changed\./);
  await sim.control('github/pulls', { owner, repo, number: 42, head_sha: sha(10), head_ref: 'feature/x', base_ref: 'main' });
  const moved = await promote('issue_comment', comment('writer'), { commit: sha(9) });
  expect(moved.errors[0]).toMatch(/^Refused: pull request #42's head is c{12}, not c{12}, the head when the comment's run started/);
  expect(await awsWritesSince(before)).toEqual([]);
  await sim.control('github/pulls', { owner, repo, number: 42, head_sha: sha(9), head_ref: 'feature/x', base_ref: 'main' });
  const ok = await promote('issue_comment', comment('writer'), { commit: sha(9) });
  expect(ok.errors).toEqual([]);
  expect(ok.outputs['approval-status']).toBe('Approved');
});

describe('require-attestation', () => {
  const WORKFLOW = '.github/workflows/build.yml';
  const image = `${ECR_IMAGE}@${DIGEST}`;
  let workspace: string;
  const attestedPromote = (inputs: Record<string, string> = {}) =>
    runSub('promote', {
      env: { ...sim.env, GITHUB_WORKSPACE: workspace },
      eventName: 'pull_request',
      event: merged(sha(11)),
      inputs: { 'model-package-group': GROUP, comment: 'false', 'require-attestation': 'true', 'attestation-workflow': WORKFLOW, 'attestation-trusted-root': 'trusted_root.json', ...inputs }
    });

  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'workspace-'));
    writeFileSync(join(workspace, 'trusted_root.json'), JSON.stringify(await sim.control('sigstore/trusted-root')));
    await registerPr(sim, sha(11), { inputs: { image } });
  });

  test.each([
    ['no attestation at all', undefined, /^Refused: GitHub has no attestation for sha256:d1d1/],
    ['an attestation for another commit', { commit: sha(12) }, /^Refused: none of the 1 attestation\(s\) .* was signed by acme\/fraud-model\/\.github\/workflows\/build\.yml at commit c{12}/],
    ['an attestation by another workflow', { workflow: '.github/workflows/other.yml' }, /^Refused: none of the 1 attestation\(s\)/],
    ['an attestation for another repository', { repository: 'mallory/fraud-model' }, /^Refused: (none of the 1 attestation\(s\)|GitHub has no attestation)/]
  ])('%s: refused, zero AWS writes, the version stays pending', async (_name, attestation, message) => {
    if (attestation) await sim.control('github/attestations', { digest: DIGEST, repository: REPO, workflow: WORKFLOW, commit: sha(11), ...attestation });
    const before = await seq();
    const r = await attestedPromote();
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatch(message);
    expect(await awsWritesSince(before)).toEqual([]);
  });

  test('an image attested by the workflow at the promoted commit is promoted', async () => {
    await sim.control('github/attestations', { digest: DIGEST, repository: REPO, workflow: WORKFLOW, commit: sha(11) });
    const r = await attestedPromote();
    expect(r.errors).toEqual([]);
    expect(r.outputs['approval-status']).toBe('Approved');
    expect(r.stdout).toContain(`Attestation: ${DIGEST} was built by acme/fraud-model/${WORKFLOW}`);
  });

  test('a trusted root outside the workspace is refused before any call', async () => {
    const before = await seq();
    const r = await attestedPromote({ 'attestation-trusted-root': '../trusted_root.json' });
    expect(r.errors[0]).toMatch(/^Input 'attestation-trusted-root': "\.\.\/trusted_root\.json" /);
    expect((await sim.requests()).filter((q) => q.seq > before)).toEqual([]);
  });
});
