/**
 * The simulator's STS (sim/sts/): GetCallerIdentity and AssumeRole over awsQuery with the real @aws-sdk/client-sts,
 * and credentials it issues acting as the role's account in SageMaker.
 */
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import {
  CreateModelPackageGroupCommand,
  DescribeModelPackageGroupCommand,
  PutModelPackageGroupPolicyCommand,
  SageMakerClient
} from '@aws-sdk/client-sagemaker';
import { control, rejection } from './helpers.js';
import { useSimulator } from '../helpers/simulator.js';

const { sim } = useSimulator({ clockSpeed: 0 });

const REGISTRY = '111122223333';
const PRODUCTION = '333344445555';
const OUTSIDER = '444455556666';
const ROLE = `arn:aws:iam::${REGISTRY}:role/registry-writer`;
const GROUP_ARN = `arn:aws:sagemaker:us-east-1:${REGISTRY}:model-package-group/churn`;

type Creds = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
const destroy: { destroy(): void }[] = [];
afterAll(() => destroy.forEach((c) => c.destroy()));
const sts = (credentials: Creds) => {
  const c = new STSClient({ endpoint: sim.url, region: 'us-east-1', credentials, maxAttempts: 1 });
  destroy.push(c);
  return c;
};
const sm = (credentials: Creds) => {
  const c = new SageMakerClient({ endpoint: sim.url, region: 'us-east-1', credentials, maxAttempts: 1 });
  destroy.push(c);
  return c;
};
const keys = (account: string): Creds => ({ accessKeyId: `AKIA${account}XMPL`, secretAccessKey: 's' });
const seedRole = (body: unknown) => control(sim, 'POST', '/_sim/iam/roles', body);

describe('GetCallerIdentity', () => {
  it('answers the account of the access key and the caller ARN', async () => {
    const me = await sts(keys(PRODUCTION)).send(new GetCallerIdentityCommand({}));
    expect(me.Account).toBe(PRODUCTION);
    expect(me.Arn).toBe(`arn:aws:sts::${PRODUCTION}:assumed-role/gha/session`);
    expect(me.UserId).toMatch(/^AROA[A-Z0-9]{17}:session$/);
    const other = await sts({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 's' }).send(new GetCallerIdentityCommand({}));
    expect(other.Account).toBe('123456789012');
    expect(sim.requests({ service: 'sts' }).map((e) => [e.operation, e.account, e.status])).toEqual([
      ['GetCallerIdentity', PRODUCTION, 200],
      ['GetCallerIdentity', '123456789012', 200]
    ]);
  });
});

