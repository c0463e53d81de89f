import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CreateRepositoryCommand, DescribeImagesCommand, DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { Simulator } from '../../sim/server.js';
import { control, rejection, startSim } from './helpers.js';

let sim: Simulator;
let ecr: ECRClient;
let secrets: SecretsManagerClient;
const ACCT = '123456789012';
const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

beforeAll(async () => {
  ({ sim } = await startSim());
  ecr = new ECRClient({ endpoint: sim.url, region: 'us-east-1', credentials: creds });
  secrets = new SecretsManagerClient({ endpoint: sim.url, region: 'us-east-1', credentials: creds });
});
afterAll(async () => {
  ecr.destroy();
  secrets.destroy();
  await sim.close();
});
beforeEach(() => sim.reset());

describe('ECR CreateRepository / DescribeRepositories', () => {
  it('creates a repository with the service defaults; a duplicate is RepositoryAlreadyExistsException', async () => {
    const out = await ecr.send(new CreateRepositoryCommand({ repositoryName: 'models/churn', imageScanningConfiguration: { scanOnPush: true } }));
    expect(out.repository).toMatchObject({
      repositoryArn: `arn:aws:ecr:us-east-1:${ACCT}:repository/models/churn`,
      registryId: ACCT,
      repositoryName: 'models/churn',
      repositoryUri: `${ACCT}.dkr.ecr.us-east-1.amazonaws.com/models/churn`,
      imageTagMutability: 'MUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    expect(out.repository?.createdAt).toBeInstanceOf(Date);
    const dup = await rejection(ecr.send(new CreateRepositoryCommand({ repositoryName: 'models/churn' })));
    expect(dup.name).toBe('RepositoryAlreadyExistsException');
    expect(dup.message).toBe(`The repository with name 'models/churn' already exists in the registry with id '${ACCT}'`);
    // the new repository is the one DescribeImages reads
    expect((await ecr.send(new DescribeImagesCommand({ repositoryName: 'models/churn' }))).imageDetails).toEqual([]);
  });

  it('describes created and seeded repositories, by name or all; a missing name is RepositoryNotFoundException', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'b-repo' }));
    await control(sim, 'POST', '/_sim/ecr/repositories', { repositoryName: 'a-repo' });
    const all = await ecr.send(new DescribeRepositoriesCommand({}));
    expect(all.repositories?.map((r) => r.repositoryName)).toEqual(['a-repo', 'b-repo']);
    const one = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['a-repo'] }));
    expect(one.repositories?.[0]?.repositoryUri).toBe(`${ACCT}.dkr.ecr.us-east-1.amazonaws.com/a-repo`);
    const missing = await rejection(ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['nope'] })));
    expect(missing.name).toBe('RepositoryNotFoundException');
    expect(missing.message).toBe(`The repository with name 'nope' does not exist in the registry with id '${ACCT}'`);
    const paged = await ecr.send(new DescribeRepositoriesCommand({ maxResults: 1 }));
    expect(paged.repositories).toHaveLength(1);
    const rest = await ecr.send(new DescribeRepositoriesCommand({ maxResults: 1, nextToken: paged.nextToken }));
    expect(rest.repositories?.map((r) => r.repositoryName)).toEqual(['b-repo']);
  });

  it('validates against the service model with the ECR wording', async () => {
    const bad = await rejection(ecr.send(new CreateRepositoryCommand({ repositoryName: 'Upper' })));
    expect(bad.name).toBe('InvalidParameterException');
    expect(bad.message).toMatch(/^Invalid parameter at 'repositoryName' failed to satisfy constraint: 'Member must satisfy regular expression pattern: /);
  });
});

