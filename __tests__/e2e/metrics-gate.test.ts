/**
 * Offline metrics (issue 22 §1) through the bundled action against the simulator: the statistics file is uploaded
 * under its digest and recorded as ModelMetrics; the gate compares the candidate with the newest Approved version
 * (read back from S3 and checked against its recorded digest); on-gate-failure comment, fail and reject; promote/
 * recomputes the gate and refuses a failing version unless override-gate gives a reason; bad rules write nothing.
 */
import { afterAll, beforeEach, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeModelPackageCommand, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { pushEvent } from '../helpers/action-runner.js';
import { client, ECR_IMAGE, GROUP, registerPr, REPO, runRegister, runSub, sha } from '../helpers/pipeline.js';
import { QUICK_TIMING, useSim, WRITE_OPERATIONS } from '../helpers/sim.js';

const sim = useSim(QUICK_TIMING);
const ws = mkdtempSync(join(tmpdir(), 'metrics-gate-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));

const stats = (auc: number, recall: number) =>
  JSON.stringify({ binary_classification_metrics: { confusion_matrix: { '0': { '0': 9, '1': 1 } }, auc: { value: auc, standard_deviation: 0.002 }, recall: { value: recall, standard_deviation: 'NaN' } } });
const FILES = { 'baseline.json': stats(0.9, 0.85), 'better.json': stats(0.903, 0.86), 'worse.json': stats(0.88, 0.86) };
for (const [name, body] of Object.entries(FILES)) writeFileSync(join(ws, name), body);
const digestOf = (name: keyof typeof FILES) => createHash('sha256').update(FILES[name]).digest('hex');

const PREFIX = 's3://ml-metrics/fraud';
const RULES = 'auc >= baseline - 0.005\nrecall >= 0.8';
const env = () => ({ ...sim.env, GITHUB_WORKSPACE: ws });
const describeVersion = (arn: string) => client(sim).send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
const writesAfter = async (seq: number) => (await sim.requests()).filter((r) => r.seq > seq && (WRITE_OPERATIONS.test(r.operation) || /^(POST|PATCH|PUT|DELETE) /.test(r.operation)));
const seqNow = async () => (await sim.requests()).at(-1)?.seq ?? 0;

/** Version 1, registered with the baseline statistics and approved. */
async function approvedBaseline(): Promise<string> {
  const r = await registerPr(sim, sha(1), { env: env(), inputs: { 'model-quality-statistics': 'baseline.json', 'metrics-s3-prefix': PREFIX } });
  expect(r.errors).toEqual([]);
  const arn = r.outputs['model-package-arn']!;
  await client(sim).send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved' }));
  return arn;
}

/** A push registration asking for Approved, with the gate. */
const candidate = (n: number, file: string, inputs: Record<string, string> = {}) =>
  runRegister({
    env: env(), eventName: 'push', event: pushEvent(), sha: sha(n),
    inputs: { image: `${ECR_IMAGE}:c${n}`, 'model-package-group': GROUP, 'resolve-digest': 'off', approval: 'approved', comment: 'false', 'model-quality-statistics': file, 'metrics-s3-prefix': PREFIX, 'metrics-gate': RULES, ...inputs }
  });

beforeEach(async () => {
  await sim.control('s3/buckets', { name: 'ml-metrics' });
});

test('a registration records ModelMetrics (uploaded under its digest) and shows the gate against the Approved baseline on the PR', async () => {
  const baselineArn = await approvedBaseline();
  const r = await registerPr(sim, sha(2), { env: env(), inputs: { comment: 'true', 'model-quality-statistics': 'better.json', 'metrics-s3-prefix': PREFIX, 'metrics-gate': RULES } });
  expect(r.errors).toEqual([]);
  expect(r.outputs.gate).toBe('pass');
  const metrics = JSON.parse(r.outputs.metrics!);
  expect(metrics).toMatchObject({ verdict: 'pass', candidate: { auc: { value: 0.903, standardDeviation: 0.002 }, recall: { value: 0.86 } }, baseline: { version: 1, arn: baselineArn, metrics: { auc: { value: 0.9 } } } });
  const pkg = await describeVersion(r.outputs['model-package-arn']!);
  const uri = `${PREFIX}/statistics-${digestOf('better.json')}.json`;
  expect(pkg.ModelMetrics).toEqual({ ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: uri, ContentDigest: `sha256:${digestOf('better.json')}` } } });
  const objects = (await sim.control('s3/objects?bucket=ml-metrics')) as { objects: { key: string; body: string }[] };
  expect(objects.objects.find((o) => `s3://ml-metrics/${o.key}` === uri)?.body).toBe(FILES['better.json']);
  for (const text of [r.summary, ((await sim.control(`github/comments?owner=${REPO.split('/')[0]}&repo=${REPO.split('/')[1]}&number=42`)) as { body: string }[]).at(-1)!.body]) {
    expect(text).toContain('#### Metrics gate: ✅ pass');
    expect(text).toContain('| Metric | Candidate | Baseline (version 1) | Difference | Rule | Result |');
    expect(text).toContain('| auc | 0.903 | 0.9 | \\+0.003 | auc &gt;= baseline - 0.005 | ✅ pass |');
  }
});

test('comment mode: a worse candidate is registered pending instead of Approved, and promote/ refuses it unless overridden with a reason', async () => {
  await approvedBaseline();
  const r = await candidate(3, 'worse.json');
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ gate: 'fail', 'approval-status': 'PendingManualApproval' });
  expect(r.summary).toContain('#### Metrics gate: ❌ fail');
  expect(r.summary).toContain('| auc | 0.88 | 0.9 | -0.02 | auc &gt;= baseline - 0.005 | ❌ fail |');
  expect(r.summary).toContain('Registered pending manual approval \\(on-gate-failure: comment\\) instead of Approved');
  const arn = r.outputs['model-package-arn']!;
  expect((await describeVersion(arn)).ModelApprovalStatus).toBe('PendingManualApproval');

  const seq = await seqNow();
  const promote = (inputs: Record<string, string>) => runSub('promote', { env: env(), eventName: 'push', event: pushEvent(), inputs: { 'model-package-arn': arn, 'metrics-gate': RULES, comment: 'false', ...inputs } });
  const refused = await promote({});
  expect(refused.code).toBe(1);
  expect(refused.errors).toEqual(['Version 2 is not promoted: metrics gate failed against version 1: auc >= baseline - 0.005 (candidate 0.88, baseline 0.9). To approve it anyway, set override-gate to the reason. Nothing was changed.']);
  expect(refused.summary).toContain('| auc | 0.88 | 0.9 | -0.02 | auc &gt;= baseline - 0.005 | ❌ fail |');
  expect(await writesAfter(seq)).toEqual([]);
  expect((await describeVersion(arn)).ModelApprovalStatus).toBe('PendingManualApproval');

  const overridden = await promote({ 'override-gate': 'the old test set leaks labels; see the evaluation notes' });
  expect(overridden.errors).toEqual([]);
  expect(overridden.outputs['approval-status']).toBe('Approved');
  const pkg = await describeVersion(arn);
  expect(pkg.ModelApprovalStatus).toBe('Approved');
  expect(pkg.ApprovalDescription).toMatch(/Metrics gate overridden \(metrics gate failed against version 1: auc >= baseline - 0\.005 .*\): the old test set leaks labels; see the evaluation notes$/);
  expect(overridden.summary).toContain('Gate overridden by @​octocat: the old test set leaks labels; see the evaluation notes');
});