describe('AssumeRole', () => {
  it('round trip: a trusted account gets credentials of the role account, which act as the role there', async () => {
    expect((await seedRole({ roleArn: ROLE, trustedAccounts: [PRODUCTION] })).status).toBe(200);
    const before = sim.clock.now();
    const out = await sts(keys(PRODUCTION)).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'promote-42', DurationSeconds: 900 }));
    const c = out.Credentials!;
    expect(c.AccessKeyId).toMatch(new RegExp(`^ASIA${REGISTRY}[A-Z0-9]{8}$`));
    expect(c.SecretAccessKey).toBeTruthy();
    expect(c.SessionToken).toBeTruthy();
    expect(c.Expiration!.getTime()).toBe(Math.floor(before / 1000) * 1000 + 900_000);
    expect(out.AssumedRoleUser).toEqual({ Arn: `arn:aws:sts::${REGISTRY}:assumed-role/registry-writer/promote-42`, AssumedRoleId: expect.stringMatching(/^AROA[A-Z0-9]{17}:promote-42$/) });
    const assumed = { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
    const me = await sts(assumed).send(new GetCallerIdentityCommand({}));
    expect([me.Account, me.Arn]).toEqual([REGISTRY, `arn:aws:sts::${REGISTRY}:assumed-role/registry-writer/promote-42`]);
    // the assumed credentials act in the role's account: its own group by name
    await sm(keys(REGISTRY)).send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
    expect((await sm(assumed).send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }))).ModelPackageGroupArn).toBe(GROUP_ARN);
  });

  it('the default duration is 3600 s', async () => {
    await seedRole({ roleArn: ROLE, trustedAccounts: [PRODUCTION] });
    const before = sim.clock.now();
    const out = await sts(keys(PRODUCTION)).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'x1' }));
    expect(out.Credentials!.Expiration!.getTime()).toBe(Math.floor(before / 1000) * 1000 + 3_600_000);
  });

  it('an untrusted account, or a role not seeded, is refused with AccessDenied (403) naming the caller and the role', async () => {
    await seedRole({ roleArn: ROLE, trustedAccounts: [PRODUCTION] });
    const err = await rejection(sts(keys(OUTSIDER)).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'x1' })));
    expect(err.name).toBe('AccessDenied');
    expect(err.$metadata?.httpStatusCode).toBe(403);
    expect(err.message).toBe(`User: arn:aws:sts::${OUTSIDER}:assumed-role/gha/session is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`);
    const missing = `arn:aws:iam::${REGISTRY}:role/nobody`;
    const none = await rejection(sts(keys(PRODUCTION)).send(new AssumeRoleCommand({ RoleArn: missing, RoleSessionName: 'x1' })));
    expect(none.message).toBe(`User: arn:aws:sts::${PRODUCTION}:assumed-role/gha/session is not authorized to perform: sts:AssumeRole on resource: ${missing}`);
    expect(sim.requests({ service: 'sts' }).map((e) => e.error)).toEqual(['AccessDenied', 'AccessDenied']);
  });

  it('requests are validated against the STS model', async () => {
    await seedRole({ roleArn: ROLE, trustedAccounts: [PRODUCTION] });
    const bad = async (input: { RoleArn: string; RoleSessionName: string; DurationSeconds?: number }) => {
      const err = await rejection(sts(keys(PRODUCTION)).send(new AssumeRoleCommand(input)));
      expect(err.name).toBe('ValidationError');
      return err.message;
    };
    expect(await bad({ RoleArn: ROLE, RoleSessionName: 'a b' })).toBe(
      "1 validation error detected: Value 'a b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\w+=,.@-]*$"
    );
    expect(await bad({ RoleArn: ROLE, RoleSessionName: 'a' })).toContain('Member must have length greater than or equal to 2');
    expect(await bad({ RoleArn: ROLE, RoleSessionName: 'x'.repeat(65) })).toContain('Member must have length less than or equal to 64');
    expect(await bad({ RoleArn: ROLE, RoleSessionName: 'ok', DurationSeconds: 899 })).toContain("at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900");
    expect(await bad({ RoleArn: ROLE, RoleSessionName: 'ok', DurationSeconds: 43201 })).toContain('Member must have value less than or equal to 43200');
    expect(await bad({ RoleArn: 'arn:aws:iam::1:role', RoleSessionName: 'ok' })).toContain("at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20");
    const unsupported = await rejection(sts(keys(PRODUCTION)).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'ok', ExternalId: 'abc' })));
    expect(unsupported.message).toBe('The simulator does not implement AssumeRole with ExternalId');
    const tags = await rejection(sts(keys(PRODUCTION)).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'ok', Tags: [{ Key: 'k', Value: 'v' }] })));
    expect(tags.message).toBe('The simulator does not implement AssumeRole with Tags');
  });

  it('a role principal in a group policy matches the assumed role of that account, not its other callers', async () => {
    const deployer = `arn:aws:iam::${PRODUCTION}:role/deployer`;
    await seedRole({ roleArn: deployer, trustedAccounts: [PRODUCTION] });
    await sm(keys(REGISTRY)).send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
    await sm(keys(REGISTRY)).send(new PutModelPackageGroupPolicyCommand({
      ModelPackageGroupName: 'churn',
      ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: deployer }, Action: 'sagemaker:DescribeModelPackageGroup', Resource: GROUP_ARN }] })
    }));
    const refused = await rejection(sm(keys(PRODUCTION)).send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: GROUP_ARN })));
    expect(refused.name).toBe('AccessDeniedException');
    const c = (await sts(keys(PRODUCTION)).send(new AssumeRoleCommand({ RoleArn: deployer, RoleSessionName: 'run-7' }))).Credentials!;
    const assumed = { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
    expect((await sm(assumed).send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: GROUP_ARN }))).ModelPackageGroupArn).toBe(GROUP_ARN);
    // AccessDenied of an assumed role names its session
    const other = await rejection(sm(assumed).send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: `arn:aws:sagemaker:us-east-1:${OUTSIDER}:model-package-group/x` })));
    expect(other.message).toBe(
      `User: arn:aws:sts::${PRODUCTION}:assumed-role/deployer/run-7 is not authorized to perform: sagemaker:DescribeModelPackageGroup on resource: arn:aws:sagemaker:us-east-1:${OUTSIDER}:model-package-group/x because no resource-based policy allows the sagemaker:DescribeModelPackageGroup action`
    );
  });

  it('the roles route refuses bad bodies', async () => {
    expect((await seedRole({ roleArn: 'arn:aws:iam::1:role/x', trustedAccounts: [] })).status).toBe(400);
    expect((await seedRole({ roleArn: ROLE, trustedAccounts: ['12'] })).status).toBe(400);
    expect((await seedRole({ roleArn: ROLE, trustedAccounts: [], extra: 1 })).status).toBe(400);
  });
});
