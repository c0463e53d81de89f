import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageCommand,
  ListModelPackageGroupsCommand,
} from '@aws-sdk/client-sagemaker';
import { DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { startSimulator } from '../../sim/server.js';
import { client, control, ECR_IMAGE, rejection, startSim } from './helpers.js';

const CLI = fileURLToPath(new URL('../../sim/cli.js', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sim-test-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('state persistence', () => {
  it('keeps groups, versions, numbering and ClientTokens across a restart', async () => {
    const statePath = join(dir, 'state.json');
    const first = await startSim({ statePath });
    await first.sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' }));
    const v1 = await first.sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'g1', ClientToken: 'tok-1', InferenceSpecification: { Containers: [{ Image: ECR_IMAGE }] } }));
    first.sm.destroy();
    await first.sim.close();
    expect(existsSync(statePath)).toBe(true);
    expect(JSON.parse(readFileSync(statePath, 'utf8')).accounts['123456789012']['us-east-1'].groups.g1.ModelPackageGroupName).toBe('g1');

    const second = await startSim({ statePath });
    try {
      const groups = await second.sm.send(new ListModelPackageGroupsCommand({}));
      expect(groups.ModelPackageGroupSummaryList?.map((g) => g.ModelPackageGroupName)).toEqual(['g1']);
      const d = await second.sm.send(new DescribeModelPackageCommand({ ModelPackageName: v1.ModelPackageArn }));
      expect(d.ModelPackageVersion).toBe(1);
      const again = await second.sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'g1', ClientToken: 'tok-1', InferenceSpecification: { Containers: [{ Image: ECR_IMAGE }] } }));
      expect(again.ModelPackageArn).toBe(v1.ModelPackageArn);
      const v2 = await second.sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'g1', InferenceSpecification: { Containers: [{ Image: ECR_IMAGE }] } }));
      expect(v2.ModelPackageArn).toMatch(/\/g1\/2$/);
      const dup = await rejection(second.sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' })));
      expect(dup.name).toBe('ValidationException');
    } finally {
      second.sm.destroy();
      await second.sim.close();
    }
  });

  it('without statePath a restart starts empty; the request log goes to logPath as JSON lines', async () => {
    const logPath = join(dir, 'requests.jsonl');
    const a = await startSim({ logPath });
    await a.sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' }));
    await rejection(a.sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' })));
    a.sm.destroy();
    await a.sim.close();
    const lines = readFileSync(logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.seq, l.operation, l.status, l.error])).toEqual([
      [1, 'CreateModelPackageGroup', 200, null],
      [2, 'CreateModelPackageGroup', 400, 'ValidationException'],
    ]);
    expect(lines[0].request).toEqual({ ModelPackageGroupName: 'g1' });
    expect(Number.isNaN(Date.parse(lines[0].time))).toBe(false);

    const b = await startSim();
    try {
      const groups = await b.sm.send(new ListModelPackageGroupsCommand({}));
      expect(groups.ModelPackageGroupSummaryList).toEqual([]);
    } finally {
      b.sm.destroy();
      await b.sim.close();
    }
  });

  it('keeps ECR images, secrets and GitHub comments/tokens across a restart', async () => {
    const statePath = join(dir, 'state.json');
    const digest = 'sha256:' + 'd'.repeat(64);
    const first = await startSim({ statePath });
    const post = (path: string, body: unknown) => control(first.sim, 'POST', path, body);
    expect((await post('/_sim/ecr/images', { repositoryName: 'kept', imageTag: 'v1', imageDigest: digest })).status).toBe(200);
    const { ARN } = await (await post('/_sim/secrets', { name: 'kept', secretString: 'value' })).json();
    expect((await post('/_sim/github/tokens', { token: 'ghp_kept', login: 'octocat', type: 'user' })).status).toBe(200);
    expect((await post('/_sim/github/comments', { owner: 'o', repo: 'r', number: 1, body: 'kept', login: 'octocat' })).status).toBe(200);
    first.sm.destroy();
    await first.sim.close();

    const second = await startSim({ statePath });
    const credentials = { accessKeyId: 'a', secretAccessKey: 'b' };
    const ecr = new ECRClient({ endpoint: second.sim.url, region: 'us-east-1', credentials });
    const secrets = new SecretsManagerClient({ endpoint: second.sim.url, region: 'us-east-1', credentials });
    try {
      const images = await ecr.send(new DescribeImagesCommand({ repositoryName: 'kept', imageIds: [{ imageTag: 'v1' }] }));
      expect(images.imageDetails?.[0]?.imageDigest).toBe(digest);
      expect((await secrets.send(new GetSecretValueCommand({ SecretId: ARN }))).SecretString).toBe('value');
      const res = await fetch(`${second.sim.url}/repos/o/r/issues/1/comments`, { headers: { authorization: 'token ghp_kept' } });
      expect(res.status).toBe(200);
      expect((await res.json()).map((c: { body: string }) => c.body)).toEqual(['kept']);
    } finally {
      ecr.destroy();
      secrets.destroy();
      second.sm.destroy();
      await second.sim.close();
    }
  });

  it('refuses to bind anywhere but 127.0.0.1', async () => {
    await expect(startSimulator({ host: '0.0.0.0' })).rejects.toThrow(/127\.0\.0\.1/);
  });
});