test('fail mode: a worse candidate is refused before any write (no upload, no version)', async () => {
  await approvedBaseline();
  const seq = await seqNow();
  const r = await candidate(4, 'worse.json', { 'on-gate-failure': 'fail' });
  expect(r.code).toBe(1);
  expect(r.errors).toEqual(['Not registered: metrics gate failed against version 1: auc >= baseline - 0.005 (candidate 0.88, baseline 0.9) (on-gate-failure: fail).']);
  expect(r.outputs.gate).toBe('fail');
  expect(r.summary).toContain('### SageMaker model registration: ❌ failed');
  expect(r.summary).toContain('| auc | 0.88 | 0.9 | -0.02 | auc &gt;= baseline - 0.005 | ❌ fail |');
  expect((await writesAfter(seq)).map((w) => w.operation)).toEqual([]);
});

test('reject mode: a worse candidate is registered Rejected with the reason; a better one in the same mode is Approved', async () => {
  await approvedBaseline();
  const r = await candidate(5, 'worse.json', { 'on-gate-failure': 'reject' });
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ gate: 'fail', 'approval-status': 'Rejected' });
  const pkg = await describeVersion(r.outputs['model-package-arn']!);
  expect(pkg.ModelApprovalStatus).toBe('Rejected');
  expect(pkg.ApprovalDescription).toMatch(/^Rejected by .*; metrics gate failed against version 1: auc >= baseline - 0\.005 \(candidate 0\.88, baseline 0\.9\)$/);
  const good = await candidate(6, 'better.json', { 'on-gate-failure': 'reject' });
  expect(good.outputs).toMatchObject({ gate: 'pass', 'approval-status': 'Approved' });
});

