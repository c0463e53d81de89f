import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  ListModelPackagesCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { compilePattern, displayPattern, translateJavaPattern } from '../../sim/patterns.js';
import { shapes } from '../../sim/schema/sagemaker.js';
import type { Simulator } from '../../sim/server.js';
import { ECR_IMAGE, rejection, startSim } from './helpers.js';

let sim: Simulator;
let sm: SageMakerClient;

beforeAll(async () => {
  ({ sim, sm } = await startSim());
  await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'g1' }));
});
afterAll(async () => {
  sm.destroy();
  await sim.close();
});

const META_PATTERN = '^([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)${1,256}';
const META_VALUE_RULES =
  `[Member must have length less than or equal to 256, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ${META_PATTERN}]`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const create = (input: any) => sm.send(new CreateModelPackageCommand({ ModelPackageGroupName: 'g1', InferenceSpecification: { Containers: [{ Image: ECR_IMAGE }] }, ...input }));

async function validationMessage(p: Promise<unknown>): Promise<string> {
  const err = await rejection(p);
  expect(err.name).toBe('ValidationException');
  expect(err.$metadata?.httpStatusCode).toBe(400);
  return err.message;
}

describe('validation messages in the service style', () => {
  it('bad group name', async () => {
    const msg = await validationMessage(sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'bad_name' })));
    expect(msg).toBe("1 validation error detected: Value 'bad_name' at 'modelPackageGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$");
  });

  it('image of 256 characters', async () => {
    const prefix = '123456789012.dkr.ecr.us-east-1.amazonaws.com/';
    const image = `${prefix}${'a'.repeat(256 - prefix.length)}`;
    expect(image).toHaveLength(256);
    const msg = await validationMessage(create({ InferenceSpecification: { Containers: [{ Image: ECR_IMAGE }, { Image: image }] } }));
    expect(msg).toBe(`1 validation error detected: Value '${image}' at 'inferenceSpecification.containers.2.member.image' failed to satisfy constraint: Member must have length less than or equal to 255`);
  });

  it('an image of 255 characters is accepted', async () => {
    const prefix = '123456789012.dkr.ecr.us-east-1.amazonaws.com/';
    const image = `${prefix}${'a'.repeat(255 - prefix.length)}`;
    expect(image).toHaveLength(255);
    await expect(create({ InferenceSpecification: { Containers: [{ Image: image }] } })).resolves.toHaveProperty('ModelPackageArn');
  });

  it('customer metadata value with a comma', async () => {
    const msg = await validationMessage(create({ CustomerMetadataProperties: { commit: 'fix a, b' } }));
    expect(msg).toBe(`1 validation error detected: Value '{commit=fix a, b}' at 'customerMetadataProperties' failed to satisfy constraint: Map value must satisfy constraint: ${META_VALUE_RULES}`);
  });

  it('empty customer metadata value', async () => {
    const msg = await validationMessage(create({ CustomerMetadataProperties: { ok: 'yes', empty: '' } }));
    expect(msg).toBe(`1 validation error detected: Value '{ok=yes, empty=}' at 'customerMetadataProperties' failed to satisfy constraint: Map value must satisfy constraint: ${META_VALUE_RULES}`);
  });

  it('customer metadata keys are checked too', async () => {
    const msg = await validationMessage(create({ CustomerMetadataProperties: { 'bad key!': 'v' } }));
    expect(msg).toBe("1 validation error detected: Value '{bad key!=v}' at 'customerMetadataProperties' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 128, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)${1,128}]");
  });

  it('unicode letters, spaces and URLs pass the metadata pattern', async () => {
    await expect(create({ CustomerMetadataProperties: { repo: 'https://github.com/org/repo', note: 'Größe ok' } })).resolves.toHaveProperty('ModelPackageArn');
  });

  it('bad enum for SkipModelValidation', async () => {
    const msg = await validationMessage(create({ SkipModelValidation: 'Maybe' }));
    expect(msg).toBe("1 validation error detected: Value 'Maybe' at 'skipModelValidation' failed to satisfy constraint: Member must satisfy enum value set: [All, None]");
  });

  it('description over 1024 characters', async () => {
    const description = 'd'.repeat(1025);
    const msg = await validationMessage(create({ ModelPackageDescription: description }));
    expect(msg).toBe(`1 validation error detected: Value '${description}' at 'modelPackageDescription' failed to satisfy constraint: Member must have length less than or equal to 1024`);
    await expect(create({ ModelPackageDescription: 'd'.repeat(1024) })).resolves.toHaveProperty('ModelPackageArn');
  });

  it('several errors: required members first, then members in name order', async () => {
    const description = 'd'.repeat(1025);
    const msg = await validationMessage(
      sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: undefined as unknown as string, ModelPackageGroupDescription: description })),
    );
    expect(msg).toBe(
      "2 validation errors detected: Value null at 'modelPackageGroupName' failed to satisfy constraint: Member must not be null; " +
        `Value '${description}' at 'modelPackageGroupDescription' failed to satisfy constraint: Member must have length less than or equal to 1024`,
    );
    const nested = await validationMessage(create({ ModelPackageDescription: description, ModelLifeCycle: { Stage: 'dev' } }));
    expect(nested).toBe(
      "2 validation errors detected: Value null at 'modelLifeCycle.stageStatus' failed to satisfy constraint: Member must not be null; " +
        `Value '${description}' at 'modelPackageDescription' failed to satisfy constraint: Member must have length less than or equal to 1024`,
    );
  });

  it('a newline in the description is outside the pattern', async () => {
    const msg = await validationMessage(create({ ModelPackageDescription: 'line1\nline2' }));
    expect(msg).toContain("at 'modelPackageDescription' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$");
  });

  it('MaxResults out of range and too many containers', async () => {
    const max = await validationMessage(sm.send(new ListModelPackagesCommand({ MaxResults: 101 })));
    expect(max).toBe("1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100");
    const containers = Array.from({ length: 16 }, () => ({ Image: ECR_IMAGE }));
    const many = await validationMessage(create({ InferenceSpecification: { Containers: containers } }));
    expect(many).toMatch(/^1 validation error detected: Value '\[.*\]' at 'inferenceSpecification.containers' failed to satisfy constraint: Member must have length less than or equal to 15$/);
  });

  it('nothing is created by a rejected request', async () => {
    const before = await sm.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'g1', ModelPackageType: 'Versioned', MaxResults: 100 }));
    await rejection(create({ SkipModelValidation: 'Maybe' }));
    const after = await sm.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'g1', ModelPackageType: 'Versioned', MaxResults: 100 }));
    expect(after.ModelPackageSummaryList).toHaveLength(before.ModelPackageSummaryList?.length ?? -1);
  });
});

