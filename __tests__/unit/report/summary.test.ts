import { describe, expect, test } from '@jest/globals';
import { explainAwsError } from '../../../src/aws/errors.js';
import { changesSince, renderReport, toHistory, utc, type HistoryEntry, type Report } from '../../../src/report/summary.js';

const SHA = '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433';
const SHA2 = 'aaaabbbbccccddddeeeeffff0000111122223333';
const DIGEST = `sha256:${'c3'.repeat(32)}`;
const V3 = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-model/3';
const URL = 'https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/model-registry/model-package-groups/fraud-model/versions/3';

/** The text a reader sees: markdown escapes and zero-width spaces removed. */
const plain = (markdown: string) => markdown.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');

const base: Report = {
  group: 'fraud-model',
  version: 3,
  arn: V3,
  consoleUrl: URL,
  created: true,
  approval: 'Approved',
  image: `ghcr.io/acme/fraud-model@${DIGEST}`,
  digest: DIGEST,
  registry: 'ghcr.io',
  registryKind: 'ghcr',
  skipModelValidation: 'All',
  commit: SHA,
  refName: 'main',
  runUrl: 'https://github.com/acme/fraud-model/actions/runs/1',
  dryRun: false,
  time: '2026-11-27T10:11:12.345Z'
};

function unescapedPipes(line: string): number {
  return [...line].filter((ch, i) => ch === '|' && line[i - 1] !== '\\').length;
}