describe('cli', () => {
  it('prints one export line per variable, serves requests, and persists on SIGTERM', async () => {
    const statePath = join(dir, 'cli-state.json');
    const child = spawn(process.execPath, [CLI, '--port', '0', '--state', statePath, '--package-delay-ms', '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const stdout = await new Promise<string>((resolve, reject) => {
        let buf = '';
        child.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          if (buf.split('\n').length > 15) resolve(buf);
        });
        child.once('exit', (code) => reject(new Error(`cli exited early (${code}): ${buf}`)));
      });
      const lines = stdout.trim().split('\n');
      expect(lines).toHaveLength(16);
      for (const l of lines) expect(l).toMatch(/^export [A-Z0-9_]+=\S+$/);
      const env = Object.fromEntries(lines.map((l) => l.replace(/^export /, '').split('=') as [string, string]));
      expect(Object.keys(env).sort()).toEqual([
        'AWS_ACCESS_KEY_ID', 'AWS_DEFAULT_REGION', 'AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING', 'AWS_ENDPOINT_URL_CLOUDWATCH', 'AWS_ENDPOINT_URL_ECR', 'AWS_ENDPOINT_URL_EVENTBRIDGE', 'AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL_SAGEMAKER', 'AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME', 'AWS_ENDPOINT_URL_SECRETS_MANAGER', 'AWS_ENDPOINT_URL_STS', 'AWS_REGION', 'AWS_SECRET_ACCESS_KEY',
        'GITHUB_API_URL', 'GITHUB_GRAPHQL_URL', 'SIM_URL',
      ]);
      expect(env.GITHUB_API_URL).toBe(env.SIM_URL);
      expect(env.GITHUB_GRAPHQL_URL).toBe(`${env.SIM_URL}/graphql`);
      expect(env.AWS_ENDPOINT_URL_SAGEMAKER).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(env.AWS_REGION).toBe('us-east-1');
      expect(env.AWS_DEFAULT_REGION).toBe('us-east-1');
      const url = env.SIM_URL as string;
      const sm = client({ url } as Parameters<typeof client>[0]);
      await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'from-cli' }));
      sm.destroy();
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const state = JSON.parse(readFileSync(statePath, 'utf8'));
      expect(Object.keys(state.accounts['123456789012']['us-east-1'].groups)).toEqual(['from-cli']);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('exits 2 with usage on a bad flag, printing nothing on stdout', async () => {
    const child = spawn(process.execPath, [CLI, '--port', 'x'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('usage:');
  });
});