describe('Java patterns in JavaScript', () => {
  it('every pattern of the schema compiles with the u flag', () => {
    const patterns = Object.values(shapes).flatMap((s) => (s.pattern ? [s.pattern] : []));
    expect(patterns.length).toBeGreaterThan(30);
    for (const p of patterns) expect(() => compilePattern(p)).not.toThrow();
  });

  it('a quantified end anchor is dropped and the whole value must match', () => {
    const re = compilePattern('([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)${1,256}');
    expect(re.test('Größe 1.2/a=b+c@d')).toBe(true);
    expect(re.test('a,b')).toBe(false);
    expect(displayPattern('([a-z]*)${1,256}')).toBe('^([a-z]*)${1,256}');
    expect(displayPattern('[a-z]+')).toBe('^[a-z]+$');
  });

  it('POSIX classes, Java whitespace and possessive quantifiers are translated', () => {
    expect(compilePattern('arn:[\\p{Alnum}\\-]+:lambda').test('arn:aws-cn:lambda')).toBe(true);
    expect(compilePattern('arn:[\\p{Alnum}\\-]+:lambda').test('arn:aws_x:lambda')).toBe(false);
    expect(compilePattern('\\p{Alpha}+').test('abcZ')).toBe(true);
    expect(compilePattern('\\p{Alpha}+').test('ab1')).toBe(false);
    // Java's \S is "not ASCII whitespace": a no-break space is allowed, a tab is not
    expect(compilePattern('[\\S]+').test('a\u00a0b')).toBe(true);
    expect(compilePattern('[\\S]+').test('a\tb')).toBe(false);
    expect(compilePattern('[\\S\\s]*').test('any\nthing')).toBe(true);
    expect(translateJavaPattern('a*+b')).toBe('a*b');
    expect(translateJavaPattern('a{1,3}+b+')).toBe('a{1,3}b+');
    expect(translateJavaPattern('(?:a+)+')).toBe('(?:a+)+');
    expect(translateJavaPattern('\\++')).toBe('\\++'); // an escaped + then a quantifier
  });

  it('the name-or-ARN pattern keeps its lookbehind', () => {
    const re = compilePattern(shapes.ArnOrName?.pattern as string);
    expect(re.test('my-group')).toBe(true);
    expect(re.test('my-group-')).toBe(false);
    expect(re.test('arn:aws:sagemaker:us-east-1:123456789012:model-package-group/my-group')).toBe(true);
  });
});
