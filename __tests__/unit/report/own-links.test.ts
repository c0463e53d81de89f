/**
 * The links the action writes itself (the run, the pull request, console links) stay whole and clickable in the
 * summary and the comment; untrusted text around them (actors, branch names, notes, AWS's words) stays inert.
 */
import { describe, expect, test } from '@jest/globals';
import { escapeWithLinks } from '../../../src/report/markdown.js';
import { failedLine, ownLinks, renderReport, type Report } from '../../../src/report/summary.js';

const RUN = 'https://github.com/acme/fraud-model/actions/runs/77';
const PR = 'https://github.com/acme/fraud-model/pull/42';
const VERSION_CONSOLE = 'https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/model-registry/model-package-groups/fraud-model/versions/3';
const ENDPOINT_CONSOLE = 'https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/endpoints/fraud-prod';

const report: Report = {
  title: 'SageMaker model promotion',
  group: 'fraud-model',
  version: 3,
  consoleUrl: VERSION_CONSOLE,
  approval: 'Approved',
  image: 'ghcr.io/acme/fraud-model:v3',
  commit: 'a'.repeat(40),
  refName: 'main',
  prNumber: 42,
  runUrl: RUN,
  dryRun: false,
  time: '2026-12-01T10:00:00.000Z'
};

/** Markdown links and autolinks GitHub renders as clickable, by their target. */
function clickable(markdown: string): string[] {
  return [...markdown.matchAll(/<(https:\/\/[^>\s]+)>|\]\((https:\/\/[^)\s]+)\)/g)].map((m) => m[1] ?? m[2]!);
}

describe('the action’s own links', () => {
  const headline = `Version 3 is now Approved: Approved by @lead-dev on merge of PR #42 (${PR}); run ${RUN}/attempts/2. ping @acme/security see https://evil.example/x and ${PR}evil`;

  test('the promotion headline keeps the PR and run URLs clickable and exact, with no zero-width space inside', () => {
    const md = renderReport({ ...report, headline });
    expect(clickable(md)).toEqual(expect.arrayContaining([PR, `${RUN}/attempts/2`]));
    expect(md).toContain(`<${PR}>`);
    expect(md).toContain(`<${RUN}/attempts/2>`);
    for (const url of clickable(md)) expect(url).not.toContain('\u200b');
  });

  test('untrusted text in the same line is still defused: mentions, references, other URLs, look-alikes of ours', () => {
    const md = renderReport({ ...report, headline });
    const line = md.split('\n').find((l) => l.startsWith('Version 3'))!;
    expect(line).not.toMatch(/@[\w-]/);
    expect(line).not.toMatch(/#\d/);
    expect(line).not.toContain('https://evil.example');
    expect(line).toContain('https:\u200b//evil.example');
    // A URL that only starts like ours is not ours.
    expect(line).toContain(`https:\u200b//github.com/acme/fraud-model/pull/42evil`);
    expect(clickable(line).sort()).toEqual([`${RUN}/attempts/2`, PR].sort());
  });

  test('the console link of an endpoint in an error line stays clickable; AWS’s and anyone’s text does not', () => {
    const error = `Timed out waiting for endpoint fraud-prod (phase: Updating @ops). SageMaker continues the update; follow it at ${ENDPOINT_CONSOLE}`;
    const md = renderReport({ ...report, error, deployment: { endpointName: 'fraud-prod', status: 'timed-out', consoleUrl: ENDPOINT_CONSOLE } as Report['deployment'] });
    const line = md.split('\n').find((l) => l.startsWith('**What failed:**'))!;
    expect(line).toContain(`<${ENDPOINT_CONSOLE}>`);
    expect(line).toContain('@\u200bops');
  });

  test('the table links (version, endpoint, run) are unchanged', () => {
    const md = renderReport({ ...report, deployment: { endpointName: 'fraud-prod', status: 'succeeded', consoleUrl: ENDPOINT_CONSOLE } as Report['deployment'] });
    expect(clickable(md).sort()).toEqual([ENDPOINT_CONSOLE, RUN, VERSION_CONSOLE].sort());
  });

  test('without a report, an error line keeps every URL inert (nothing is known to be ours)', () => {
    expect(failedLine(`see ${RUN}`)).toBe(`**What failed:** see https:\u200b//github.com/acme/fraud-model/actions/runs/77`);
  });
});

describe('ownLinks', () => {
  const own = ownLinks(report);

  test.each([RUN, `${RUN}/attempts/1`, `${RUN}/attempts/12`, PR, VERSION_CONSOLE])('%s is ours', (url) => {
    expect(own(url)).toBe(true);
  });

  test.each([
    `${RUN}/attempts/`,
    `${RUN}/attempts/1x`,
    `${RUN}/attempts/1/evil`,
    `${RUN}0`,
    'https://github.com/acme/fraud-model/pull/43',
    'https://github.com/acme/other/pull/42',
    ENDPOINT_CONSOLE,
    'https://evil.example/'
  ])('%s is not', (url) => {
    expect(own(url)).toBe(false);
  });

  test('no PR number, no PR link; no run URL, no run links', () => {
    const bare = ownLinks({ ...report, prNumber: undefined, runUrl: undefined } as unknown as Report);
    expect(bare(PR)).toBe(false);
    expect(bare(`${RUN}/attempts/1`)).toBe(false);
    expect(bare(VERSION_CONSOLE)).toBe(true);
  });
});

describe('escapeWithLinks', () => {
  const ours = (url: string) => url === PR;

  test('is escapeMarkdown when nothing is ours', () => {
    expect(escapeWithLinks(`@x #1 ${PR} <b>|`, () => false)).toBe('@\u200bx \\#\u200b1 https:\u200b//github.com/acme/fraud-model/pull/42 &lt;b&gt;\\|');
  });

  test('keeps only exact matches, with trailing punctuation left outside the link', () => {
    expect(escapeWithLinks(`(${PR}). ${PR}/files ${PR}`, ours)).toBe(`\\(<${PR}>\\). https:\u200b//github.com/acme/fraud-model/pull/42/files <${PR}>`);
  });

  test('a URL cut by the length limit is not ours any more', () => {
    expect(escapeWithLinks(`x ${PR}`, ours, 30)).toBe('x https:\u200b//github.com/acme/frau…');
  });

  test('a link ends before any character that could end the autolink or split a table cell', () => {
    const seen: string[] = [];
    const out = escapeWithLinks('https://github.com/a|b https://github.com/c>d https://github.com/e`f', (url) => (seen.push(url), true));
    expect(seen).toEqual(['https://github.com/a', 'https://github.com/c', 'https://github.com/e']);
    expect(out).toBe('<https://github.com/a>\\|b <https://github.com/c>&gt;d <https://github.com/e>\\`f');
  });
});
