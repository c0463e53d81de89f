import type { RunContext } from '../../src/github-context.js';
import { readConfig } from '../../src/inputs.js';
import { planRegistration, type RegistrationPlan } from '../../src/plan.js';
import { renderSummary } from '../../src/summary.js';
import type { RegisteredVersion } from '../../src/model-registry.js';
import type { ImageRef } from '../../src/image-ref.js';

const SHA = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';
const DIGEST = `sha256:${'c3'.repeat(32)}`;
const V3 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/3';
const URL = 'https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/model-registry/model-package-groups/fraud-model/versions/3';

const ctx: RunContext = {
  eventName: 'push', sha: SHA, ref: 'refs/heads/main', refName: 'main', refType: 'branch', repository: 'acme/fraud-model',
  defaultBranch: 'main', serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', runId: '1', runAttempt: '1',
  actor: 'octocat', workflow: 'w', runUrl: '', repositoryUrl: ''
};

function setup(inputs: Record<string, string> = {}, digest?: string): { plan: RegistrationPlan; image: ImageRef } {
  const all: Record<string, string> = { image: 'ghcr.io/acme/fraud-model:v1', 'model-package-group': 'fraud-model', ...inputs };
  const config = readConfig((n) => all[n] ?? '', {});
  return { plan: planRegistration(config, ctx, digest), image: config.image };
}

function unescapedPipes(line: string): number {
  return [...line].filter((ch, i) => ch === '|' && line[i - 1] !== '\\').length;
}

describe('renderSummary', () => {
  test('a registered version', () => {
    const { plan, image } = setup({ approval: 'auto' }, DIGEST);
    const result: RegisteredVersion = { arn: V3, version: 3, groupArn: 'g', approval: 'Approved', status: 'Completed', created: true };
    expect(renderSummary({ plan, image, result, consoleUrl: URL, dryRun: false, commit: SHA })).toBe(
      [
        '### SageMaker model registration',
        '',
        '| | |',
        '|---|---|',
        '| Model package group | `fraud-model` |',
        `| Version | [3](${URL}) |`,
        `| Version ARN | \`${V3}\` |`,
        '| Approval | ✅ Approved |',
        `| Image | \`ghcr.io/acme/fraud-model@${DIGEST}\` |`,
        `| Image digest | \`${DIGEST}\` |`,
        '| Registry | ghcr (`ghcr.io`) |',
        '| SkipModelValidation | `All` |',
        '| Commit | `4f2a9c1e0b7d` |'
      ].join('\n') + '\n'
    );
  });

  test('a dry run, by tag, with a failure', () => {
    const { plan, image } = setup();
    const out = renderSummary({ plan, image, dryRun: true, commit: '', error: 'sagemaker:Search failed: <b>@team</b>\nsecond line' });
    expect(out).toBe(
      [
        '### SageMaker model registration (dry run: nothing was written)',
        '',
        '| | |',
        '|---|---|',
        '| Model package group | `fraud-model` |',
        '| Approval | ⏳ Pending manual approval |',
        '| Image | `ghcr.io/acme/fraud-model:v1` |',
        '| Image digest | _not resolved (registered by tag)_ |',
        '| Registry | ghcr (`ghcr.io`) |',
        '| SkipModelValidation | `All` |',
        '',
        '**Failed:** sagemaker:Search failed: &lt;b&gt;&#64;team&lt;/b&gt; second line'
      ].join('\n') + '\n'
    );
  });

  test('an existing version without a console link; rejected approval', () => {
    const { plan, image } = setup({ approval: 'rejected' });
    const result: RegisteredVersion = { arn: V3, version: 3, groupArn: 'g', approval: 'Rejected', status: 'Completed', created: false };
    const out = renderSummary({ plan, image, result, dryRun: false, commit: SHA });
    expect(out).toContain('| Version | 3 \\(already registered by an earlier run\\) |\n');
    expect(out).toContain('| Approval | ⛔ Rejected |\n');
  });

  test('hostile values cannot break the table or mention anyone', () => {
    const { plan, image } = setup({ 'model-package-group': 'group-with-dashes' });
    const error = '| x | y |\n<img src=x onerror=alert(1)> @org/team ' + 'z'.repeat(2000);
    const out = renderSummary({ plan, image, dryRun: false, commit: '`|`', error });
    const lines = out.trimEnd().split('\n');
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| | |'));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) expect(unescapedPipes(row)).toBe(3);
    const failed = lines.at(-1)!;
    expect(failed.startsWith('**Failed:** ')).toBe(true);
    expect(failed).not.toMatch(/[<>]|@\w/);
    expect(unescapedPipes(failed)).toBe(0);
    expect(failed.endsWith('z…')).toBe(true);
    expect(out).toContain("| Commit | `'\\|'` |");
  });
});
