/**
 * Control API under /_sim/ (JSON in and out; not logged):
 *   GET    /_sim/health                     {ok: true}
 *   GET    /_sim/requests[?service=&operation=&account=&since=<seq>]   NDJSON, one logged request a line
 *   POST   /_sim/reset                      clear state, log, faults; config back to start values
 *   GET    /_sim/state                      the whole state
 *   POST   /_sim/faults  {throttle, serverError, deny, failPackage, failFleet, rollbackFails, unavailable, dropConnection}   (see faults.js)
 *   DELETE /_sim/faults                     clear every fault
 *   GET    /_sim/faults                     the active faults
 *   POST   /_sim/config  {packageDelayMs?, searchDelayMs?, clockSpeed?, ecrProxyEndpoint?, ecrPassword?, ecrScanDelayMs?, endpointCreateMs?,
 *                          fleetCreateMs?, trafficShiftMs?, deleteMs?}
 *   POST   /_sim/clock   {advanceMs}        -> {nowMs}
 *   POST   /_sim/ecr/repositories {repositoryName, registryId?, region?}
 *   POST   /_sim/ecr/images {repositoryName, registryId?, region?, imageTag?, imageTags?, imageDigest, imageManifest?,
 *                            imageManifestMediaType?, imageStatus?, imageSizeInBytes?, scan?}
 *   POST   /_sim/sagemaker/groups {name, accountId, region?, description?, shareWith?}   a group of another account, shared
 *   POST   /_sim/sagemaker/packages {group, count, image?, newestAgeMs?, spacingMs?, region?, account?}   many old versions at once
 *   POST   /_sim/secrets {name, secretString? | secretBinary?, versionStages?, region?, account?}   -> {ARN, Name, VersionId}
 *   POST   /_sim/alarms  {name, state: OK|ALARM|INSUFFICIENT_DATA, region?, reason?, account?}   create or set a CloudWatch alarm
 *   GET    /_sim/alarms[?region=&account=]  the alarms of a region (us-east-1) and account with their current state
 *   POST   /_sim/iam/roles {roleArn, trustedAccounts}   a role STS AssumeRole can assume (sts/roles.js)
 * `account` (12 digits) is the account whose state a route reads or seeds; default the simulator's account.
 *   POST   /_sim/github/tokens {token, login, type, permissions?, rateLimit?}
 *   POST   /_sim/github/pulls {owner, repo, number, head_sha, head_ref, base_ref, state?, title?, login?, head_repo?, merged?}
 *   POST   /_sim/github/comments {owner, repo, number, body, login, type?, count?}   -> {ids}
 *   GET    /_sim/github/comments?owner=&repo=&number=   the stored comments, as the API shows them
 *   POST   /_sim/github/collaborators {owner, repo, login, role: admin|maintain|write|triage|read}   a repository role
 *   POST   /_sim/github/attestations {digest, repository, workflow, commit, ref?, ...}   a signed attestation (github/attestations.js)
 *   GET    /_sim/github/deployments[?token=]   every deployment with its states, oldest first, and the deployments permission
 *                                           of the token given (none for an unknown one): the end-to-end suite's deployment check
 *   GET    /_sim/sigstore/trusted-root      the simulator's trusted_root.json;  GET /_sim/blobs/attestations/<id>.json.sn   a bundle by URL
 * Secret values are never echoed or logged; GET /_sim/state shows them as '<redacted>'.
 */
import { controlAccount } from './accounts.js';
import { seedImage, seedRepository } from './ecr/repos.js';
import { alarmsOf, alarmView, seedAlarm } from './sagemaker/alarms.js';
import { seedSharedGroup } from './sagemaker/shared-groups.js';
import { seedPackages } from './sagemaker/seed-packages.js';
import { seedSecret } from './secretsmanager/secrets.js';
import { seedRole } from './sts/roles.js';
import { commentsOf, githubOf, registerToken, seedComments, seedPull } from './github/state.js';
import { commentView } from './github/views.js';
import { seedCollaborator } from './github/collaborators.js';
import { attestationBlob, seedAttestation } from './github/attestations.js';
import { deploymentsRecord } from './github/deployments.js';
import { trustedRoot } from './sigstore/authority.js';

/** The state with secret values and token values replaced, for GET /_sim/state. @param {any} data */
function redacted(data) {
  return JSON.parse(JSON.stringify(data, (key, value) => {
    if (['SecretString', 'SecretBinary', 'ApiKeyValue'].includes(key) && typeof value === 'string') return '<redacted>';
    return value;
  }));
}

/**
 * @param {import('./server.js').SimCore} core
 * @param {import('node:http').IncomingMessage} req
 * @param {string} body
 * @returns {{status: number, headers: Record<string, string>, body: string}}
 */
