import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetSecretValueCommand, RotateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { startSimulator, type Simulator } from '../../sim/server.js';
import { control, rejection } from './helpers.js';

let sim: Simulator;
let sm: SecretsManagerClient;
let dir: string;
let logPath: string;

const client = (region = 'us-east-1') =>
  new SecretsManagerClient({ endpoint: sim.url, region, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sim-secrets-'));
  logPath = join(dir, 'requests.jsonl');
  sim = await startSimulator({ logPath, statePath: join(dir, 'state.json') });
  sm = client();
});
afterAll(async () => {
  sm.destroy();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => sim.reset());

async function seed(body: Record<string, unknown>): Promise<{ ARN: string; Name: string; VersionId: string }> {
  const res = await control(sim, 'POST', '/_sim/secrets', body);
  expect(res.status).toBe(200);
  return res.json();
}

const SECRET = '{"username":"robot","password":"s3cr3t-Value-42"}';

describe('GetSecretValue', () => {
  it('finds a secret by name, full ARN and partial ARN', async () => {
    const { ARN, VersionId } = await seed({ name: 'registry/creds', secretString: SECRET });
    expect(ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:registry\/creds-[A-Za-z0-9]{6}$/);
    for (const id of ['registry/creds', ARN, 'arn:aws:secretsmanager:us-east-1:123456789012:secret:registry/creds']) {
      const out = await sm.send(new GetSecretValueCommand({ SecretId: id }));
      expect(out).toMatchObject({ ARN, Name: 'registry/creds', VersionId, SecretString: SECRET, VersionStages: ['AWSCURRENT'] });
      expect(out.SecretBinary).toBeUndefined();
      expect(out.CreatedDate).toBeInstanceOf(Date);
    }
  });

  it('unknown secret: ResourceNotFoundException', async () => {
    const err = await rejection(sm.send(new GetSecretValueCommand({ SecretId: 'nope' })));
    expect(err.name).toBe('ResourceNotFoundException');
    expect(err.message).toBe("Secrets Manager can't find the specified secret.");
    // a full ARN with a wrong suffix is not the secret either
    const { ARN } = await seed({ name: 'exists', secretString: 'x' });
    const wrong = await rejection(sm.send(new GetSecretValueCommand({ SecretId: `${ARN.slice(0, -6)}ZZZZZZ` })));
    expect(wrong.name).toBe('ResourceNotFoundException');
    expect(sim.requests({ service: 'secretsmanager' }).map((e) => e.error)).toEqual(['ResourceNotFoundException', 'ResourceNotFoundException']);
  });

  it('secrets live in the region they were seeded in', async () => {
    const { ARN } = await seed({ name: 'eu-only', secretString: 'x', region: 'eu-west-1' });
    expect(ARN).toContain(':eu-west-1:');
    expect((await rejection(sm.send(new GetSecretValueCommand({ SecretId: 'eu-only' })))).name).toBe('ResourceNotFoundException');
    const eu = client('eu-west-1');
    try {
      expect((await eu.send(new GetSecretValueCommand({ SecretId: 'eu-only' }))).ARN).toBe(ARN);
    } finally {
      eu.destroy();
    }
  });

  it('returns binary secrets as bytes', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    await seed({ name: 'bin', secretBinary: bytes.toString('base64') });
    const out = await sm.send(new GetSecretValueCommand({ SecretId: 'bin' }));
    expect(out.SecretString).toBeUndefined();
    expect(Buffer.from(out.SecretBinary ?? new Uint8Array())).toEqual(bytes);
  });

  it('versions: re-seeding moves AWSCURRENT, the old value stays reachable as AWSPREVIOUS', async () => {
    const v1 = await seed({ name: 'rotating', secretString: 'one' });
    const v2 = await seed({ name: 'rotating', secretString: 'two' });
    expect(v2.ARN).toBe(v1.ARN);
    expect((await sm.send(new GetSecretValueCommand({ SecretId: 'rotating' }))).SecretString).toBe('two');
    const prev = await sm.send(new GetSecretValueCommand({ SecretId: 'rotating', VersionStage: 'AWSPREVIOUS' }));
    expect(prev).toMatchObject({ SecretString: 'one', VersionId: v1.VersionId, VersionStages: ['AWSPREVIOUS'] });
    expect((await sm.send(new GetSecretValueCommand({ SecretId: 'rotating', VersionId: v1.VersionId }))).SecretString).toBe('one');
    const stage = await rejection(sm.send(new GetSecretValueCommand({ SecretId: 'rotating', VersionStage: 'AWSPENDING' })));
    expect(stage.name).toBe('ResourceNotFoundException');
    expect(stage.message).toBe("Secrets Manager can't find the specified secret value for staging label: AWSPENDING");
    const mismatch = await rejection(sm.send(new GetSecretValueCommand({ SecretId: 'rotating', VersionId: v1.VersionId, VersionStage: 'AWSCURRENT' })));
    expect(mismatch.name).toBe('InvalidRequestException');
  });

  it('validates the request against the model (Coral ValidationException)', async () => {
    const empty = await rejection(sm.send(new GetSecretValueCommand({ SecretId: '' })));
    expect(empty.name).toBe('ValidationException');
    expect(empty.message).toBe("1 validation error detected: Value '' at 'secretId' failed to satisfy constraint: Member must have length greater than or equal to 1");
    const long = await rejection(sm.send(new GetSecretValueCommand({ SecretId: 'x'.repeat(2049), VersionId: 'AWSCURRENT' })));
    expect(long.message).toMatch(/^2 validation errors detected: .*'secretId'.*less than or equal to 2048; .*'versionId'.*greater than or equal to 32$/);
  });

  it('an operation the simulator does not implement is refused', async () => {
    const err = await rejection(sm.send(new RotateSecretCommand({ SecretId: 'x' })));
    expect(err.name).toBe('UnknownOperationException');
    expect(err.message).toBe('The simulator does not implement secretsmanager.RotateSecret');
  });

  it('deny faults name the secret ARN', async () => {
    const { ARN } = await seed({ name: 'guarded', secretString: 'x' });
    await control(sim, 'POST', '/_sim/faults', { deny: ['GetSecretValue'] });
    const err = await rejection(sm.send(new GetSecretValueCommand({ SecretId: 'guarded' })));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toContain(`secretsmanager:GetSecretValue on resource: ${ARN}`);
  });
});

