import { beforeEach, describe, expect, test } from '@jest/globals';
import { declareSecret, pullRequestEvent, pushEvent, REPO, runAction, type RunOptions } from '../helpers/action-runner.js';
import { useSim } from '../helpers/sim.js';

const sim = useSim();
beforeEach(async () => {
  await sim.control('github/pulls', { owner: 'acme', repo: 'fraud-model', number: 42, head_sha: '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433', head_ref: 'feature/better-features', base_ref: 'main' });
});

const [owner, repo] = REPO.split('/') as [string, string];
const IMAGE = 'registry.example.com:5000/ml/fraud-model:v1';

interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

function run(inputs: Record<string, string> = {}, extra: Omit<RunOptions, 'inputs'> = {}) {
  return runAction({ inputs: { 'model-package-group': 'fraud-detector', image: IMAGE, 'resolve-digest': 'off', ...inputs }, env: sim.env, ...extra });
}

async function comments(number = 42): Promise<StoredComment[]> {
  return (await sim.control(`github/comments?owner=${owner}&repo=${repo}&number=${number}`)) as StoredComment[];
}

async function ours(number = 42): Promise<StoredComment[]> {
  return (await comments(number)).filter((c) => c.user.login === 'github-actions[bot]');
}

describe('sticky PR comment', () => {
  test('the first run creates one comment; a re-run and a new commit update the same comment', async () => {
    const first = await run();
    expect(first.errors).toEqual([]);
    const [created] = await ours();
    expect(await ours()).toHaveLength(1);
    expect(first.outputs['comment-url']).toMatch(new RegExp(`https://github.com/${REPO}/pull/42#issuecomment-${created!.id}$`));
    expect(created!.body).toContain('<!-- sagemaker-private-registry-action: fraud-detector - default -->');
    expect(created!.body).toContain('| Version ARN | `arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-detector/1` |');
    expect(created!.body).toContain('| Approval | ⏳ Pending manual approval |');
    expect(created!.body).toContain('| Registry | private (`registry.example.com:5000`) |');

    // Same commit again: the version and the rendered comment are the same, so nothing is written.
    await run({}, { runAttempt: '2' });
    const rerunCalls = await sim.requests({ service: 'github' });
    expect(rerunCalls.filter((c) => c.operation.startsWith('PATCH') || c.operation.startsWith('POST /repos'))).toHaveLength(1);
    expect((await ours())[0]!.body).toBe(created!.body);

    // A new commit: a new version, the same comment, updated in place, with history.
    const second = await run({}, { event: pullRequestEvent(42, 'b'.repeat(40)) });
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    const after = await ours();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(created!.id);
    expect(after[0]!.body).toContain('model-package/fraud-detector/2');
    expect(after[0]!.body).toContain('**Changed since the last registration from this PR:** commit `4f2a9c1e0b7d` → `bbbbbbbbbbbb`; version 1 → 2');
    expect(after[0]!.body).toContain('<details><summary>Earlier registrations from this PR (1)</summary>');
    const patches = await sim.requests({ operation: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}' });
    expect(patches).toHaveLength(1);
  });

  test('with 150 other comments and a look-alike from another user carrying the marker, it still finds its own', async () => {
    await sim.control('github/comments', { owner, repo, number: 42, body: 'LGTM', login: 'reviewer', count: 150 });
    await run();
    const mine = (await ours())[0]!;
    await sim.control('github/comments', {
      owner,
      repo,
      number: 42,
      body: `${mine.body}\n(copied by someone else)`,
      login: 'mallory'
    });
    await run({}, { event: pullRequestEvent(42, 'c'.repeat(40)) });
    const all = await comments();
    expect(all).toHaveLength(152);
    expect(await ours()).toHaveLength(1);
    expect((await ours())[0]!.body).toContain('model-package/fraud-detector/2');
    const lookAlike = all.find((c) => c.user.login === 'mallory')!;
    expect(lookAlike.body).not.toContain('model-package/fraud-detector/2');
    // Both pages were read (100 + 52).
    const lists = await sim.requests({ operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' });
    expect(lists.length).toBeGreaterThanOrEqual(4);
  });

  test('comment-id keeps separate comments for separate workflows', async () => {
    await run({ 'comment-id': 'staging' });
    await run({ 'comment-id': 'prod' });
    const mine = await ours();
    expect(mine).toHaveLength(2);
    expect(mine.map((c) => /sagemaker-private-registry-action: (.*) -->/.exec(c.body)![1])).toEqual(['fraud-detector - staging', 'fraud-detector - prod']);
  });

  test('comment: false writes no comment; on-failure writes none on success', async () => {
    await run({ comment: 'false' });
    await run({ comment: 'on-failure' });
    expect(await comments()).toEqual([]);
    expect(await sim.requests({ service: 'github' })).toHaveLength(1); // the on-failure run's lookup only
  });
});

describe('events without a pull request', () => {
  test.each([
    ['push', pushEvent('refs/heads/main'), 'refs/heads/main'],
    ['push', pushEvent('refs/tags/v1.0.0'), 'refs/tags/v1.0.0'],
    ['workflow_dispatch', { ref: 'refs/heads/main', repository: { full_name: REPO, default_branch: 'main' } }, 'refs/heads/main']
  ])('%s %s makes no comment and succeeds', async (eventName, event, ref) => {
    const r = await run({}, { eventName, event: event as Record<string, unknown>, ref });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`No pull request for this ${eventName} event: skipping the PR comment.`);
    expect(await sim.requests({ service: 'github' })).toEqual([]);
    expect(r.outputs['comment-url']).toBe('');
  });

  test('issue_comment on a PR registers the PR head commit (looked up) and comments on that PR', async () => {
    const head = '7'.repeat(40);
    await sim.control('github/pulls', { owner, repo, number: 7, head_sha: head, head_ref: 'feature/seven', base_ref: 'main' });
    await sim.control('github/collaborators', { owner, repo, login: 'maintainer', role: 'write' });
    const event = { action: 'created', issue: { number: 7, pull_request: { url: 'x' } }, comment: { body: '/deploy', user: { login: 'maintainer' }, author_association: 'MEMBER' }, repository: { full_name: REPO, default_branch: 'main' } };
    const r = await run({}, { eventName: 'issue_comment', event, ref: 'refs/heads/main', sha: 'f'.repeat(40) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Pull request #7: head ${head} on feature/seven`);
    const [create] = await sim.requests({ operation: 'CreateModelPackage' });
    expect(create!.request.CustomerMetadataProperties['git-commit']).toBe(head);
    expect(await sim.requests({ operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}' })).toHaveLength(1);
    expect(await sim.requests({ operation: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission' })).toHaveLength(1);
    expect(await ours(7)).toHaveLength(1);
  });

  test('issue_comment whose PR cannot be read fails closed: nothing is registered for the default branch commit', async () => {
    const event = { action: 'created', issue: { number: 8, pull_request: { url: 'x' } }, comment: { body: '/deploy', user: { login: 'maintainer' }, author_association: 'OWNER' }, repository: { full_name: REPO, default_branch: 'main' } };
    const r = await run({ comment: 'false' }, { eventName: 'issue_comment', event, ref: 'refs/heads/main', sha: 'f'.repeat(40) });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(['Refused: pull request #8 of acme/fraud-model could not be read (HTTP 404); nothing was changed.']);
    expect((await sim.requests()).filter((q) => q.service !== 'github')).toEqual([]);
  });
});

test('issue_comment from someone without write access is refused before any AWS call (a fork head is never registered for them)', async () => {
  const head = '9'.repeat(40);
  await sim.control('github/pulls', { owner, repo, number: 9, head_sha: head, head_ref: 'fork/feature', base_ref: 'main' });
  const event = { action: 'created', issue: { number: 9, pull_request: { url: 'x' } }, comment: { body: '/deploy', user: { login: 'stranger' }, author_association: 'NONE' }, repository: { full_name: REPO, default_branch: 'main' } };
  const r = await run({}, { eventName: 'issue_comment', event, ref: 'refs/heads/main', sha: 'f'.repeat(40) });
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/^Refused: the comment's author @stranger \(association NONE, permission .*\) has no write access to acme\/fraud-model; /);
  expect((await sim.requests()).filter((q) => q.service !== 'github')).toEqual([]);
});

test('issue_comment from an organisation MEMBER who only has read on the repository is refused before any AWS call', async () => {
  await sim.control('github/pulls', { owner, repo, number: 10, head_sha: '1'.repeat(40), head_ref: 'fork/feature', base_ref: 'main' });
  await sim.control('github/collaborators', { owner, repo, login: 'reader', role: 'read' });
  const event = { action: 'created', issue: { number: 10, pull_request: { url: 'x' } }, comment: { body: '/deploy', user: { login: 'reader' }, author_association: 'MEMBER' }, repository: { full_name: REPO, default_branch: 'main' } };
  const r = await run({}, { eventName: 'issue_comment', event, ref: 'refs/heads/main', sha: 'f'.repeat(40) });
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(/^Refused: the comment's author @reader \(association MEMBER, permission read\) has no write access to acme\/fraud-model; /);
  const calls = await sim.requests();
  expect(calls.filter((q) => q.service !== 'github')).toEqual([]);
  expect(calls.map((q) => `${q.operation} ${q.status}`)).toEqual(['GET /repos/{owner}/{repo}/collaborators/{username}/permission 200']);
  expect(await ours(10)).toEqual([]);
});

describe('permissions and failures', () => {
  test('a 403 on comment creation warns and the step still succeeds', async () => {
    await sim.control('faults', { deny: ['POST /repos/{owner}/{repo}/issues/{issue_number}/comments'] });
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toMatch(/::warning::Could not write the PR comment \(.*\)\. Fork PRs and read-only tokens cannot comment; grant pull-requests: write/);
    expect(r.outputs['model-package-arn']).toMatch(/fraud-detector\/1$/);
    expect(r.outputs['comment-url']).toBe('');
  });

  test('a read-only token warns and the step still succeeds', async () => {
    await sim.control('github/tokens', { token: 'ghs_readonly', login: 'github-actions[bot]', type: 'app', permissions: { pull_requests: 'read', issues: 'read' } });
    const r = await run({}, { githubToken: 'ghs_readonly' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::warning::Could not write the PR comment');
    expect(await comments()).toEqual([]);
  });

  test('a failed registration produces a comment saying why', async () => {
    await sim.control('faults', { failPackage: { count: 1, reason: 'Image manifest is not readable' } });
    const r = await run({ comment: 'on-failure' });
    expect(r.code).toBe(1);
    const [c] = await ours();
    expect(c!.body).toContain('### SageMaker model registration: ❌ failed');
    expect(c!.body).toContain('**What failed:** ');
    expect(c!.body).toContain('Image manifest is not readable');
  });

  test('the token never appears in logs, outputs, summary or comment', async () => {
    declareSecret('ghs_SECRETTOKEN123456789');
    await sim.control('github/tokens', { token: 'ghs_SECRETTOKEN123456789', login: 'github-actions[bot]', type: 'app' });
    const r = await run({}, { githubToken: 'ghs_SECRETTOKEN123456789' });
    expect(r.stdout).toContain('::add-mask::ghs_SECRETTOKEN123456789');
    const everything = [r.stdout.replace('::add-mask::ghs_SECRETTOKEN123456789', ''), r.stderr, JSON.stringify(r.outputs), r.summary, JSON.stringify(await comments())].join('\n');
    expect(everything).not.toContain('SECRETTOKEN');
  });
});

describe('what is posted publicly', () => {
  test("AWS's own words stay in the log: the comment and summary get the error's name, the explanation and the request id", async () => {
    await sim.control('faults', { deny: ['CreateModelPackageGroup'] });
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain('is not authorized to perform: sagemaker:CreateModelPackageGroup');
    const body = (await ours())[0]!.body;
    const plain = (text: string) => text.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');
    for (const text of [body, r.summary]) {
      expect(text).not.toContain('is not authorized');
      expect(text).not.toContain('assumed-role');
      expect(plain(text)).toMatch(/needs sagemaker:CreateModelPackageGroup \(see the IAM section of the README\)\. \(AccessDeniedException; AWS's message is in the job log\)( \(request id [\w-]+\))?/);
    }
  });

  test('a missing event file is a warning that says the PR comment is lost, not silence', async () => {
    const r = await run({}, { env: { ...sim.env, GITHUB_EVENT_PATH: '/nonexistent/event.json' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::The event file GITHUB_EVENT_PATH=\/nonexistent\/event.json could not be read \(ENOENT\), so the pull request number \(and with it the PR comment\)/);
    expect(await comments()).toEqual([]);
  });

  test('a bot comment that quotes the marker and a fake history is neither overwritten nor shown', async () => {
    const marker = '<!-- sagemaker-private-registry-action: fraud-detector - default -->';
    const fake = Buffer.from(JSON.stringify([{ commit: 'f'.repeat(40), image: 'evil/pwned:1', approval: 'Approved', time: '2025-01-01T00:00:00Z', version: 99 }])).toString('base64');
    const echoed = `A PR description, echoed by another workflow:\n${marker}\nfake\n<!-- sagemaker-private-registry-action-state: ${fake} -->\n`;
    await sim.control('github/comments', { owner, repo, number: 42, body: echoed, login: 'github-actions[bot]' });
    await run();
    const mine = await ours();
    expect(mine).toHaveLength(2);
    expect(mine[0]!.body).toBe(echoed);
    expect(mine[1]!.body.startsWith(`${marker}\n`)).toBe(true);
    expect(mine[1]!.body).not.toContain('pwned');
  });
});

describe('hostile text', () => {
  test('branch names, descriptions and metadata cannot inject markup or pings into the comment', async () => {
    const branch = 'feat/<img src=x onerror=alert(1)>|@acme/admins`rm -rf`';
    const r = await run({}, { event: pullRequestEvent(42, 'd'.repeat(40), branch) });
    expect(r.code).toBe(0);
    const body = (await ours())[0]!.body;
    const withoutCode = body.replace(/`[^`\n]*`/g, '');
    expect(withoutCode).not.toMatch(/<img|@acme|@\w/);
    for (const row of body.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| | |'))) {
      expect([...row].filter((ch, i) => ch === '|' && row[i - 1] !== '\\')).toHaveLength(3);
    }
  });
});