describe('Secrets Manager CreateSecret / DescribeSecret / ListSecrets', () => {
  it('creates a secret readable by GetSecretValue and described without its value', async () => {
    const out = await secrets.send(new CreateSecretCommand({ Name: 'registry/ghcr', SecretString: '{"username":"u","password":"p"}', Description: 'ghcr pull', Tags: [{ Key: 'team', Value: 'ml' }] }));
    expect(out.ARN).toMatch(new RegExp(`^arn:aws:secretsmanager:us-east-1:${ACCT}:secret:registry/ghcr-[A-Za-z0-9]{6}$`));
    expect(out.VersionId).toBeDefined();
    const value = await secrets.send(new GetSecretValueCommand({ SecretId: 'registry/ghcr' }));
    expect(value.SecretString).toBe('{"username":"u","password":"p"}');
    const d = await secrets.send(new DescribeSecretCommand({ SecretId: out.ARN }));
    expect(d).toMatchObject({ ARN: out.ARN, Name: 'registry/ghcr', Description: 'ghcr pull', Tags: [{ Key: 'team', Value: 'ml' }] });
    expect(d.VersionIdsToStages).toEqual({ [out.VersionId as string]: ['AWSCURRENT'] });
    expect(JSON.stringify(d)).not.toContain('password');
    const dup = await rejection(secrets.send(new CreateSecretCommand({ Name: 'registry/ghcr', SecretString: 'x' })));
    expect(dup.name).toBe('ResourceExistsException');
    const both = await rejection(secrets.send(new CreateSecretCommand({ Name: 'b', SecretString: 'x', SecretBinary: Buffer.from('y') })));
    expect(both.name).toBe('InvalidParameterException');
    const missing = await rejection(secrets.send(new DescribeSecretCommand({ SecretId: 'nope' })));
    expect(missing.name).toBe('ResourceNotFoundException');
  });

  it('lists created and seeded secrets with name filters, newest first', async () => {
    await secrets.send(new CreateSecretCommand({ Name: 'registry/one', SecretString: 'a' }));
    sim.clock.advance(1000);
    await control(sim, 'POST', '/_sim/secrets', { name: 'registry/two', secretString: 'b' });
    await secrets.send(new CreateSecretCommand({ Name: 'other', SecretString: 'c' }));
    const filtered = await secrets.send(new ListSecretsCommand({ Filters: [{ Key: 'name', Values: ['REGISTRY/'] }] }));
    expect(filtered.SecretList?.map((s) => s.Name)).toEqual(['registry/two', 'registry/one']);
    const negated = await secrets.send(new ListSecretsCommand({ Filters: [{ Key: 'name', Values: ['!registry'] }] }));
    expect(negated.SecretList?.map((s) => s.Name)).toEqual(['other']);
    const bad = await rejection(secrets.send(new ListSecretsCommand({ MaxResults: 0 })));
    expect(bad.name).toBe('ValidationException');
    const token = await rejection(secrets.send(new ListSecretsCommand({ NextToken: 'garbage' })));
    expect(token.name).toBe('InvalidNextTokenException');
  });
});

describe('CLI', () => {
  it('accepts --search-delay-ms and prints AWS_DEFAULT_REGION', async () => {
    const cli = fileURLToPath(new URL('../../sim/cli.js', import.meta.url));
    const child = spawn(process.execPath, [cli, '--port', '0', '--search-delay-ms', '2500'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const stdout = await new Promise<string>((resolve, reject) => {
        let buf = '';
        child.stdout.on('data', (d) => {
          buf += d.toString();
          if (buf.includes('SIM_URL=') && buf.endsWith('\n') && buf.includes('AWS_DEFAULT_REGION=')) resolve(buf);
        });
        child.once('exit', (code) => reject(new Error(`cli exited early (${code}): ${buf}`)));
      });
      expect(stdout).toContain('export AWS_DEFAULT_REGION=us-east-1\n');
      const url = /export SIM_URL=(\S+)/.exec(stdout)?.[1];
      const res = await fetch(`${url}/_sim/config`, { method: 'POST', body: '{}' });
      expect((await res.json()).searchDelayMs).toBe(2500);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
