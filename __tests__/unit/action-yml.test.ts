import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionYml, ROOT } from '../helpers/action-runner.js';
import { readConfig } from '../../src/inputs/inputs.js';

const yml = actionYml();

test('every input the action reads is declared in action.yml, and every declared input is read', () => {
  const asked = new Set<string>();
  readConfig(
    (name) => {
      asked.add(name);
      const given: Record<string, string> = {
        image: 'registry.example.com/ml/model:v1',
        'model-package-group': 'g',
        'endpoint-name': 'fraud',
        'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-execution',
        'vpc-subnets': 'subnet-0123456789abcdef0',
        'vpc-security-groups': 'sg-0123456789abcdef0'
      };
      return given[name] ?? '';
    },
    {}
  );
  // deployment-file is read before readConfig, by the layered reader of every command (src/inputs/file-layer.ts).
  expect([...asked, 'deployment-file'].sort()).toEqual(Object.keys(yml.inputs).sort());
});

test('inputs and outputs are kebab-case; optional inputs declare a default', () => {
  for (const [name, spec] of Object.entries(yml.inputs)) {
    expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    if (!spec.required) expect(spec.default).toBeDefined();
  }
  for (const name of Object.keys(yml.outputs)) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
});

test('docs/register-and-deploy.md documents every input and output', () => {
  const text = readFileSync(join(ROOT, 'docs/register-and-deploy.md'), 'utf8');
  for (const name of [...Object.keys(yml.inputs), ...Object.keys(yml.outputs)]) expect(text).toContain(`\`${name}\``);
});

test('action.yml runs the committed bundle on node24', () => {
  const raw = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  expect(raw).toMatch(/using: node24/);
  expect(raw).toMatch(/main: dist\/index\.js/);
});

