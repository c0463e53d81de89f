import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { Clients } from '../../../src/aws/clients.js';
import { callerAccount, inOtherAccount } from '../../../src/aws/identity.js';
import { registryClient, sessionName } from '../../../src/aws/registry-role.js';
import { ActionError } from '../../../src/errors.js';
import { awsError, rejection } from '../../helpers/errors.js';

const sts = mockClient(STSClient);
const ROLE = 'arn:aws:iam::111122223333:role/registry-writer';
const OPTS = { region: 'us-east-1', maxAttempts: 2, runId: '4242' };
const runClient = () => new SageMakerClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIA333344445555XMPL', secretAccessKey: 'run-secret' } });
const issued = (n: number) => ({ AccessKeyId: `ASIA111122223333000${n}`, SecretAccessKey: `role-secret-${n}`, SessionToken: `token-${n}`, Expiration: new Date(Date.now() + 3_600_000) });

beforeEach(() => {
  sts.reset();
  sts.on(GetCallerIdentityCommand).resolves({ Account: '333344445555' });
});
afterAll(() => sts.restore());

describe('callerAccount', () => {
  test('asked once per client; a failure is "unknown", which counts as another account', async () => {
    const sm = runClient();
    expect(await callerAccount(sm)).toBe('333344445555');
    expect(await callerAccount(sm)).toBe('333344445555');
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(1);
    expect(await inOtherAccount(sm, '111122223333')).toBe(true);
    expect(await inOtherAccount(sm, '333344445555')).toBe(false);
    expect(await inOtherAccount(sm, undefined)).toBe(false);
    sts.on(GetCallerIdentityCommand).rejects(awsError('InvalidClientTokenId', 'bad'));
    const other = runClient();
    expect(await callerAccount(other)).toBeUndefined();
    expect(await inOtherAccount(other, '333344445555')).toBe(true);
  });
});

describe('registryClient', () => {
  test("assumes the role once up front with a session naming the run; the client signs with the role's credentials, renewed by a new AssumeRole", async () => {
    sts.on(AssumeRoleCommand).resolvesOnce({ Credentials: issued(1) }).resolves({ Credentials: issued(2) });
    const client = await registryClient(runClient(), ROLE, OPTS);
    expect(sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input)).toEqual([{ RoleArn: ROLE, RoleSessionName: 'gha-4242', DurationSeconds: 3600 }]);
    const provider = client.config.credentials as () => Promise<{ accessKeyId: string; sessionToken?: string }>;
    expect((await provider()).accessKeyId).toBe('ASIA1111222233330001');
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
    expect(await client.config.region()).toBe('us-east-1');
  });

  test('a role of the account the run already is in is refused before AssumeRole', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '111122223333' });
    const err = await rejection(registryClient(runClient(), ROLE, OPTS), ActionError);
    expect(err.message).toBe(`registry-role-arn ${ROLE} is a role of account 111122223333, which this run's credentials already belong to: set it only when the group is in another account.`);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(0);
  });

  test("a refused AssumeRole names the role, the role's account and this run's account; AWS's text is not in the message", async () => {
    const text = `User: arn:aws:sts::333344445555:assumed-role/gha/session is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`;
    sts.on(AssumeRoleCommand).rejects(awsError('AccessDenied', text, { httpStatusCode: 403 }));
    const err = await rejection(registryClient(runClient(), ROLE, OPTS), ActionError);
    expect(err.message).toBe(
      `sts:AssumeRole of registry-role-arn ${ROLE} was refused: the role's trust policy in account 111122223333 must allow account 333344445555 (this run's credentials), and the role this run assumed needs sts:AssumeRole on it.`
    );
  });

  test('other STS failures are explained as any AWS error', async () => {
    sts.on(AssumeRoleCommand).rejects(awsError('RegionDisabledException', 'STS is not activated'));
    expect((await rejection(registryClient(runClient(), ROLE, OPTS), ActionError)).message).toMatch(/^sts:AssumeRole failed: RegionDisabledException/);
  });

  test('session names keep to RoleSessionName’s characters and length', () => {
    expect(sessionName('123')).toBe('gha-123');
    expect(sessionName('')).toBe('gha-local');
    expect(sessionName('a b/c')).toBe('gha-a-b-c');
    expect(sessionName('9'.repeat(80))).toHaveLength(64);
  });
});

describe('Clients.registry', () => {
  test('without a role: the run’s own SageMaker client; with one: a separate client, made once', async () => {
    sts.on(AssumeRoleCommand).resolves({ Credentials: issued(1) });
    const own = runClient();
    const clients = new Clients(OPTS, async () => own);
    expect(await clients.registry(undefined)).toBe(own);
    const writer = await clients.registry(ROLE);
    expect(writer).not.toBe(own);
    expect(await clients.registry(ROLE)).toBe(writer);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
  });
});