describe('renderReport', () => {
  test('a registered version, exactly', () => {
    expect(renderReport(base)).toBe(
      [
        '### SageMaker model registration: ✅ registered',
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
        '| Commit | `4f2a9c1e0b7d` on `main` |',
        '| Time | 2026-11-27 10:11:12 UTC |',
        '| Run | [workflow run](https://github.com/acme/fraud-model/actions/runs/1) |'
      ].join('\n') + '\n'
    );
  });

  test('a dry run by tag that failed', () => {
    const r: Report = { ...base, dryRun: true, version: undefined, arn: undefined, consoleUrl: undefined, created: undefined, digest: undefined, approval: 'PendingManualApproval', error: 'sagemaker:Search failed: <b>@team</b>\nsecond line' };
    const out = renderReport(r);
    expect(out.split('\n')[0]).toBe('### SageMaker model registration: ❌ failed');
    expect(out).toContain('| Approval | ⏳ Pending manual approval |\n');
    expect(out).toContain('| Image digest | _not resolved (registered by tag)_ |\n');
    expect(out).not.toContain('| Version |');
    expect(out.trimEnd().split('\n').at(-1)).toBe('**What failed:** sagemaker:Search failed: &lt;b&gt;@\u200bteam&lt;/b&gt; second line');
  });

  test('an earlier run registered it: rejected, no console link', () => {
    const out = renderReport({ ...base, created: false, consoleUrl: undefined, approval: 'Rejected' });
    expect(out.split('\n')[0]).toBe('### SageMaker model registration: ♻️ already registered');
    expect(out).toContain('| Version | 3 \\(registered by an earlier run\\) |\n');
    expect(out).toContain('| Approval | ⛔ Rejected |\n');
  });

  test('hostile values cannot break the table, inject HTML or mention anyone', () => {
    const hostile = '| x | y |\n<img src=x onerror=alert(1)> @org/team `code` ' + 'z'.repeat(2000);
    const out = renderReport({ ...base, refName: hostile, image: hostile, group: hostile, error: hostile, commit: '`|`' });
    const lines = out.trimEnd().split('\n');
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| | |'));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) expect(unescapedPipes(row)).toBe(3);
    // Code spans render their content literally (no HTML, no mentions); outside them nothing may be live.
    for (const line of lines) expect(line.replace(/`[^`]*`/g, '')).not.toMatch(/<(?!details|\/details|summary|\/summary)|@\w/);
    const failed = lines.find((l) => l.startsWith('**What failed:** '))!;
    expect(unescapedPipes(failed)).toBe(0);
    expect(failed.endsWith('z…')).toBe(true);
  });
});

describe('history', () => {
  const earlier: HistoryEntry = { version: 2, arn: V3.replace(/3$/, '2'), commit: SHA2, image: 'ghcr.io/acme/fraud-model:v0', approval: 'PendingManualApproval', time: '2026-11-26T09:00:00Z' };

  test('changesSince names what moved', () => {
    expect(changesSince(undefined, base)).toEqual([]);
    expect(changesSince(earlier, base)).toEqual([
      'commit `aaaabbbbcccc` → `4f2a9c1e0b7d`',
      `image \`ghcr.io/acme/fraud-model:v0\` → \`ghcr.io/acme/fraud-model@${DIGEST}\``,
      'version 2 → 3',
      'approval PendingManualApproval → Approved'
    ]);
    expect(changesSince({ ...toHistory(base), digest: undefined }, base)).toEqual([`digest \`unknown\` → \`${DIGEST}\``]);
  });

  test('earlier registrations are listed newest first in a collapsed section', () => {
    const first: HistoryEntry = { ...earlier, version: 1, arn: V3.replace(/3$/, '1'), time: '2026-11-25T08:00:00Z' };
    const out = renderReport(base, [first, earlier]);
    expect(out).toContain('**Changed since the last registration from this PR:** commit `aaaabbbbcccc` → `4f2a9c1e0b7d`');
    expect(out).toContain('<details><summary>Earlier registrations from this PR (2)</summary>');
    const rows = out.split('\n').filter((l) => /^\| [0-9f]/.test(l));
    expect(rows).toEqual([
      '| 2 | `aaaabbbbcccc` | `ghcr.io/acme/fraud-model:v0` | PendingManualApproval | 2026-11-26 09:00:00 UTC |',
      '| 1 | `aaaabbbbcccc` | `ghcr.io/acme/fraud-model:v0` | PendingManualApproval | 2026-11-25 08:00:00 UTC |'
    ]);
  });

  test('the current version is not listed as earlier, and toHistory keeps failures', () => {
    expect(renderReport(base, [toHistory(base)])).not.toContain('<details>');
    expect(toHistory({ ...base, error: 'x' }).failed).toBe(true);
    expect(utc('2026-01-02T03:04:05Z')).toBe('2026-01-02 03:04:05 UTC');
  });

  test("AWS's own words stay out of the summary and comment: the error's name, the action's explanation and the request id remain", () => {
    const password = 'Sup3r-Secret-Passw0rd';
    const aws = Object.assign(new Error(`1 validation error detected: Value '{DB_PASSWORD=${password}, …}' at 'environment' failed to satisfy constraint: Map must have length less than or equal to 100`), {
      name: 'ValidationException',
      $metadata: { httpStatusCode: 400, requestId: 'req-0042' }
    });
    const message = explainAwsError(aws, 'sagemaker:CreateModel').message;
    expect(message).toContain(password); // the log keeps it (masked there when it is a secret)
    for (const error of [message, `Deploying failed: ${message}`]) {
      const out = renderReport({ ...base, error });
      expect(out).not.toContain(password);
      expect(out).not.toContain('validation error detected');
      expect(plain(out)).toContain("sagemaker:CreateModel failed: ValidationException (AWS's message is in the job log) (request id req-0042)");
    }
    const denied = explainAwsError(Object.assign(new Error('User: arn:aws:sts::123456789012:assumed-role/gha/x is not authorized'), { name: 'AccessDeniedException', $metadata: { requestId: 'r-7' } }), 'sagemaker:Search');
    const out = renderReport({ ...base, error: denied.message });
    expect(out).not.toContain('assumed-role');
    expect(plain(out)).toContain("needs sagemaker:Search (see the IAM section of the README). (AccessDeniedException; AWS's message is in the job log) (request id r-7)");
  });

  test('an unexpected error shows its name only: its message and stack trace stay in the log', () => {
    const out = renderReport({ ...base, error: 'Unexpected error: TypeError: Cannot read properties of undefined (reading \'x\')\n    at /home/runner/work/_actions/x/dist/index.js:1:2' });
    expect(plain(out)).toContain('**What failed:** Unexpected error (TypeError): the details are in the job log.');
    expect(out).not.toContain('/home/runner');
    expect(renderReport({ ...base, error: 'Unexpected error: 42' })).toContain('**What failed:** Unexpected error: the details are in the job log.');
  });

  test('labels come from the tables\' own keys: constructor or toString are shown as text', () => {
    const out = renderReport({ ...base, approval: 'constructor', deployment: { endpointName: 'e', status: 'toString' as never } });
    expect(out).toContain('| Approval | constructor |');
    expect(out).toContain('| Deployment | toString |');
    expect(out).not.toContain('function');
  });
});
