/** The deploy-settings block of the job summary and log (deployment-file): compact, and the file's name inert. */
import { expect, test } from '@jest/globals';
import { settingsLog, settingsMarkdown } from '../../../src/report/settings.js';

const note = { file: '.sagemaker/production.yml', lines: ['from the file: endpoint-name, instance-count', 'workflow inputs over the file: canary-size'], rollback: false };

test('one line per source under a header naming the file', () => {
  expect(settingsMarkdown(note)).toBe(
    '**Deploy settings** from `.sagemaker/production.yml`:\n\n- from the file: endpoint-name, instance-count\n- workflow inputs over the file: canary-size\n'
  );
  expect(settingsLog(note)).toBe('Deploy settings (deployment-file .sagemaker/production.yml):\n  from the file: endpoint-name, instance-count\n  workflow inputs over the file: canary-size');
});

test('a rollback says it used the file as it is now; a file that sets nothing read says so', () => {
  const md = settingsMarkdown({ ...note, lines: [], rollback: true });
  expect(md).toContain('- the file sets nothing this run reads');
  expect(md).toContain('- rollback uses the deployment file as it is now: the settings are the stage’s, not those the version was deployed with');
});

test('a file name with markup stays inside one code span: no mention, no link, no table break', () => {
  const md = settingsMarkdown({ ...note, file: 'deploy/@org/team`x`|<b>.yml' });
  expect(md.split('\n')[0]).toBe("**Deploy settings** from `deploy/@org/team'x'\\|<b>.yml`:");
});