test('a malformed rule or an unknown metric is refused before any AWS call; no baseline is a stated no-baseline', async () => {
  const malformed = await candidate(7, 'better.json', { 'metrics-gate': 'auc => baseline' });
  expect(malformed.errors).toEqual([`Input 'metrics-gate': "auc => baseline" (rule 1) must be '<metric> <op> <right>' (op >=, <=, > or <; right a number, baseline, baseline + n, baseline - n or baseline * n), e.g. 'auc >= baseline - 0.005'`]);
  const unknown = await candidate(7, 'better.json', { 'metrics-gate': 'accuracy >= 0.9' });
  expect(unknown.errors).toEqual([`Input 'metrics-gate': "accuracy >= 0.9" names metric accuracy, which the statistics file does not hold (it holds auc, recall)`]);
  expect((await sim.requests()).filter((r) => r.service !== 'control' && !/^\/_sim/.test(r.operation) && r.operation !== 'CreateBucket')).toEqual([]);

  const strict = await candidate(9, 'better.json', { 'on-no-baseline': 'fail', 'on-gate-failure': 'fail' });
  expect(strict.errors).toEqual(['Not registered: metrics gate has no baseline: no other Approved version of fraud-detector to compare with (on-gate-failure: fail).']);
  expect(strict.outputs.gate).toBe('no-baseline');
  const first = await candidate(8, 'better.json');
  expect(first.errors).toEqual([]);
  expect(first.outputs).toMatchObject({ gate: 'no-baseline', 'approval-status': 'Approved' });
  expect(first.summary).toContain('No baseline: no other Approved version of fraud-detector to compare with; the rules that need it are not judged \\(on-no-baseline: pass-with-note\\).');
});

test('an s3:// statistics object is read once and recorded as given with its digest; an object changed after registration is refused at promote', async () => {
  await approvedBaseline();
  const s3 = new S3Client({ region: 'us-east-1', endpoint: sim.url, forcePathStyle: true, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
  const put = (file: keyof typeof FILES) => s3.send(new PutObjectCommand({ Bucket: 'ml-metrics', Key: 'eval/run-7/statistics.json', Body: FILES[file], ContentType: 'application/json' }));
  await put('worse.json');
  const uri = 's3://ml-metrics/eval/run-7/statistics.json';
  const seq = await seqNow();
  const r = await candidate(10, uri, { 'metrics-s3-prefix': '' });
  expect(r.errors).toEqual([]);
  expect(r.outputs).toMatchObject({ gate: 'fail', 'approval-status': 'PendingManualApproval' });
  const arn = r.outputs['model-package-arn']!;
  expect((await describeVersion(arn)).ModelMetrics).toEqual({ ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: uri, ContentDigest: `sha256:${digestOf('worse.json')}` } } });
  expect((await sim.requests({ service: 's3' })).filter((q) => q.seq > seq).map((q) => q.operation).sort()).toEqual(['GetObject', 'GetObject']);

  await put('better.json');
  const promoted = await runSub('promote', { env: env(), eventName: 'push', event: pushEvent(), inputs: { 'model-package-arn': arn, 'metrics-gate': RULES, comment: 'false' } });
  expect(promoted.errors).toEqual([
    `The statistics of version 2 (${uri}) changed after registration: their digest is sha256:${digestOf('better.json')}, the version recorded sha256:${digestOf('worse.json')}. The gate does not trust them.`
  ]);
  expect((await describeVersion(arn)).ModelApprovalStatus).toBe('PendingManualApproval');
});