describe('the generated inputs and outputs reference (scripts/readme-tables.mjs)', () => {
  test('every action’s docs page holds the tables its current action.yml generates', async () => {
    const { ACTIONS, page, tables, outdated } = await import('../../scripts/readme-tables.mjs');
    expect(ACTIONS).toEqual(['', 'promote', 'rollback', 'status', 'prune', 'approval-events', 'shadow', 'share']);
    expect(outdated()).toEqual([]);
    for (const action of ACTIONS) expect(readFileSync(join(ROOT, page(action)), 'utf8')).toContain(tables(action));
  });

  test('a page whose table disagrees with action.yml is reported, and regenerating it repairs it', async () => {
    const { ACTIONS, page, updated, outdated } = await import('../../scripts/readme-tables.mjs');
    const root = mkdtempSync(join(tmpdir(), 'docs-tables-'));
    mkdirSync(join(root, 'docs'));
    for (const action of ACTIONS) writeFileSync(join(root, page(action)), readFileSync(join(ROOT, page(action)), 'utf8'));
    expect(outdated(root)).toEqual([]);
    const promote = readFileSync(join(root, 'docs/promote.md'), 'utf8');
    // A description edited by hand, and a default that action.yml no longer has.
    const stale = promote.replace('| `wait` | `true` |', '| `wait` | `false` |');
    expect(stale).not.toBe(promote);
    writeFileSync(join(root, 'docs/promote.md'), stale);
    expect(outdated(root)).toEqual(['docs/promote.md']);
    expect(updated(stale, 'promote')).toBe(promote);
    expect(() => updated('no markers here', 'status')).toThrow('docs/status.md has no status inputs markers');
  });

  test('--check exits 0 and prints nothing when every page is current', () => {
    const out = execFileSync(process.execPath, ['scripts/readme-tables.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toBe('');
  });
});

describe('sub-actions (promote, rollback, status, prune, approval-events, shadow, share)', () => {
  const SUBS = ['promote', 'rollback', 'status', 'prune', 'approval-events', 'shadow', 'share'] as const;

  test('every action.yml passes GitHub’s own action parser (@actions/workflow-parser parseAction)', () => {
    const files = ['action.yml', ...SUBS.map((s) => `${s}/action.yml`)];
    const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/parse-actions.mjs', ...files], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(Object.fromEntries(files.map((f) => [f, []])));
  });

  test('the parser check can fail: an unknown runtime is reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-action-'));
    writeFileSync(join(dir, 'action.yml'), 'name: x\ndescription: y\nruns:\n  using: node99\n  main: a.js\n');
    let failed = '';
    try {
      execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/parse-actions.mjs'), join(dir, 'action.yml')], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      failed = String((err as { stdout?: string }).stdout);
    }
    expect(failed).toContain("Unexpected value 'node99'");
  });

  test.each(SUBS)('%s/action.yml runs the shared bundle on node24, and the bundle script writes its entry', async (sub) => {
    const y = actionYml(sub);
    expect(y.runs).toEqual({ using: 'node24', main: `../dist/${sub}.js` });
    const { COMMANDS, entryFile } = (await import('../../scripts/bundle.mjs')) as { COMMANDS: string[]; entryFile: (c: string) => string };
    expect(COMMANDS).toContain(sub);
    expect(entryFile(sub)).toMatch(/^\/\/.*\nimport '\.\/index\.js';\n$/);
  });

  test.each(SUBS)('%s: every input the command reads is declared (common ones may be left out), every declared input is read, outputs match', async (sub) => {
    const y = actionYml(sub);
    const { readCommon } = await import('../../src/commands/inputs.js');
    const specs = {
      promote: (await import('../../src/commands/promote.js')).promoteSpec,
      rollback: (await import('../../src/commands/rollback.js')).rollbackSpec,
      status: (await import('../../src/commands/status.js')).statusSpec,
      prune: (await import('../../src/commands/prune.js')).pruneSpec,
      'approval-events': (await import('../../src/commands/approval-events.js')).approvalEventsSpec,
      shadow: (await import('../../src/commands/shadow.js')).shadowSpec,
      share: (await import('../../src/commands/share.js')).shareSpec
    } as const;
    const asked = new Set<string>();
    const given: Record<string, string> = {
      'model-package-group': 'g',
      'endpoint-name': 'fraud',
      'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker-execution',
      'dispatch-token': 'github_pat_x',
      'events-role-arn': 'arn:aws:iam::123456789012:role/eventbridge',
      repository: 'acme/fraud-model',
      accounts: '222233334444'
    };
    const read = (name: string) => (asked.add(name), given[name] ?? '');
    const common = readCommon(read, {}, () => undefined);
    const config = specs[sub].read(read, common, {}) as { read?: (n: string) => string };
    // rollback reads its deploy inputs after looking at the live endpoint: ask for them the same way.
    if (sub === 'rollback') {
      const { readDeploy } = await import('../../src/commands/deploy.js');
      readDeploy(read, common);
    }
    const declared = Object.keys(y.inputs).sort();
    // approval-events and share write no pull-request comment: the comment inputs every command reads are not declared.
    const optionalCommon = ['dry-run', 'wait-timeout', 'poll-interval', ...(sub === 'approval-events' || sub === 'share' ? ['comment', 'comment-id', 'github-token'] : [])];
    // deployment-file is read by the layered reader of every command that declares it (src/inputs/file-layer.ts).
    if (declared.includes('deployment-file')) asked.add('deployment-file');
    expect([...asked].filter((n) => !optionalCommon.includes(n) || declared.includes(n)).sort()).toEqual(declared);
    expect(Object.keys(y.outputs).sort()).toEqual([...specs[sub].outputs].sort());
    expect(config).toBeDefined();
  });

  test('the sub-actions’ action.yml files are generated from the top-level one (deploy inputs identical)', async () => {
    const { render, DEPLOY } = (await import('../../scripts/sub-actions.mjs')) as { render: (d: string) => string; DEPLOY: string[] };
    for (const sub of SUBS) expect(readFileSync(join(ROOT, sub, 'action.yml'), 'utf8')).toBe(render(sub));
    expect(DEPLOY).toContain('traffic-routing');
    for (const name of DEPLOY) expect(actionYml('promote').inputs[name]).toEqual(yml.inputs[name]);
  });

  test('each sub-action has its own docs page with its generated table, linked from the README', async () => {
    const { tables, page } = await import('../../scripts/readme-tables.mjs');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const sub of SUBS) {
      expect(page(sub)).toBe(`docs/${sub}.md`);
      expect(readFileSync(join(ROOT, page(sub)), 'utf8')).toContain(tables(sub));
      expect(readme).toContain(`](${page(sub)})`);
    }
  });
});
