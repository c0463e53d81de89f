#!/usr/bin/env node
// Writes promote/, rollback/, status/, prune/, approval-events/, shadow/ and share/action.yml. The deploy inputs (deployment-file up to stage) and the
// common inputs are copied from the top-level action.yml, so every sub-action deploys and reads them the same way.
// `node scripts/sub-actions.mjs --check` exits 1 when a sub-action's action.yml is out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const top = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const names = Object.keys(top.inputs);
const pick = (names) => Object.fromEntries(names.map((n) => [n, { ...top.inputs[n] }]));
/** The top-level action's deploy inputs: deployment-file up to (not including) stage. */
export const DEPLOY = names.slice(names.indexOf('deployment-file'), names.indexOf('stage'));
export const COMMON = ['aws-region','dry-run','wait-timeout','max-attempts','poll-interval','comment','comment-id','github-token'];
const inp = (description, def = '', required = false) => ({ description, required, default: def });
const deployOut = Object.fromEntries(['deployment-status', 'endpoint-arn', 'endpoint-config-name', 'model-name'].map((n) => [n, top.outputs[n]]));
const commentOut = { 'comment-url': top.outputs['comment-url'] };
export const actions = {
  promote: {
    name: 'SageMaker Model Registry: promote a version',
    description: 'Approve (or reject) a registered model package version, chosen by commit, version number or ARN, and optionally deploy it blue/green; never registers again.',
    inputs: {
      'model-package-group': inp('Model package group name, or its ARN for a group shared from another account. Required unless model-package-arn is given.'),
      commit: inp("Promote the version registered for this commit (full SHA). Empty: the pull request's head commit on pull_request, pull_request_review and issue_comment events, else GITHUB_SHA."),
      version: inp('Promote this version number of model-package-group instead of looking up a commit.'),
      'model-package-arn': inp('Promote this version ARN instead of looking up a commit.'),
      approval: inp('approved or rejected. A rejected or failed version is never approved.', 'approved'),
      'approval-note': inp('One more sentence for the ApprovalDescription, which already names who promoted, where (PR, review, comment) and the run.'),
      stage: inp('ModelLifeCycle stage to record (for example production): after a successful deployment when endpoint-name is set, else at once.'),
      'if-missing': inp('When no version exists for the commit: fail, or skip (outputs stay empty; for example to register one in a next step).', 'fail'),
      'promote-branches': inp("Base branches whose merged or reviewed pull requests may promote, comma-separated. Empty: the repository's default branch. Pull requests from forks and pull_request_target runs never promote."),
      'require-attestation': inp("true: promote only an image digest with a GitHub build-provenance attestation (Sigstore-signed, as actions/attest-build-provenance writes it) naming this repository, attestation-workflow and the version's commit. Needs attestations: read.", 'false'),
      'attestation-workflow': inp('With require-attestation: the workflow file that builds and attests the image, as a path in this repository (for example .github/workflows/build.yml).'),
      'attestation-trusted-root': inp('With require-attestation: a Sigstore trusted_root.json in the workspace to verify against (GitHub Enterprise Server, air-gapped runners, tests). Empty: the public Sigstore root.'),
      ...pick(['metrics-gate', 'gate-baseline', 'on-no-baseline']),
      'override-gate': inp('With metrics-gate: approve a version whose gate fails anyway; the reason (one line) goes into the approval description and the comment.'),
      ...pick(DEPLOY),
      'github-environment': { ...top.inputs['github-environment'] },
      'registry-role-arn': { ...top.inputs['registry-role-arn'] },
      'dispatch-event-type': inp('On repository_dispatch (sent by approval-events/): the event type to act on (its event-type). The dispatch only names a version: it is described again, must be a version of model-package-group in this account and Region, and is acted on as SageMaker reports it now.', 'sagemaker-model-package'),
      'on-rejected': inp('On repository_dispatch: what a rejected version that an endpoint serves does: rollback (to the newest older Approved version proven to have served endpoint-name, through rollback/) or ignore.', 'ignore'),
      ...pick(COMMON),
    },
    outputs: {
      'model-package-arn': { description: 'ARN of the promoted version (after a rollback from a rejected version, the version rolled back to); empty when if-missing skipped.' },
      'model-package-version': { description: 'Its version number.' },
      'approval-status': { description: 'Approval status after this run: Approved or Rejected (unchanged in a dry run).' },
      'previous-approval-status': { description: 'Approval status before this run.' },
      'from-model-package-arn': { description: 'On repository_dispatch with on-rejected: rollback: the rejected version the endpoint was rolled back from.' },
      ...deployOut, ...commentOut,
    },
  },
  rollback: {
    name: 'SageMaker Model Registry: roll back an endpoint',
    description: 'Put an endpoint back on the version that served before (from the deployment ledger) or a named one, through the same blue/green path; no registration.',
    inputs: {
      'endpoint-name': inp("The endpoint to roll back. Required here or as the deployment file's endpoint-name."),
      to: inp("Version number (of the current version's group) or version ARN to roll back to: an older, Completed and Approved version of the group the live endpoint config serves, in the same account and Region. Empty: the version that served before the current one; the ledger's tag previous-model-package-arn is only a hint and must be proven to have served this endpoint before."),
      ...Object.fromEntries(Object.entries(pick(DEPLOY.filter((n) => n !== 'endpoint-name'))).map(([k, v]) => [k, k === 'execution-role-arn' ? { ...v, description: "IAM role SageMaker runs the model with. Empty: the live model's role." } : k === 'instance-type' ? { ...v, default: '', description: "Instance type. Empty: the live endpoint's." } : k === 'instance-count' ? { ...v, default: '', description: "Instances. Empty: the live endpoint's." } : k === 'vpc-subnets' || k === 'vpc-security-groups' ? { ...v, description: `${v.description} Empty: the live model's.` } : k === 'endpoint-type' ? { ...v, description: `${v.description} Empty here: the live endpoint's kind, with its serverless sizes or async settings.` } : [k, v][1]])),
      stage: { ...top.inputs.stage },
      'github-environment': { ...top.inputs['github-environment'] },
      'registry-role-arn': { ...top.inputs['registry-role-arn'], description: "IAM role of the account that owns the version the endpoint serves, assumed through STS for the stage records only (UpdateModelPackage). Empty: this run's credentials, which the group's policy must grant (share/ with actions: promote). The role's trust policy must allow this account." },
      ...pick(COMMON),
    },
    outputs: {
      'model-package-arn': { description: 'The version the endpoint was rolled back to.' },
      'from-model-package-arn': { description: 'The version it served before this run.' },
      ...deployOut, ...commentOut,
    },
  },
  status: {
    name: 'SageMaker Model Registry: version status',
    description: "List a group's versions, newest first, with approval, stage, commit, image and the endpoints of this account and Region serving each.",
    inputs: {
      'model-package-group': inp('Model package group name, or its ARN for a group shared from another account.', undefined, true),
      'max-versions': inp('Newest versions to list (1-1000).', '50'),
      ...pick(COMMON.filter((n) => !['dry-run', 'wait-timeout', 'poll-interval'].includes(n))),
      comment: { ...top.inputs.comment, default: 'false', description: 'Show the table in the pull-request sticky comment: true, false or on-failure.' },
    },
    outputs: {
      versions: { description: 'JSON array, newest first, of {version, arn, approval, stage, commit, image, created, endpoints, endpointKinds} (endpointKinds: real-time, serverless or async by endpoint name).' },
      ...commentOut,
    },
  },
  prune: {
    name: 'SageMaker Model Registry: prune versions',
    description: 'Delete old versions of a group, keeping the newest, the recent, the approved, and always every version an endpoint serves or a deployment ledger names.',
    inputs: {
      'model-package-group': inp('Model package group name, or its ARN for a group shared from another account.', undefined, true),
      'keep-latest': inp('Keep the newest N versions.', '10'),
      'keep-days': inp('Keep versions created within this many days.', '30'),
      'keep-approved': inp('Keep every Approved version.', 'true'),
      'allow-shared-group': inp('Prune a group given by ARN (possibly shared from another account) anyway. Endpoints and endpoint configurations of other accounts that deploy its versions cannot be seen from this account, so a version they use can be deleted. Without it, a group given by ARN is refused (a dry run still shows what would go).', 'false'),
      ...pick(COMMON.filter((n) => !['wait-timeout', 'poll-interval'].includes(n))),
      'dry-run': { ...top.inputs['dry-run'], description: 'List what would be deleted; delete nothing.' },
      comment: { ...top.inputs.comment, default: 'false', description: 'Show the result in the pull-request sticky comment: true, false or on-failure.' },
    },
    outputs: {
      deleted: { description: 'JSON array of the deleted version ARNs (in a dry run: those that would be deleted).' },
      kept: { description: 'JSON array of the version ARNs kept.' },
      ...commentOut,
    },
  },
  'approval-events': {
    name: 'SageMaker Model Registry: approval events to GitHub',
    description: 'Set up once, in the account that owns the group: an EventBridge rule, connection and API destination that send a repository_dispatch to GitHub when a version of the group is approved or rejected in SageMaker (Studio, console, CLI). Idempotent.',
    inputs: {
      'model-package-group': inp('Model package group name, or its ARN, whose approval changes are forwarded. Run this in the account and Region that own the group.', undefined, true),
      statuses: inp('Approval statuses to forward, comma-separated: Approved, Rejected, PendingManualApproval. A registration (PendingManualApproval) is not forwarded unless listed.', 'Approved,Rejected'),
      'dispatch-token': inp('Token EventBridge sends as Authorization: Bearer <token> to POST /repos/{owner}/{repo}/dispatches: a fine-grained token with Contents read and write on the repository. Masked at once; stored only in the EventBridge connection (its Secrets Manager secret). A new token updates the connection.', undefined, true),
      repository: inp('owner/name of the repository that receives the dispatch. Empty: the repository running the workflow.'),
      'event-type': inp('repository_dispatch event type (at most 100 characters): the on.repository_dispatch.types of the receiving workflow.', 'sagemaker-model-package'),
      'events-role-arn': inp('IAM role EventBridge assumes to call the API destination (trust events.amazonaws.com; allow events:InvokeApiDestination on it).', undefined, true),
      'dead-letter-queue-arn': inp('Standard SQS queue for events EventBridge could not deliver: GitHub answered 4xx (expired token, no access) or retries on 429/5xx ran out. Empty: such events are lost.'),
      ...pick(['aws-region', 'dry-run', 'max-attempts']),
      'dry-run': { ...top.inputs['dry-run'], description: 'Print the EventBridge requests this run would make (the token redacted); write nothing.' },
    },
    outputs: {
      'rule-arn': { description: 'ARN of the EventBridge rule (empty in a dry run before it exists).' },
      'connection-arn': { description: 'ARN of the EventBridge connection that holds the token.' },
      'api-destination-arn': { description: 'ARN of the API destination (POST {GITHUB_API_URL}/repos/{owner}/{repo}/dispatches).' },
    },
  },
  shadow: {
    name: 'SageMaker Model Registry: shadow test',
    description: "Run a candidate version as a shadow variant of the live endpoint (a SageMaker inference experiment), compare it with production on the same requests from CloudWatch against shadow-gate, end the experiment, and optionally promote it through promote/'s blue/green path.",
    inputs: {
      'model-package-group': inp('Model package group name, or its ARN for a group shared from another account. Required unless model-package-arn is given.'),
      commit: inp("Test the version registered for this commit (full SHA), chosen and proven as promote/ does. Empty: the pull request's head commit on pull_request events, else GITHUB_SHA."),
      version: inp('Test this version number of model-package-group instead of looking up a commit.'),
      'model-package-arn': inp('Test this version ARN instead of looking up a commit.'),
      'sampling-percentage': inp('Share of production requests copied to the candidate (1-100).', '100'),
      duration: inp('How long the candidate shadows production: minutes, hours or days such as 30m, 1h, 2d (5m to 30d). The experiment is scheduled to end 10 minutes later, in case the job dies.', '1h'),
      'experiment-role-arn': inp('IAM role the inference experiment runs with (SageMaker assumes it to manage the endpoint and pull the image). Empty: execution-role-arn.'),
      'shadow-gate': inp('Rules, one a line: <metric> <op> production [* | + | - <number>] or <metric> <op> <number>. Metrics: latency-p50-ms, latency-p90-ms, latency-p95-ms, latency-p99-ms, latency-avg-ms, error-rate. Empty: latency-p99-ms <= production * 1.10 and error-rate <= production + 0.005.'),
      'min-invocations': inp('Invocations each variant must have answered in the window; fewer is inconclusive, never pass.', '100'),
      'shadow-confidence': inp('Confidence of the per-minute Mann-Whitney U test: a rule missed over the window fails only when the miss is significant at this level (0.8-0.999).', '0.95'),
      'on-pass': inp("none, or promote: on a pass, approve the candidate and deploy it blue/green through promote/'s path (its authorisation, guardrails, alarms and ledger).", 'none'),
      'promote-branches': inp("With on-pass: promote, base branches whose merged or reviewed pull requests may promote, comma-separated, as in promote/. Empty: the repository's default branch."),
      'approval-note': inp('With on-pass: promote, one more sentence for the ApprovalDescription.'),
      stage: inp('With on-pass: promote, the ModelLifeCycle stage to record after the deployment.'),
      // Then every other input of promote/ (its gate, the deploy inputs, the common ones): added below.
    },
    outputs: {
      verdict: { description: 'pass, fail or inconclusive; empty when the test did not run (dry run, refused).' },
      report: { description: 'JSON: the window, both variants\' metrics (whole window and per minute), each rule with its bound and p-value, the verdict.' },
      'experiment-arn': { description: 'ARN of the inference experiment.' },
      'model-package-arn': { description: 'ARN of the candidate version.' },
      'model-package-version': { description: 'Its version number.' },
      'approval-status': { description: 'Approval status after this run (Approved after on-pass: promote).' },
      'previous-approval-status': { description: 'Approval status before this run.' },
      'from-model-package-arn': { description: 'With on-pass: promote, the version the endpoint served before.' },
      ...deployOut, ...commentOut,
    },
  },
};
// shadow/ reads promote/'s inputs as promote/ does (on-pass: promote runs promote/'s code), except these.
const NOT_IN_SHADOW = ['approval', 'if-missing', 'require-attestation', 'attestation-workflow', 'attestation-trusted-root', 'dispatch-event-type'];
actions.shadow.inputs = { ...actions.shadow.inputs, ...Object.fromEntries(Object.entries(actions.promote.inputs).filter(([n]) => !NOT_IN_SHADOW.includes(n) && !(n in actions.shadow.inputs)).map(([n, v]) => [n, { ...v }])) };
actions.shadow.inputs['instance-type'].description = "Instance type of the shadow variant, and of the endpoint's variant when on-pass: promote deploys. Empty: the shadow runs on the live variant's type (and count); a deployment on ml.m5.large.";
actions.share = {
  name: 'SageMaker Model Registry: share a group with other accounts',
  description: "Run in the account that owns a model package group: grant other accounts read (or promote) through the group's resource policy, add the image pull to ECR repository policies, and print the ECR and KMS statements the deploying accounts need. Only the action's own statements change; a re-run changes nothing.",
  inputs: {
    'model-package-group': inp('Model package group name, or its ARN, in the account and Region this run has credentials for (the owner).', undefined, true),
    accounts: inp('AWS account IDs (12 digits) to share with, separated by commas, spaces or new lines. Not the owner account.', undefined, true),
    actions: inp('read (describe and list versions, CreateModel from them) or promote (read and UpdateModelPackage: approval and stage). An account keeps what it was granted before: a read run never takes promote away.', 'read'),
    'ecr-repositories': inp('ECR repository names in this account and Region whose policies get the pull statement for the accounts (BatchGetImage, GetDownloadUrlForLayer, BatchCheckLayerAvailability). Empty: the statement is only printed.'),
    'kms-key-arn': inp('KMS key that encrypts the versions\' model artifacts, named in the printed key policy statement (never applied). Empty: a generic statement is printed.'),
    ...pick(['aws-region', 'dry-run', 'max-attempts']),
    'dry-run': { ...top.inputs['dry-run'], description: 'Print the diff of each policy (statement by statement) and the policy it would write; write nothing.' },
  },
  outputs: {
    policy: { description: "The group's resource policy (JSON) after this run; unchanged in a dry run (empty when the group has none)." },
    changed: { description: 'true when this run wrote the group policy or a repository policy, else false (always false in a dry run).' },
  },
};
/** The text of <dir>/action.yml. */
export function render(dir) {
  const a = actions[dir];
  const inputs = structuredClone(a.inputs);
  for (const v of Object.values(inputs)) if (v.required) delete v.default;
  const doc = { name: a.name, description: a.description, author: top.author, branding: top.branding, inputs, outputs: a.outputs, runs: { using: 'node24', main: `../dist/${dir}.js` } };
  return `# ${dir}: uses: <owner>/<repo>/${dir}@v1 (runs the shared bundle in dist/; see the README).\n# Generated by scripts/sub-actions.mjs from ../action.yml: edit that script, not this file.\n` + stringify(doc, { lineWidth: 120 });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let stale = false;
  for (const dir of Object.keys(actions)) {
    const path = join(ROOT, dir, 'action.yml');
    const text = render(dir);
    if (process.argv.includes('--check')) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale = console.error(`${dir}/action.yml is out of date: run node scripts/sub-actions.mjs`) ?? true;
    } else {
      mkdirSync(join(ROOT, dir), { recursive: true });
      writeFileSync(path, text);
    }
  }
  if (stale) process.exit(1);
}