test('a dry run reads and judges but uploads and registers nothing', async () => {
  await approvedBaseline();
  const seq = await seqNow();
  const r = await candidate(11, 'worse.json', { 'dry-run': 'true' });
  expect(r.errors).toEqual([]);
  expect(r.outputs.gate).toBe('fail');
  expect(r.stdout).toContain(`Model quality statistics: ${PREFIX}/statistics-${digestOf('worse.json')}.json (sha256:${digestOf('worse.json')}) (dry run: not uploaded)`);
  expect(await writesAfter(seq)).toEqual([]);
});

test('gate-baseline serving:<endpoint> compares with the version the endpoint serves, not the newest Approved one', async () => {
  const served = await approvedBaseline();
  const deployed = await runSub('promote', {
    env: env(), eventName: 'push', event: pushEvent(), sha: sha(1),
    inputs: { 'model-package-arn': served, 'endpoint-name': 'fraud-prod', 'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-execution', 'poll-interval': '1', comment: 'false' }
  });
  expect(deployed.outputs['deployment-status']).toBe('succeeded');
  // A newer Approved version with weaker metrics: the `approved` baseline, but not what production serves.
  const weaker = await candidate(12, 'worse.json', { 'metrics-gate': '' });
  expect(weaker.outputs['approval-status']).toBe('Approved');
  const againstApproved = await candidate(13, 'worse.json');
  expect(JSON.parse(againstApproved.outputs.metrics!).baseline.version).toBe(2);
  expect(againstApproved.outputs.gate).toBe('pass');
  const againstServing = await candidate(14, 'worse.json', { 'gate-baseline': 'serving:fraud-prod' });
  expect(JSON.parse(againstServing.outputs.metrics!).baseline).toMatchObject({ version: 1, arn: served });
  expect(againstServing.outputs.gate).toBe('fail');
  expect(againstServing.summary).toContain('| Metric | Candidate | Baseline (version 1) | Difference | Rule | Result |');
});

test('a baseline named by number that records no statistics is a stated no-baseline; constraints are recorded too; promote cannot judge a version without statistics', async () => {
  writeFileSync(join(ws, 'constraints.json'), '{"binary_classification_constraints":{"auc":{"threshold":0.85,"comparison_operator":"LessThanThreshold"}}}');
  const plain = await registerPr(sim, sha(1), { env: env() });
  expect(plain.errors).toEqual([]);
  const r = await candidate(15, 'better.json', { 'gate-baseline': '1', 'model-quality-constraints': 'constraints.json' });
  expect(r.errors).toEqual([]);
  expect(r.outputs.gate).toBe('no-baseline');
  expect(JSON.parse(r.outputs.metrics!)).toMatchObject({ baseline: { version: 1 }, note: expect.stringContaining('No baseline: version 1 records no model-quality statistics') });
  const constraintsDigest = createHash('sha256').update(readFileSync(join(ws, 'constraints.json'))).digest('hex');
  expect((await describeVersion(r.outputs['model-package-arn']!)).ModelMetrics?.ModelQuality?.Constraints).toEqual({ ContentType: 'application/json', S3Uri: `${PREFIX}/constraints-${constraintsDigest}.json`, ContentDigest: `sha256:${constraintsDigest}` });

  const seq = await seqNow();
  const refused = await runSub('promote', { env: env(), eventName: 'push', event: pushEvent(), inputs: { 'model-package-arn': plain.outputs['model-package-arn']!, 'metrics-gate': RULES, comment: 'false' } });
  expect(refused.errors).toEqual(['Version 1 cannot be judged by metrics-gate: version 1 records no model-quality statistics. Nothing was changed.']);
  expect(await writesAfter(seq)).toEqual([]);
});
