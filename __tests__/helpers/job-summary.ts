/** The job summary a run writes (GITHUB_STEP_SUMMARY, as the runner gives it); the run's exit code is restored after. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function jobSummary(run: () => Promise<void>): Promise<string> {
  const saved = { summary: process.env.GITHUB_STEP_SUMMARY, exitCode: process.exitCode };
  const file = join(mkdtempSync(join(tmpdir(), 'job-summary-')), 'summary.md');
  writeFileSync(file, '');
  process.env.GITHUB_STEP_SUMMARY = file;
  try {
    await run();
    return readFileSync(file, 'utf8');
  } finally {
    if (saved.summary === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = saved.summary;
    process.exitCode = saved.exitCode;
  }
}