export function handleControl(core, req, body) {
  const url = new URL(req.url ?? '/', 'http://sim');
  const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
  const json = (status, value) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
  const bad = (message) => json(400, { error: 'BadRequest', message });
  let input = {};
  if (body.trim() !== '') {
    try {
      input = JSON.parse(body);
    } catch {
      return bad('body is not JSON');
    }
  }
  try {
    const blob = req.method === 'GET' ? attestationBlob(githubOf(core.state), url.pathname) : null;
    if (blob) return blob;
    switch (route) {
      case 'GET /_sim/health':
        return json(200, { ok: true });
      case 'GET /_sim/requests': {
        const since = url.searchParams.get('since');
        if (since !== null && !/^\d+$/.test(since)) return bad('since must be a sequence number');
        const entries = core.log.list({
          service: url.searchParams.get('service') ?? undefined,
          operation: url.searchParams.get('operation') ?? undefined,
          account: url.searchParams.get('account') ?? undefined,
          since: since === null ? undefined : Number(since),
        });
        return {
          status: 200,
          headers: { 'content-type': 'application/x-ndjson' },
          body: entries.map((e) => `${JSON.stringify(e)}\n`).join(''),
        };
      }
      case 'POST /_sim/reset':
        core.reset();
        return json(200, { ok: true });
      case 'GET /_sim/state':
        return json(200, redacted(core.state.toJSON()));
      case 'GET /_sim/faults':
        return json(200, core.faults.toJSON());
      case 'POST /_sim/faults':
        core.faults.set(input);
        return json(200, core.faults.toJSON());
      case 'DELETE /_sim/faults':
        core.faults.clear();
        return json(200, { ok: true });
      case 'POST /_sim/config':
        core.configure(input);
        return json(200, core.configView());
      case 'POST /_sim/clock':
        core.clock.advance(input.advanceMs);
        return json(200, { nowMs: core.clock.now() });
      case 'POST /_sim/ecr/repositories': {
        const extra = Object.keys(input ?? {}).filter((k) => !['repositoryName', 'registryId', 'region'].includes(k));
        if (extra.length) return bad(`unknown member(s): ${extra.join(', ')}`);
        const { registryId, repositoryName } = seedRepository(core.seedContext(), input);
        core.state.save(core.clock.now());
        return json(200, { registryId, repositoryName });
      }
      case 'POST /_sim/ecr/images': {
        const out = seedImage(core.seedContext(), input);
        core.state.save(core.clock.now());
        return json(200, out);
      }
      case 'POST /_sim/sagemaker/groups': {
        const out = seedSharedGroup(core.seedContext(), input);
        core.state.save(core.clock.now());
        return json(200, out);
      }
      case 'POST /_sim/iam/roles': {
        const out = seedRole(core.state.data, input);
        core.state.save(core.clock.now());
        return json(200, out);
      }
      case 'POST /_sim/sagemaker/packages': {
        const { account, rest } = controlAccount(core, input);
        const out = seedPackages(core.seedContext(account), rest);
        core.state.save(core.clock.now());
        return json(200, out);
      }
      case 'POST /_sim/secrets': {
        const { account, rest } = controlAccount(core, input);
        const out = seedSecret(core.seedContext(account), rest);
        core.state.save(core.clock.now());
        return json(200, out);
      }
      case 'POST /_sim/alarms': {
        const { account, rest } = controlAccount(core, input);
        const out = seedAlarm(core.seedContext(account), rest);
        core.state.save(core.clock.now());
        return json(200, out);
      }
      case 'GET /_sim/alarms': {
        const region = url.searchParams.get('region') ?? 'us-east-1';
        const account = url.searchParams.get('account') ?? core.accountId;
        if (!/^[0-9]{12}$/.test(account)) return bad('account must be 12 digits');
        const data = core.state.data.accounts?.[account]?.[region];
        return json(200, data ? Object.values(alarmsOf(data)).map(alarmView) : []);
      }
      case 'POST /_sim/github/tokens': {
        const out = registerToken(githubOf(core.state), input);
        core.state.save(core.clock.now());
        return json(200, out);
      }
      case 'POST /_sim/github/pulls': {
        const out = seedPull(githubOf(core.state), input, core.clock.now());
        core.state.save(core.clock.now());
        return json(200, out);
      }
      case 'POST /_sim/github/comments': {
        const out = seedComments(githubOf(core.state), input, core.clock.now());
        core.state.save(core.clock.now());
        return json(200, out);
      }
      case 'POST /_sim/github/collaborators': {
        const out = seedCollaborator(githubOf(core.state), input);
        core.state.save(core.clock.now());
        return json(200, out);
      }
      case 'POST /_sim/github/attestations': {
        const out = seedAttestation(githubOf(core.state), input, core.clock.now());
        core.state.save(core.clock.now());
        return json(200, out);
      }
      case 'GET /_sim/github/deployments':
        return json(200, deploymentsRecord(githubOf(core.state), url.searchParams.get('token')));
      case 'GET /_sim/sigstore/trusted-root':
        return json(200, trustedRoot());
      case 'GET /_sim/github/comments': {
        const owner = url.searchParams.get('owner');
        const repo = url.searchParams.get('repo');
        const number = url.searchParams.get('number');
        if (!owner || !repo || !number || !/^\d+$/.test(number)) return bad('owner, repo and number are required');
        const gh = githubOf(core.state);
        return json(200, commentsOf(gh, owner, repo, Number(number)).map((c) => commentView(core.url, c, gh)));
      }
      default:
        return json(404, { error: 'NotFound', message: `No control route ${route}` });
    }
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError) return bad(e.message);
    throw e;
  }
}