describe('secret values stay out of logs and control answers', () => {
  it('neither the seed answer, the request log, the log file nor GET /_sim/state contain the value', async () => {
    const res = await control(sim, 'POST', '/_sim/secrets', { name: 'quiet', secretString: SECRET });
    const seedText = await res.text();
    await sm.send(new GetSecretValueCommand({ SecretId: 'quiet' }));
    const ndjson = await (await control(sim, 'GET', '/_sim/requests')).text();
    const state = await (await control(sim, 'GET', '/_sim/state')).text();
    expect(ndjson).toContain('GetSecretValue');
    for (const text of [seedText, ndjson, state, JSON.stringify(sim.requests()), readFileSync(logPath, 'utf8')]) {
      expect(text).not.toContain('s3cr3t-Value-42');
    }
    expect(state).toContain('<redacted>');
  });

  it('rejects bad seeds with 400', async () => {
    for (const body of [
      { name: 'bad name!', secretString: 'x' },
      { name: 'both', secretString: 'x', secretBinary: 'eA==' },
      { name: 'none' },
      { name: 'b64', secretBinary: 'not base64!' },
      { name: 'x', secretString: 'y', versionStages: [] },
    ]) {
      const r = await control(sim, 'POST', '/_sim/secrets', body);
      expect([body, r.status]).toEqual([body, 400]);
    }
  });
});
