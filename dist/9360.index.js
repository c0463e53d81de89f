export const id = 9360;
export const ids = [9360,4523,2524,1401];
export const modules = {

/***/ 14782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j_: () => (/* reexport safe */ _github_write_access_js__WEBPACK_IMPORTED_MODULE_0__.readEvent),
/* harmony export */   qC: () => (/* binding */ approvalDescription)
/* harmony export */ });
/* unused harmony export requester */
/* harmony import */ var _github_write_access_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24523);


/** The person behind this promotion and the words for where it happened. */
function requester(ctx, payload) {
    const pr = ctx.prNumber !== undefined ? `PR #${ctx.prNumber}` : undefined;
    const prUrl = ctx.prNumber !== undefined && ctx.repositoryUrl ? ` (${ctx.repositoryUrl}/pull/${ctx.prNumber})` : '';
    const actor = (0,_github_write_access_js__WEBPACK_IMPORTED_MODULE_0__/* .login */ .i)(ctx.actor) ?? 'unknown';
    switch (ctx.eventName) {
        case 'pull_request':
        case 'pull_request_target':
            if (payload.pull_request?.merged)
                return { who: (0,_github_write_access_js__WEBPACK_IMPORTED_MODULE_0__/* .login */ .i)(payload.pull_request.merged_by?.login) ?? actor, where: `on merge of ${pr}${prUrl}` };
            return { who: actor, where: `on ${pr}${prUrl}` };
        case 'pull_request_review':
            return { who: (0,_github_write_access_js__WEBPACK_IMPORTED_MODULE_0__/* .login */ .i)(payload.review?.user?.login) ?? actor, where: `by an approving review of ${pr}${prUrl}` };
        case 'issue_comment':
            return { who: (0,_github_write_access_js__WEBPACK_IMPORTED_MODULE_0__/* .login */ .i)(payload.comment?.user?.login) ?? actor, where: `with a comment on ${pr ?? `issue #${payload.issue?.number ?? '?'}`}${prUrl}` };
        default:
            return { who: actor, where: `on ${ctx.eventName || 'a run'} of ${ctx.refName || ctx.sha.slice(0, 12) || 'unknown ref'}` };
    }
}
/** ApprovalDescription: who, where, the run; at most 1024 characters. */
function approvalDescription(ctx, payload, approval, extra) {
    const { who, where } = requester(ctx, payload);
    const text = `${approval} by @${who} ${where}${ctx.runUrl ? `; run ${ctx.runUrl}` : ''}${extra ? `. ${extra}` : ''}`;
    return text.length > 1024 ? `${text.slice(0, 1023)}…` : text;
}


/***/ }),

/***/ 99360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROMOTE_OUTPUTS: () => (/* binding */ PROMOTE_OUTPUTS),
  promoteSpec: () => (/* binding */ promoteSpec),
  readPromote: () => (/* binding */ readPromote),
  refusal: () => (/* binding */ refusal),
  run: () => (/* binding */ promote_run)
});

// EXTERNAL MODULE: ./src/aws/errors.ts + 1 modules
var errors = __webpack_require__(81919);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/promotion.ts
var promotion = __webpack_require__(30138);
// EXTERNAL MODULE: ./src/inputs/constraints.ts
var constraints = __webpack_require__(31677);
// EXTERNAL MODULE: ./src/inputs/readers.ts
var readers = __webpack_require__(18961);
// EXTERNAL MODULE: ./src/log.ts + 17 modules
var log = __webpack_require__(49301);
// EXTERNAL MODULE: ./src/register/model-registry.ts + 1 modules
var model_registry = __webpack_require__(26714);
// EXTERNAL MODULE: ./src/commands/deploy.ts + 1 modules
var commands_deploy = __webpack_require__(6871);
// EXTERNAL MODULE: ./src/commands/event.ts
var commands_event = __webpack_require__(14782);
// EXTERNAL MODULE: ./src/commands/inputs.ts
var inputs = __webpack_require__(67521);
// EXTERNAL MODULE: ./src/commands/report.ts
var report = __webpack_require__(8938);
// EXTERNAL MODULE: ./src/commands/run.ts + 3 modules
var run = __webpack_require__(68654);
// EXTERNAL MODULE: ./src/commands/versions.ts
var versions = __webpack_require__(81573);
// EXTERNAL MODULE: ./src/commands/prove.ts
var prove = __webpack_require__(91420);
// EXTERNAL MODULE: ./src/inputs/attestation.ts
var inputs_attestation = __webpack_require__(9335);
// EXTERNAL MODULE: ./src/register/proof.ts
var proof = __webpack_require__(14563);
// EXTERNAL MODULE: ./src/register/attested.ts
var attested = __webpack_require__(71401);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
;// CONCATENATED MODULE: ./src/commands/dispatch-event.ts



const DISPATCH_EVENT = 'repository_dispatch';
const DEFAULT_EVENT_TYPE = 'sagemaker-model-package';
/** The payload's version ARN is bounded like any ARN SageMaker accepts (the model's ModelPackageArn: 1-2048). */
const ARN_MAX = 2048;
function readDispatch(read) {
    const eventType = read('dispatch-event-type') || DEFAULT_EVENT_TYPE;
    if (eventType.length > 100 || !/^[\w.:/-]+$/.test(eventType)) {
        throw new src_errors/* InputError */.dz('dispatch-event-type', eventType, 'must be a repository_dispatch event type: 1-100 letters, digits and . _ - : /');
    }
    return { eventType, onRejected: (0,readers/* oneOf */.yL)(read, 'on-rejected', ['rollback', 'ignore'], 'ignore') };
}
/** What is shown of an untrusted value: at most 80 characters of a plain set, so it cannot format or link anything. */
const inert = (v) => {
    const text = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
    return text.replace(/[^\w.:/@+=-]/g, '_').slice(0, 80) || '(empty)';
};
const refuse = (why) => {
    throw new src_errors/* ActionError */.lZ(`Refused: ${why}. Nothing was changed.`);
};
/**
 * The version ARN the dispatch names, after the checks that need no call: the run is a repository_dispatch of the
 * configured type on the default branch (GitHub runs every repository_dispatch there), and its client_payload is an
 * object whose `model-package-arn` is a version ARN in this Region. Inputs that name a version are refused: on this
 * event the version comes from the dispatch, checked against model-package-group.
 */
function dispatchedArn(ctx, payload, c, region, named) {
    if (named.length)
        refuse(`${named.join(', ')} cannot be set on ${DISPATCH_EVENT}: the version comes from the dispatch and is checked against model-package-group`);
    if (payload.action !== c.eventType)
        refuse(`the ${DISPATCH_EVENT} event type is ${inert(payload.action)}, not ${c.eventType} (dispatch-event-type)`);
    const main = ctx.defaultBranch;
    if (!main || ctx.ref !== `refs/heads/${main}`)
        refuse(`a ${DISPATCH_EVENT} run is on the default branch (${inert(main ?? 'unknown')}), but this one is on ${inert(ctx.ref)}`);
    const body = payload.client_payload;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        refuse('the dispatch has no client_payload object');
    const arn = body['model-package-arn'];
    if (typeof arn !== 'string' || arn.length > ARN_MAX || !constraints/* VERSION_ARN */.g2.test(arn))
        refuse(`client_payload.model-package-arn ${inert(arn)} is not a model package version ARN`);
    const inRegion = constraints/* VERSION_ARN */.g2.exec(arn)[2];
    if (inRegion !== region)
        refuse(`client_payload.model-package-arn is in Region ${inert(inRegion)}, but this run deploys in ${region}`);
    return arn;
}
/**
 * What to do for the version as described now (never as the payload says): deploy an Approved version that is newer
 * than what the endpoint serves; roll back from a Rejected version the endpoint serves (on-rejected: rollback);
 * anything else is a no-op that says why. Duplicates (already live) and stale events (older than what serves, no
 * longer Approved, still pending) land here.
 */
function decide(pkg, serving, endpoint, onRejected) {
    const v = `Version ${pkg.ModelPackageVersion}`;
    const serves = serving.arn === pkg.ModelPackageArn;
    if (pkg.ModelPackageStatus !== 'Completed')
        return { action: 'none', why: `${v} is ${pkg.ModelPackageStatus ?? 'in an unknown state'}, not Completed: nothing to deploy` };
    switch (pkg.ModelApprovalStatus) {
        case 'Approved':
            if (serves)
                return { action: 'none', why: `${v} is already live on ${endpoint} (a duplicate or repeated event)` };
            // Version numbers compare within one group only (an endpoint may serve another group's model).
            if (serving.version !== undefined && sameGroup(serving.arn, pkg.ModelPackageArn) && serving.version > (pkg.ModelPackageVersion ?? 0)) {
                return { action: 'none', why: `${v} is older than version ${serving.version}, which ${endpoint} serves: a stale event does not deploy backwards (use rollback/ for that)` };
            }
            return { action: 'deploy', why: `${v} is Approved` };
        case 'Rejected':
            if (!serves)
                return { action: 'none', why: `${v} is Rejected and ${endpoint} does not serve it: nothing to roll back` };
            if (onRejected === 'ignore')
                return { action: 'none', why: `${v} is Rejected but still serves ${endpoint}; on-rejected is ignore, so it stays`, warn: true };
            return { action: 'rollback', why: `${v} is Rejected and serves ${endpoint}` };
        default:
            return { action: 'none', why: `${v} is ${pkg.ModelApprovalStatus ?? 'PendingManualApproval'} (no longer or not yet Approved): nothing to deploy` };
    }
}
const sameGroup = (a, b) => !!a && !!b && a.replace(/\/\d+$/, '') === b.replace(/\/\d+$/, '');
/** Who approved (or rejected) the version in SageMaker and when, from the version's own fields; plain text. */
function approvedBy(pkg) {
    const by = pkg.LastModifiedBy;
    const who = by?.UserProfileName ?? by?.IamIdentity?.Arn ?? by?.IamIdentity?.PrincipalId;
    const when = pkg.LastModifiedTime?.toISOString();
    const note = pkg.ApprovalDescription ? `: “${pkg.ApprovalDescription.replace(/\s+/g, ' ').slice(0, 200)}”` : '';
    const status = pkg.ModelApprovalStatus ?? 'PendingManualApproval';
    const decided = status === 'Approved' || status === 'Rejected';
    return `${decided ? status : `${status}; last changed`} in SageMaker by ${who ? inert(who) : 'an identity SageMaker did not record'}${when ? ` at ${when}` : ''}${note}`;
}

// EXTERNAL MODULE: ./src/deploy/endpoint.ts
var deploy_endpoint = __webpack_require__(38150);
// EXTERNAL MODULE: ./src/deploy/live.ts
var live = __webpack_require__(43457);
// EXTERNAL MODULE: ./src/deploy/rollback-target.ts
var rollback_target = __webpack_require__(57841);
;// CONCATENATED MODULE: ./src/commands/dispatch.ts













/** Older Approved versions looked at for a rollback target, newest first. */
const ROLLBACK_CANDIDATES = 20;
async function executeDispatch(s, c, io) {
    const ctx = s.ctx;
    if (!c.deploy)
        throw new src_errors/* ActionError */.lZ(`Refused: on repository_dispatch, endpoint-name is required (the endpoint an approved version goes to). Nothing was changed.`);
    const endpoint = c.deploy.endpointName;
    const region = await io.clients.region();
    const arn = dispatchedArn(ctx, (0,commands_event/* readEvent */.j_)(io.env), c.dispatch, region, c.named);
    const sm = await io.clients.sagemaker();
    const pkg = await ownVersion(sm, c.group, arn);
    const live = await serving(sm, endpoint);
    const decision = decide(pkg, live.serving, endpoint, c.dispatch.onRejected);
    s.report = (0,report/* versionReport */.v)(pkg, ctx, { dryRun: s.common.dryRun, region, title: 'SageMaker approval event' });
    Object.assign(s.outputs, { 'model-package-arn': arn, 'model-package-version': String(pkg.ModelPackageVersion ?? ''), 'approval-status': pkg.ModelApprovalStatus ?? '', 'previous-approval-status': pkg.ModelApprovalStatus ?? '' });
    const who = approvedBy(pkg);
    log.info(`Dispatch for version ${pkg.ModelPackageVersion}: ${who}. ${decision.why}.`);
    if (decision.action === 'none') {
        s.report.headline = `No deployment: ${decision.why}. ${who}.`;
        if (decision.warn)
            log.warning(`${decision.why}.`);
        return;
    }
    if (decision.action === 'deploy') {
        // An approval in SageMaker approves what the approver saw: a version whose containers no longer match what its
        // registration recorded (changed after registration, another repository) is refused, as promote/ refuses it.
        (0,prove/* checkNamedVersion */.C)(pkg, { repository: ctx.repository, ...(ctx.repositoryUrl ? { repositoryUrl: ctx.repositoryUrl } : {}) }, (m) => log.warning(m));
        (0,commands_deploy/* checkDeployable */.W6)(s, c.deploy, pkg, ctx);
        if (c.attestation) {
            const { requireAttested } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 71401));
            await requireAttested(c.attestation, { digest: (0,proof/* pinnedDigest */.tN)(pkg), commit: pkg.MetadataProperties?.CommitId ?? '', what: `version ${pkg.ModelPackageVersion}` }, ctx, s.common.githubToken);
        }
        // An approval made in SageMaker passes the same metrics gate as one made in GitHub (override-gate aside).
        if (c.gate)
            await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 60397))).promoteGate(pkg, c.gate, { io, ...(c.group ? { group: c.group } : {}), actor: ctx.actor, report: s.report });
        s.report.headline = `${who}; deploying version ${pkg.ModelPackageVersion} to ${endpoint}.`;
        await (0,commands_deploy/* deployTo */.fw)(s, io, c.deploy, arn);
        return;
    }
    const target = await rollbackTarget(sm, c.group, pkg, live);
    const { rollbackSpec } = await __webpack_require__.e(/* import() */ 8975).then(__webpack_require__.bind(__webpack_require__, 51356));
    const read = (name) => (name === 'to' ? '' : c.dispatch.read(name));
    await rollbackSpec.execute(s, { endpointName: endpoint, to: target.ModelPackageArn, read, ...(c.registryRole ? { registryRole: c.registryRole } : {}) }, io);
    // The version outputs describe the version rolled back to (model-package-arn); from-model-package-arn the rejected one.
    const approval = target.ModelApprovalStatus ?? '';
    Object.assign(s.outputs, { 'model-package-version': String(target.ModelPackageVersion ?? ''), 'approval-status': approval, 'previous-approval-status': approval });
    s.report.headline = `Version ${pkg.ModelPackageVersion} was ${who}; ${s.report.headline ?? ''}`;
}
/** The configured group's own version `n` (this account and Region), which must be the version the payload named. */
async function ownVersion(sm, group, arn) {
    const n = (0,rollback_target/* versionParts */.VJ)(arn).version;
    const outside = () => new src_errors/* ActionError */.lZ(`Refused: the dispatch names ${inert(arn)}, which is not a version of ${group.arn ?? `${group.name} in this account and Region`} (model-package-group). Nothing was changed.`);
    const pkg = await (0,versions/* describe */.q0)(sm, (0,inputs/* versionRef */.qm)(group, n)).catch((err) => {
        log.info(`DescribeModelPackage ${(0,inputs/* versionRef */.qm)(group, n)} failed: ${err.message}`);
        throw outside();
    });
    if (pkg.ModelPackageArn !== arn)
        throw outside();
    return pkg;
}
/** The one version the endpoint's live config serves, as SageMaker reports it; nothing when the endpoint is new. */
async function serving(sm, endpoint) {
    const ep = await (0,deploy_endpoint.findEndpoint)(sm, endpoint);
    if (!ep?.EndpointConfigName)
        return { serving: {} };
    const config = await (0,live.readConfig)(sm, ep.EndpointConfigName);
    const versions = await (0,live.servedVersions)(sm, config);
    if (versions.length !== 1)
        return { serving: {}, ep, config };
    return { serving: { arn: versions[0], version: (0,rollback_target/* versionParts */.VJ)(versions[0])?.version }, ep, config };
}
/**
 * The newest older version that is Completed, Approved and proven to have served this endpoint (its deployment record
 * or an earlier endpoint config of this endpoint, as rollback/ proves a ledger hint): a rejection never puts a version
 * on the endpoint that has not served there. None: refused, naming rollback/ with `to` for an explicit choice.
 */
async function rollbackTarget(sm, group, rejected, live) {
    const { provenServed } = await __webpack_require__.e(/* import() */ 8975).then(__webpack_require__.bind(__webpack_require__, 51356));
    const n = rejected.ModelPackageVersion ?? 0;
    const older = (await (0,versions/* listVersions */.yO)(sm, group, 100)).filter((v) => (v.ModelPackageVersion ?? 0) < n && v.ModelApprovalStatus === 'Approved' && v.ModelPackageStatus === 'Completed');
    const name = live.ep.EndpointName ?? '';
    for (const summary of older.slice(0, ROLLBACK_CANDIDATES)) {
        const pkg = await (0,versions/* describe */.q0)(sm, summary.ModelPackageArn);
        if (await provenServed(sm, name, live.ep, live.config, pkg))
            return pkg;
        log.info(`Version ${pkg.ModelPackageVersion} is Approved but not proven to have served ${name}; looking further back.`);
    }
    throw new src_errors/* ActionError */.lZ(`Version ${n} was rejected and still serves ${name}, but no older Approved version is proven to have served it (looked at ${Math.min(older.length, ROLLBACK_CANDIDATES)}). Roll back with rollback/ and to: <version>.`);
}

// EXTERNAL MODULE: ./src/metrics/promote-gate.ts
var promote_gate = __webpack_require__(60397);
// EXTERNAL MODULE: ./src/inputs/registry-role.ts
var registry_role = __webpack_require__(75775);
;// CONCATENATED MODULE: ./src/commands/promote.ts






















const PROMOTE_OUTPUTS = ['model-package-arn', 'model-package-version', 'approval-status', 'previous-approval-status', 'from-model-package-arn', ...commands_deploy/* DEPLOY_OUTPUTS */.bE, 'comment-url'];
function readPromote(read, common, env = {}) {
    const arn = (0,inputs/* readVersionArn */.EG)(read, 'model-package-arn', common.region);
    const version = (0,inputs/* readVersionNumber */.Sj)(read, 'version');
    const commit = (0,inputs/* readCommit */.kN)(read);
    const given = [arn && 'model-package-arn', version && 'version', commit && 'commit'].filter(Boolean);
    if (given.length > 1)
        throw new src_errors/* InputError */.dz(String(given[1]), read(String(given[1])), `cannot be combined with ${given[0]}: name the version one way`);
    const group = (0,inputs/* readGroupInput */.Wq)(read, common.region, !arn);
    const approval = (0,readers/* oneOf */.yL)(read, 'approval', ['approved', 'rejected'], 'approved') === 'approved' ? 'Approved' : 'Rejected';
    const config = { approval, ifMissing: (0,readers/* oneOf */.yL)(read, 'if-missing', ['fail', 'skip'], 'fail'), branches: readBranches(read) };
    const dispatch = readDispatch(read);
    if (env.GITHUB_EVENT_NAME === DISPATCH_EVENT)
        config.dispatch = { ...dispatch, read };
    Object.assign(config, arn ? { arn } : {}, version ? { version } : {}, commit ? { commit } : {}, group ? { group } : {});
    const note = read('approval-note');
    if (note) {
        if (note.length > 500 || /[\r\n]/.test(note))
            throw new src_errors/* InputError */.dz('approval-note', note, 'must be one line of at most 500 characters');
        config.note = note;
    }
    const attestation = (0,inputs_attestation/* readAttestation */.V)(read, env);
    if (attestation)
        config.attestation = attestation;
    const gate = (0,promote_gate.readPromoteGate)(read);
    if (gate)
        config.gate = gate;
    const stage = read('stage');
    if (stage && !constraints/* ENTITY_NAME */.sB.test(stage))
        throw new src_errors/* InputError */.dz('stage', stage, 'must be 1-63 letters, digits and hyphens (a ModelLifeCycle stage such as staging or production)');
    if (stage)
        config.stage = stage;
    const registryRole = (0,registry_role/* readRoleFor */.qE)(read, { ...(arn ? { modelPackageArn: arn } : {}), ...(group ? { group } : {}) });
    if (registryRole)
        config.registryRole = registryRole;
    const deploy = (0,commands_deploy/* readDeploy */.qx)(read, common);
    if (deploy) {
        if (approval === 'Rejected')
            throw new src_errors/* InputError */.dz('endpoint-name', deploy.endpointName, 'cannot be set with approval: rejected; a rejected version is not deployed');
        config.deploy = registryRole ? { ...deploy, registryRoleArn: registryRole } : deploy;
    }
    return config;
}
function readBranches(read) {
    const value = read('promote-branches');
    const list = value.split(/[\s,]+/).filter(Boolean);
    for (const b of list)
        if (!/^[\w./-]{1,255}$/.test(b) || b.includes('..'))
            throw new src_errors/* InputError */.dz('promote-branches', value, 'must list branch names separated by commas');
    return list;
}
/** A version that may not be approved: Failed or deleted, or Rejected earlier (its reason is the ApprovalDescription). */
function refusal(pkg, wanted) {
    const name = `Version ${pkg.ModelPackageVersion ?? '?'} (${pkg.ModelPackageArn})`;
    if (pkg.ModelPackageStatus === 'Failed')
        return `${name} failed to register (${(0,model_registry/* failureReasons */.OP)(pkg)}); it cannot be promoted. Register the image again.`;
    if (pkg.ModelPackageStatus === 'Deleting')
        return `${name} is being deleted; it cannot be promoted.`;
    if (pkg.ModelPackageStatus !== 'Completed')
        return `${name} is ${pkg.ModelPackageStatus}; only Completed versions can be promoted. Re-run when registration ends.`;
    if (wanted === 'Approved' && pkg.ModelApprovalStatus === 'Rejected') {
        return `${name} was rejected (${(pkg.ApprovalDescription || 'no reason recorded').slice(0, 300)}); a rejected version is not promoted. Register a fixed image.`;
    }
    return undefined;
}
/** The version to promote: named (checked against its record), or the one version that proves it is the commit's. */
async function promote_select(sm, c, ctx, now) {
    const claim = { repository: ctx.repository, ...(ctx.repositoryUrl ? { repositoryUrl: ctx.repositoryUrl } : {}) };
    if (c.arn || c.version) {
        const pkg = await (0,versions/* describe */.q0)(sm, c.arn ?? (0,inputs/* versionRef */.qm)(c.group, c.version));
        (0,prove/* checkNamedVersion */.C)(pkg, claim, (m) => log.warning(m));
        return pkg;
    }
    const commit = c.commit ?? ctx.sha;
    if (!commit)
        throw new src_errors/* ActionError */.lZ('No commit to promote: this event has no commit; set commit, version or model-package-arn.');
    const found = await (0,versions/* claimsOfCommit */.Wo)(sm, c.group, commit, { log: log, now });
    log.info(`Versions claiming commit ${commit.slice(0, 12)}: ${found.versions.length} (seen through ${found.path})`);
    return (0,prove/* proveCommitVersion */.W)(found.versions, { ...claim, commit }, found.path);
}
/** No version claims the commit: say so, or that the group itself does not exist (a misspelt name, another Region). */
async function nothingToPromote(sm, c, commit, io) {
    const group = c.group.name;
    const missing = (await groupMissing(sm, c.group)) ? `Model package group ${group} does not exist in ${await io.clients.region()}` : undefined;
    const what = missing ?? `No version of ${group} was registered for commit ${commit}`;
    if (c.ifMissing === 'skip')
        return log.info(`${what}; if-missing is skip, so nothing was promoted.`);
    if (missing)
        throw new src_errors/* ActionError */.lZ(`${missing}: check model-package-group and aws-region (the group is created by the first registration).`);
    throw new src_errors/* ActionError */.lZ(`${what}. Register it first (the pull-request workflow), or name the version with version or model-package-arn.`);
}
/**
 * True when SageMaker says the group does not exist (DescribeModelPackageGroup answers ValidationException for a
 * missing group); false when it exists or cannot be told (the call denied or failing): then the plain message stands.
 */
async function groupMissing(sm, group) {
    const cmd = await (0,sdk/* sagemakerSdk */.nP)();
    try {
        await sm.send(new cmd.DescribeModelPackageGroupCommand({ ModelPackageGroupName: group.arn ?? group.name }));
        return false;
    }
    catch (err) {
        const e = err;
        return e.name === 'ValidationException' && /does not exist/i.test(e.message ?? '');
    }
}
/** On events bound to a pull request, the version must be that pull request's commit's version. */
function checkEventCommit(pkg, commit) {
    const recorded = pkg.MetadataProperties?.CommitId ?? '';
    if (commit && recorded !== commit) {
        throw new src_errors/* ActionError */.lZ(`Refused: version ${pkg.ModelPackageVersion} was registered for commit ${recorded.slice(0, 12) || 'unknown'}, but this event promotes ${commit.slice(0, 12)}. Nothing was changed.`);
    }
}
async function applyApproval(sm, pkg, c, description) {
    const lifecycle = c.stage && !c.deploy ? { Stage: c.stage, StageStatus: c.approval, StageDescription: description } : undefined;
    if (pkg.ModelApprovalStatus === c.approval && !lifecycle)
        return log.info(`Version ${pkg.ModelPackageVersion} is already ${c.approval}; approval unchanged.`);
    const cmd = await (0,sdk/* sagemakerSdk */.nP)();
    log.info(`Setting version ${pkg.ModelPackageVersion} to ${c.approval}: ${description}`);
    await (0,errors/* send */.tN)('sagemaker:UpdateModelPackage', () => sm.send(new cmd.UpdateModelPackageCommand({
        ModelPackageArn: pkg.ModelPackageArn,
        ...(pkg.ModelApprovalStatus !== c.approval ? { ModelApprovalStatus: c.approval, ApprovalDescription: description } : {}),
        ...(lifecycle ? { ModelLifeCycle: lifecycle } : {})
    })));
}
async function execute(s, c, io) {
    if (s.ctx.eventName === DISPATCH_EVENT)
        return executeDispatch(s, { ...c, dispatch: c.dispatch, named: [c.arn && 'model-package-arn', c.version && 'version', c.commit && 'commit', c.approval === 'Rejected' && 'approval'].filter((x) => !!x) }, io);
    const payload = (0,commands_event/* readEvent */.j_)(io.env);
    // Before any AWS call: who acted, with which permission, on which commit, into which branch.
    const event = await (0,promotion/* authorisePromotion */.w)(s.ctx, payload, { token: s.common.githubToken, branches: c.branches, ...(c.commit ? { commit: c.commit } : {}) });
    if (event.commit)
        s.ctx = { ...s.ctx, sha: event.commit };
    const ctx = s.ctx;
    const sm = await io.clients.sagemaker();
    const pkg = await promote_select(sm, event.commit && !c.arn && !c.version ? { ...c, commit: event.commit } : c, ctx, io.clock.now());
    if (!pkg)
        return nothingToPromote(sm, c, (c.commit ?? ctx.sha).slice(0, 12), io);
    if (c.arn && c.group && pkg.ModelPackageGroupName !== c.group.name) {
        throw new src_errors/* ActionError */.lZ(`model-package-arn ${c.arn} belongs to group ${pkg.ModelPackageGroupName}, not ${c.group.name}.`);
    }
    checkEventCommit(pkg, event.commit);
    if (c.attestation && c.approval === 'Approved') {
        const image = { digest: (0,proof/* pinnedDigest */.tN)(pkg), commit: pkg.MetadataProperties?.CommitId ?? '', what: `version ${pkg.ModelPackageVersion}` };
        await (0,attested.requireAttested)(c.attestation, image, ctx, s.common.githubToken);
    }
    const region = await io.clients.region();
    s.report = (0,report/* versionReport */.v)(pkg, ctx, { dryRun: s.common.dryRun, region, title: c.approval === 'Approved' ? 'SageMaker model promotion' : 'SageMaker model rejection' });
    Object.assign(s.outputs, {
        'model-package-arn': pkg.ModelPackageArn ?? '',
        'model-package-version': String(pkg.ModelPackageVersion ?? ''),
        'previous-approval-status': pkg.ModelApprovalStatus ?? '',
        'approval-status': pkg.ModelApprovalStatus ?? ''
    });
    const refused = refusal(pkg, c.approval);
    if (refused)
        throw new src_errors/* ActionError */.lZ(refused);
    // Every deploy input is checked against the version as approved before the approval is written.
    if (c.deploy)
        (0,commands_deploy/* checkDeployable */.W6)(s, c.deploy, { ...pkg, ModelApprovalStatus: c.approval }, ctx);
    // A deploy would be refused while a shadow test runs on the endpoint: refused before the approval is written.
    if (c.deploy && c.approval === 'Approved')
        await (0,commands_deploy/* checkNoExperiment */.Bh)(s, sm, c.deploy);
    const gated = c.gate && c.approval === 'Approved' ? await (0,promote_gate.promoteGate)(pkg, c.gate, { io, ...(c.group ? { group: c.group } : {}), actor: ctx.actor, report: s.report }) : undefined;
    const description = (0,commands_event/* approvalDescription */.qC)(ctx, payload, c.approval, [c.note, gated?.note].filter(Boolean).join(' ') || undefined);
    if (s.common.dryRun) {
        log.info(`Dry run: would set version ${pkg.ModelPackageVersion} to ${c.approval} (${description})${c.deploy ? ` and deploy it to ${c.deploy.endpointName}` : ''}.`);
    }
    else {
        await event.recheck();
        // The approval is written in the group's account: directly, or with registry-role-arn through that role.
        await applyApproval(await io.clients.registry(c.registryRole), pkg, c, description);
        s.outputs['approval-status'] = c.approval;
        s.report.approval = c.approval;
        s.report.headline = `Version ${pkg.ModelPackageVersion} ${pkg.ModelApprovalStatus === c.approval ? 'stays' : 'is now'} ${c.approval}: ${description}`;
    }
    // A dry run wrote no approval: its deploy is checked against the approval it would have written.
    if (c.deploy)
        await (0,commands_deploy/* deployTo */.fw)(s, io, c.deploy, pkg.ModelPackageArn, s.common.dryRun ? { dryRunApproval: c.approval } : {});
}
const promoteSpec = {
    name: 'promote',
    title: 'SageMaker model promotion',
    outputs: PROMOTE_OUTPUTS,
    read: (read, common, env) => readPromote(read, common, env),
    execute
};
function promote_run(deps = (0,run/* defaultDeps */.m)()) {
    return (0,run/* runCommand */.d)(promoteSpec, deps);
}


/***/ }),

/***/ 91420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkNamedVersion),
/* harmony export */   W: () => (/* binding */ proveCommitVersion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _register_proof_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14563);


const name = (p) => `v${p.ModelPackageVersion ?? '?'} (${p.ModelPackageArn ?? 'no ARN'})`;
/** The one proven version among the candidates for a commit; undefined when there is none. Throws on ambiguity. */
function proveCommitVersion(candidates, claim, path) {
    const usable = candidates.filter((p) => p.ModelPackageStatus !== 'Failed');
    if (!usable.length)
        return undefined;
    const findings = usable.map((p) => ({ p, why: (0,_register_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .disagreements */ .og)(p, claim) }));
    if (findings.length === 1 && !findings[0].why.length)
        return findings[0].p;
    const each = findings.map(({ p, why }) => `${name(p)}: ${why.length ? why.join('; ') : 'proves its registration'}`).join(' | ');
    const what = findings.length > 1 ? `${findings.length} versions claim commit ${claim.commit.slice(0, 12)}` : `the version claiming commit ${claim.commit.slice(0, 12)} does not prove it`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Refused: ${what} (seen through ${path}): ${each}. Nothing was changed. Remove or reject the versions that are not this commit's registration, or name the version with version or model-package-arn after checking it.`);
}
/** A version named explicitly (version or ARN) must not contradict its own record; an unrecorded one only warns. */
function checkNamedVersion(p, claim, warn) {
    const why = (0,_register_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .disagreements */ .og)(p, claim);
    if (!why.length)
        return;
    if (why.length === 1 && /container record|not registered by this action/.test(why[0])) {
        warn(`${name(p)} cannot be proven: ${why[0]}. It is promoted because it was named explicitly.`);
        return;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Refused: ${name(p)} does not match what its registration recorded: ${why.join('; ')}. Nothing was changed.`);
}


/***/ }),

/***/ 8938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ versionReport)
/* harmony export */ });
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26145);
/* harmony import */ var _report_console_links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63143);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81573);



function versionReport(pkg, ctx, o) {
    const container = pkg.InferenceSpecification?.Containers?.[0];
    const arn = pkg.ModelPackageArn ?? '';
    const group = pkg.ModelPackageGroupName ?? '';
    const version = pkg.ModelPackageVersion ?? (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .versionFromArn */ .Yu)(arn);
    const report = {
        title: o.title,
        group,
        version,
        arn,
        created: false,
        approval: pkg.ModelApprovalStatus ?? 'PendingManualApproval',
        image: container?.Image ?? '',
        // The commit the version was built from, not the commit of this run (a merge commit, a tag).
        commit: (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .commitOf */ .D3)(pkg) || ctx.sha,
        refName: (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .commitOf */ .D3)(pkg) === ctx.sha ? ctx.refName : (pkg.CustomerMetadataProperties?.['git-ref'] ?? ''),
        dryRun: o.dryRun,
        time: (pkg.CreationTime ?? new Date()).toISOString(),
        consoleUrl: (0,_report_console_links_js__WEBPACK_IMPORTED_MODULE_2__/* .modelPackageUrl */ .h)(o.region, group, version)
    };
    if (container?.ImageDigest)
        report.digest = container.ImageDigest;
    if (ctx.prNumber !== undefined)
        report.prNumber = ctx.prNumber;
    if (ctx.runId)
        report.runUrl = `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`;
    return report;
}


/***/ }),

/***/ 81573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   Wo: () => (/* binding */ claimsOfCommit),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   yO: () => (/* binding */ listVersions)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81919);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15857);
/* harmony import */ var _register_search_lag_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78396);



/** The commit a version records: MetadataProperties (fixed at creation), else the action's own metadata. */
function commitOf(p) {
    return p.MetadataProperties?.CommitId ?? p.CustomerMetadataProperties?.['git-commit'] ?? '';
}
/** The newest versions of a group (ListModelPackages, newest first), at most `limit`. */
async function listVersions(sm, group, limit, createdAfter) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .sagemakerSdk */ .nP)();
    const out = [];
    let token;
    do {
        const page = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListModelPackages', () => sm.send(new c.ListModelPackagesCommand({
            ModelPackageGroupName: group.arn ?? group.name,
            ModelPackageType: 'Versioned',
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            MaxResults: Math.min(100, limit - out.length),
            ...(createdAfter ? { CreationTimeAfter: createdAfter } : {}),
            ...(token ? { NextToken: token } : {})
        })));
        out.push(...(page.ModelPackageSummaryList ?? []));
        token = page.NextToken;
    } while (token && out.length < limit);
    return out;
}
async function describe(sm, ref) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .sagemakerSdk */ .nP)();
    return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeModelPackage', () => sm.send(new c.DescribeModelPackageCommand({ ModelPackageName: ref })));
}
/**
 * Every version of the group that claims `commit` (newest first), as far as this account can see: Search, plus
 * the versions created within the window in which Search may not have indexed them yet (see SEARCH_LAG_MS).
 * When Search is denied or fails, or for a group given by ARN, the newest `scan` versions are described instead.
 * Says which path saw them. Callers decide from what the versions prove (commands/prove.ts), never from the claim.
 */
async function claimsOfCommit(sm, group, commit, o) {
    const found = group.arn ? undefined : await searchByCommit(sm, group, commit, o.log);
    if (found) {
        // Search may lag behind an UpdateModelPackage too: what is proven is what DescribeModelPackage says now.
        const described = (await Promise.all(found.map((p) => describe(sm, p.ModelPackageArn)))).filter(live);
        const recent = await createdSince(sm, group, new Date(o.now - _register_search_lag_js__WEBPACK_IMPORTED_MODULE_2__/* .SEARCH_LAG_MS */ .L), o.scan ?? 200);
        const seen = new Set(described.map((p) => p.ModelPackageArn));
        const extra = recent.filter((p) => !seen.has(p.ModelPackageArn) && claims(p, commit));
        return { versions: [...described, ...extra].sort(newestFirst), path: `Search, and the ${recent.length} version(s) created in the last ${_register_search_lag_js__WEBPACK_IMPORTED_MODULE_2__/* .SEARCH_LAG_MS */ .L / 60_000} minutes` };
    }
    const listed = await describeNewest(sm, group, o.scan ?? 200);
    return { versions: listed.filter((p) => claims(p, commit)), path: `the newest ${listed.length} versions of the group (Search ${group.arn ? 'is not used for a group given by ARN' : 'was not available'}; older versions are not seen)` };
}
/** Whether a version claims the commit anywhere (either record), so a planted one is never overlooked. */
const claims = (p, commit) => p.MetadataProperties?.CommitId === commit || p.CustomerMetadataProperties?.['git-commit'] === commit;
const newestFirst = (a, b) => (b.ModelPackageVersion ?? 0) - (a.ModelPackageVersion ?? 0);
const live = (p) => !!p?.ModelPackageArn && p.ModelPackageStatus !== 'Deleting';
async function searchByCommit(sm, group, commit, log) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .sagemakerSdk */ .nP)();
    const out = [];
    let token;
    try {
        do {
            const page = await sm.send(new c.SearchCommand({
                Resource: 'ModelPackage',
                SearchExpression: {
                    Filters: [
                        { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: group.name },
                        { Name: 'CustomerMetadataProperties.git-commit', Operator: 'Equals', Value: commit }
                    ]
                },
                SortBy: 'CreationTime',
                SortOrder: 'Descending',
                MaxResults: 100,
                ...(token ? { NextToken: token } : {})
            }));
            out.push(...(page.Results ?? []).map((r) => r.ModelPackage).filter(live));
            token = page.NextToken;
        } while (token && out.length < 1000);
        return out;
    }
    catch (err) {
        const name = err.name ?? 'error';
        if (!/AccessDenied|Validation|Throttl|Internal|ServiceUnavailable/.test(name))
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explainAwsError */ .Ni)(err, 'sagemaker:Search');
        log.info(`Search could not look up commit ${commit.slice(0, 12)} (${name}); listing the group's versions instead.`);
        return undefined;
    }
}
/** The versions created after `since` (ListModelPackages CreationTimeAfter), described; at most `limit`. */
async function createdSince(sm, group, since, limit) {
    const summaries = await listVersions(sm, group, limit, since);
    const arns = summaries.map((s) => s.ModelPackageArn).filter((a) => !!a);
    return (await Promise.all(arns.map((arn) => describe(sm, arn)))).filter(live);
}
async function describeNewest(sm, group, limit) {
    const out = [];
    for (const summary of await listVersions(sm, group, limit))
        if (summary.ModelPackageArn)
            out.push(await describe(sm, summary.ModelPackageArn));
    return out.filter(live);
}


/***/ }),

/***/ 57841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ NOT_PROVEN),
/* harmony export */   Ju: () => (/* binding */ versionRule),
/* harmony export */   K: () => (/* binding */ configProves),
/* harmony export */   VJ: () => (/* binding */ versionParts),
/* harmony export */   X6: () => (/* binding */ metadataProves),
/* harmony export */   mx: () => (/* binding */ ledgerRule),
/* harmony export */   x5: () => (/* binding */ refusal),
/* harmony export */   yn: () => (/* binding */ arnRule)
/* harmony export */ });
/* unused harmony export servedBefore */
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26145);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31677);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35874);
/* harmony import */ var _serves_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72691);





/** The clocks of the runner (which writes the version's deployment metadata) and of SageMaker may differ this much. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
function versionParts(arn) {
    const m = _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_ARN */ .g2.exec(arn);
    if (!m)
        return undefined;
    return { partition: m[1], region: m[2], account: m[3], group: m[4], version: Number(m[6]) };
}
/** The refusal: one line naming the input or tag, its value (quoted, bounded) and the rule it broke. */
function refusal(endpoint, source, value, rule) {
    if (source === 'to')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('to', value, rule);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Endpoint ${endpoint}: tag ${_ledger_js__WEBPACK_IMPORTED_MODULE_2__.PREVIOUS_TAG} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value, 200)} ${rule}; not rolling back to it. Name the version to roll back to with to.`);
}
/**
 * The first rule the candidate's ARN breaks (undefined: none), before anything is asked about it: a version ARN,
 * the endpoint's partition and Region, the account and group of the version the endpoint serves, and older than it.
 */
function arnRule(endpointArn, current, target) {
    const t = versionParts(target);
    if (!t)
        return 'is not a model package version ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>)';
    const cur = versionParts(current);
    if (!cur)
        return `cannot be compared with what the endpoint serves, ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(current, 200)}, which is not a model package version`;
    const ep = (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_4__/* .parseArn */ .Lw)(endpointArn);
    if (!ep || t.partition !== ep.partition || t.region !== ep.region)
        return `is in Region ${t.region} (${t.partition}), but the endpoint is in ${ep?.region ?? 'an unknown Region'} (${ep?.partition ?? '?'})`;
    if (t.account !== cur.account)
        return `is in account ${t.account}, but the version the endpoint serves, v${cur.version} of ${cur.group}, is in account ${cur.account}`;
    if (t.group !== cur.group)
        return `is a version of group ${t.group}, but the endpoint serves v${cur.version} of group ${cur.group}: a rollback stays in the group`;
    if (t.version === cur.version)
        return `is v${t.version}, the version the endpoint already serves: nothing to roll back`;
    if (t.version > cur.version)
        return `is v${t.version}, newer than v${cur.version}, the version the endpoint serves: a rollback goes to an older version`;
    return undefined;
}
/** The first rule the candidate breaks once described (undefined: none). */
function versionRule(target, pkg) {
    if (pkg.ModelPackageArn !== target)
        return 'is not the version DescribeModelPackage describes for it';
    if (pkg.ModelPackageStatus !== 'Completed')
        return `is ${pkg.ModelPackageStatus ?? 'of unknown status'}: only a Completed version can be rolled back to`;
    if (pkg.ModelApprovalStatus !== 'Approved')
        return `is ${pkg.ModelApprovalStatus ?? 'PendingManualApproval'}: a rollback goes only to an Approved version`;
    return undefined;
}
/** The ledger's view must be the live one: a tag naming another current version makes its "previous" meaningless. */
function ledgerRule(current, ledgerCurrent) {
    if (ledgerCurrent === current)
        return undefined;
    return `cannot be trusted: the ledger's ${_ledger_js__WEBPACK_IMPORTED_MODULE_2__.CURRENT_TAG} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(ledgerCurrent ?? '', 200)} is not the version the endpoint serves (${current})`;
}
/** The version's own record of a deployment to this endpoint (follow-up.ts writes `endpoint.<name>: deployed <time>`). */
function metadataProves(pkg, e) {
    const value = pkg.CustomerMetadataProperties?.[`endpoint.${e.endpointName}`.slice(0, 128)] ?? '';
    const m = /^deployed (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)$/.exec(value);
    if (!m)
        return false;
    const at = Date.parse(m[1]);
    return !Number.isNaN(at) && (!e.endpointCreated || at >= e.endpointCreated.getTime() - CLOCK_SKEW_MS);
}
/** A config of this endpoint, made before the live one, every variant of which serves the version. */
function configProves(pkg, e) {
    if (!e.liveCreated)
        return false;
    return e.configs.some((c) => !!c.created && c.created.getTime() < e.liveCreated.getTime() && (0,_serves_js__WEBPACK_IMPORTED_MODULE_3__/* .configServes */ .TW)(c, pkg));
}
function servedBefore(pkg, e) {
    return configProves(pkg, e) || metadataProves(pkg, e);
}
const NOT_PROVEN = 'names a version this action cannot prove served the endpoint before (no earlier endpoint config of it names that version, and the version records no deployment to it)';


/***/ }),

/***/ 30138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ authorisePromotion)
/* harmony export */ });
/* unused harmony export checkEventFile */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52524);
/* harmony import */ var _write_access_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24523);
/**
 * Which events may promote, and which commit they promote, decided from what GitHub reports (the event file the
 * runner wrote, the permission API, the pull request as it is now), never from example `if:` lines:
 * - `pull_request_target` and pull requests from forks never promote;
 * - a pull request promotes only once merged, into an allowed base branch (the default branch unless listed);
 * - an approving review promotes only when the reviewer has write access and reviewed the head being promoted;
 * - a `/promote` comment promotes the head its workflow fixed when the run started (input `commit`), re-checked;
 * - anything GitHub cannot answer refuses the step before any AWS write.
 */



const none = { recheck: async () => undefined };
const refuse = (why) => {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Refused: ${why}. Nothing was changed.`);
};
const safe = (v) => String(v ?? '').replace(/[^\w./-]/g, '_').slice(0, 100);
/** Pure: the event-file checks that need no call. Returns the PR number the event is about, if any. */
function checkEventFile(ctx, payload, branches) {
    const event = ctx.eventName;
    if (event === 'pull_request_target')
        refuse('pull_request_target runs promote nothing (they run for pull requests anyone can open, with the base branch’s secrets)');
    if (event === 'pull_request') {
        const pr = payload.pull_request ?? {};
        if (!(payload.action === 'closed' && pr.merged === true))
            refuse(`a pull_request event promotes only when the pull request is merged (this one is ${safe(payload.action)}, not merged)`);
        checkBase(safe(pr.base?.ref), ctx, branches);
        checkSameRepo(safe(pr.head?.repo?.full_name), ctx);
    }
    if (event === 'pull_request_review' && payload.review?.state !== 'approved')
        refuse(`a review promotes only when it approves (this one is ${safe(payload.review?.state)})`);
    if (event === 'issue_comment' && ctx.prNumber === undefined)
        refuse('the comment is not on a pull request');
    if (event === 'pull_request_review' && ctx.prNumber === undefined)
        refuse('the review names no pull request');
    if (event === 'workflow_run')
        checkWorkflowRun(payload, ctx);
    return event === 'pull_request_review' || event === 'issue_comment' ? ctx.prNumber : undefined;
}
/** A workflow_run of a pull request (possibly a fork's) runs the fork's commit: it promotes nothing. */
function checkWorkflowRun(payload, ctx) {
    const run = payload.workflow_run ?? {};
    if (String(run.event ?? '').startsWith('pull_request'))
        refuse(`a workflow_run of a ${safe(run.event)} run promotes nothing (its commit is the pull request's, not reviewed)`);
    checkSameRepo(safe(run.head_repository?.full_name), ctx);
}
function allowedBranches(ctx, branches) {
    return branches.length ? branches : ctx.defaultBranch ? [ctx.defaultBranch] : [];
}
function checkBase(base, ctx, branches) {
    const allowed = allowedBranches(ctx, branches);
    if (!allowed.length)
        refuse('the default branch is unknown (no event file), so no base branch is allowed; set promote-branches');
    if (!allowed.includes(base))
        refuse(`the pull request's base branch is ${base}; promotions come only from pull requests into ${allowed.join(', ')}`);
}
function checkSameRepo(headRepo, ctx) {
    if (headRepo !== ctx.repository)
        refuse(`the pull request comes from ${headRepo || 'an unknown repository'}, not ${ctx.repository}; pull requests from forks are not promoted`);
}
/** Reads the pull request and checks it as GitHub reports it now. */
function checkPull(pull, ctx, branches) {
    if (pull.state !== 'open')
        refuse(`pull request #${pull.number} is ${safe(pull.state)}; reviews and comments promote open pull requests only (a merge promotes on its own)`);
    checkBase(pull.baseRef, ctx, branches);
    checkSameRepo(pull.headRepo, ctx);
}
/** Everything the event must satisfy before this run may write; the commit it promotes. */
async function authorisePromotion(ctx, payload, rules) {
    const number = checkEventFile(ctx, payload, rules.branches);
    if (ctx.eventName === 'pull_request')
        return { commit: ctx.sha, recheck: none.recheck };
    if (number === undefined)
        return none;
    const review = ctx.eventName === 'pull_request_review';
    const who = review
        ? { login: payload.review?.user?.login, association: payload.review?.author_association, role: 'the reviewer', act: 'promote by an approving review' }
        : { login: payload.comment?.user?.login, association: payload.comment?.author_association, role: "the comment's author", act: 'promote from a comment' };
    await (0,_write_access_js__WEBPACK_IMPORTED_MODULE_2__/* .requireWriter */ .t)(ctx, rules.token, who);
    const pull = await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_1__/* .readPull */ .E)(ctx, rules.token, number);
    checkPull(pull, ctx, rules.branches);
    const commit = review ? reviewedCommit(payload, pull) : commentCommit(rules.commit, pull);
    const recheck = async () => {
        const now = await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_1__/* .readPull */ .E)(ctx, rules.token, number);
        if (now.headSha !== commit)
            refuse(`pull request #${number}'s head moved to ${now.headSha.slice(0, 12)} while this run waited; it promotes ${commit.slice(0, 12)} only`);
        checkPull(now, ctx, rules.branches);
    };
    return { commit, recheck };
}
function reviewedCommit(payload, pull) {
    const reviewed = safe(payload.review?.commit_id);
    if (reviewed !== pull.headSha)
        refuse(`the review approved commit ${reviewed.slice(0, 12) || 'unknown'}, but pull request #${pull.number}'s head is now ${pull.headSha.slice(0, 12)}; a commit pushed after the review is not promoted by it`);
    return reviewed;
}
function commentCommit(fixed, pull) {
    if (!fixed)
        return pull.headSha;
    if (!pull.headSha.startsWith(fixed))
        refuse(`pull request #${pull.number}'s head is ${pull.headSha.slice(0, 12)}, not ${fixed.slice(0, 12)}, the head when the comment's run started`);
    return pull.headSha;
}


/***/ }),

/***/ 52524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readPull),
/* harmony export */   withPullRequestHead: () => (/* binding */ withPullRequestHead)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const text = (v, max = 255) => (typeof v === 'string' ? v.slice(0, max) : '');
/**
 * One GET of the pull request. Fails closed: a pull request that cannot be read stops the step before any write
 * (the caller would otherwise act on the default branch's commit, which nobody reviewed).
 */
async function readPull(ctx, token, number) {
    const [owner, repo] = ctx.repository.split('/');
    if (!owner || !repo || !token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Refused: pull request #${number} cannot be read (${token ? 'no repository' : 'no github-token'}); nothing was changed.`);
    try {
        const { getOctokit } = await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 92413));
        const { data } = await getOctokit(token).rest.pulls.get({ owner, repo, pull_number: number });
        const sha = text(data.head?.sha);
        if (!/^[0-9a-f]{40}$/.test(sha))
            throw new Error('no head commit in the answer');
        return {
            number,
            headSha: sha,
            headRef: text(data.head?.ref),
            headRepo: text(data.head?.repo?.full_name),
            baseRef: text(data.base?.ref),
            state: text(data.state, 20),
            merged: data.merged === true
        };
    }
    catch (err) {
        const status = err.status;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Refused: pull request #${number} of ${ctx.repository} could not be read (${status ? `HTTP ${status}` : 'no answer'}); nothing was changed.`);
    }
}
/**
 * An issue_comment on a pull request runs on the default branch: GITHUB_SHA is not the PR's commit. The PR's
 * head commit and branch come from the pull request itself; without an answer the step fails (fail closed).
 */
async function withPullRequestHead(ctx, token, log) {
    if (ctx.eventName !== 'issue_comment' || ctx.prNumber === undefined)
        return ctx;
    const pull = await readPull(ctx, token, ctx.prNumber);
    log.info(`Pull request #${ctx.prNumber}: head ${pull.headSha} on ${pull.headRef.replace(/[^\w./-]/g, '_')}`);
    return { ...ctx, sha: pull.headSha, refName: pull.headRef, refType: 'pull' };
}


/***/ }),

/***/ 24523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ login),
/* harmony export */   readEvent: () => (/* binding */ readEvent),
/* harmony export */   requireWriteAccess: () => (/* binding */ requireWriteAccess),
/* harmony export */   t: () => (/* binding */ requireWriter)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * Who may act from a comment. Anyone can comment on a public repository's pull requests, and an issue_comment run
 * acts on the PR's head (possibly a fork's): the commenter must have write access.
 */


function readEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}
/** A GitHub login as it may be shown (anything else is not one). */
const login = (v) => (typeof v === 'string' && /^[A-Za-z0-9-]+(\[bot\])?$/.test(v) ? v : undefined);
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
/**
 * On issue_comment events the commenter must have write access: author_association OWNER (the account that owns
 * the repository), or the collaborator permission API saying admin, maintain or write. MEMBER and COLLABORATOR are
 * not enough alone: an organisation member or an invited collaborator may hold only read or triage. Anything else
 * (or no answer) is refused.
 */
async function requireWriteAccess(ctx, payload, token) {
    if (ctx.eventName !== 'issue_comment')
        return;
    await requireWriter(ctx, token, { login: payload.comment?.user?.login, association: payload.comment?.author_association, role: "the comment's author", act: "act from a comment (a fork's PR head is not built, registered or promoted for others)" });
}
/** Refuses unless `who` has admin, maintain or write on the repository (OWNER, or GitHub's permission API). Fails closed. */
async function requireWriter(ctx, token, who) {
    const user = login(who.login);
    const association = String(who.association ?? 'NONE');
    if (user && association === 'OWNER')
        return;
    const [owner, repo] = ctx.repository.split('/');
    let permission = 'unknown';
    if (user && owner && repo && token) {
        try {
            const { getOctokit } = await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 92413));
            const { data } = await getOctokit(token).rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user });
            permission = String(data.role_name ?? data.permission);
            if (WRITE_PERMISSIONS.has(permission))
                return;
        }
        catch (err) {
            permission = `not readable: ${String(err.status ?? 'no answer')}`;
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Refused: ${who.role} ${user ? `@${user}` : '(unknown)'} (association ${association.replace(/[^A-Z_]/g, '').slice(0, 20)}, permission ${permission.replace(/[^\w :-]/g, '').slice(0, 60)}) has no write access to ${ctx.repository}; only people with write access may ${who.act}. Nothing was changed.`);
}


/***/ }),

/***/ 60397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteGate: () => (/* binding */ promoteGate),
/* harmony export */   readPromoteGate: () => (/* binding */ readPromoteGate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95084);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2158);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28813);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43784);





/** metrics-gate, gate-baseline, on-no-baseline and override-gate of promote/. */
function readPromoteGate(read) {
    const override = read('override-gate');
    if (override && (override.length > 300 || /[\r\n]/.test(override)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('override-gate', override, 'must be one line of at most 300 characters (the reason)');
    const gate = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readGateConfig */ .Gg)(read);
    if (!gate) {
        if (override)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('override-gate', override, 'needs metrics-gate: there is no gate to override');
        return undefined;
    }
    return override ? { ...gate, override } : gate;
}
/** Judges `pkg` before it is approved; returns the report and the sentence the approval description gets. */
async function promoteGate(pkg, gate, o) {
    const s3 = () => o.io.clients.s3();
    const sm = await o.io.clients.sagemaker();
    const name = `Version ${pkg.ModelPackageVersion ?? '?'}`;
    const read = await (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .versionMetrics */ .e_)(await s3(), pkg);
    if (!read.metrics)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${name} cannot be judged by metrics-gate: ${read.note}. Nothing was changed.`);
    (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRuleMetrics */ .WL)('metrics-gate', gate.rules, Object.keys(read.metrics));
    const group = o.group ?? { name: pkg.ModelPackageGroupName ?? '' };
    const { result, failed, reason } = await (0,_step_js__WEBPACK_IMPORTED_MODULE_3__/* .runGate */ .Rg)(gate, read.metrics, { sm, s3, group, candidateArn: pkg.ModelPackageArn });
    const report = result;
    o.report.gate = report; // shown on the summary and the comment even when the approval is refused
    (0,_step_js__WEBPACK_IMPORTED_MODULE_3__/* .logGate */ .yh)(result, reason);
    if (!failed)
        return {};
    if (!gate.override)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${name} is not promoted: ${reason}. To approve it anyway, set override-gate to the reason. Nothing was changed.`);
    report.consequence = `Gate overridden by @${o.actor}: ${gate.override}`;
    return { note: `Metrics gate overridden (${reason.slice(0, 300)}): ${gate.override}` };
}


/***/ }),

/***/ 28813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yh: () => (/* binding */ logGate),
  yg: () => (/* binding */ metricsStep),
  Rg: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts + 17 modules
var log = __webpack_require__(49301);
// EXTERNAL MODULE: ./src/aws/errors.ts + 1 modules
var aws_errors = __webpack_require__(81919);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
// EXTERNAL MODULE: ./src/aws/arns.ts
var arns = __webpack_require__(26145);
// EXTERNAL MODULE: ./src/metrics/store.ts
var store = __webpack_require__(43784);
;// CONCATENATED MODULE: ./src/metrics/baseline.ts





async function describe(sm, ref) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    return (0,aws_errors/* send */.tN)('sagemaker:DescribeModelPackage', () => sm.send(new c.DescribeModelPackageCommand({ ModelPackageName: ref })));
}
/** The newest Approved version of the group that is not `exclude`. */
async function newestApproved(sm, group, exclude) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    const page = await (0,aws_errors/* send */.tN)('sagemaker:ListModelPackages', () => sm.send(new c.ListModelPackagesCommand({
        ModelPackageGroupName: group.arn ?? group.name, ModelPackageType: 'Versioned', ModelApprovalStatus: 'Approved',
        SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 2
    })));
    return (page.ModelPackageSummaryList ?? []).map((p) => p.ModelPackageArn).find((arn) => arn && arn !== exclude);
}
/** The one version of `group` the endpoint's live config provably serves. */
async function servedBy(sm, endpoint, group) {
    const [{ describeEndpoint }, { readConfig, servedVersions }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 38150)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 43457))]);
    const ep = await describeEndpoint(sm, endpoint);
    if (!ep.EndpointConfigName)
        return undefined;
    const served = (await servedVersions(sm, await readConfig(sm, ep.EndpointConfigName))).filter((arn) => arn.includes(`:model-package/${group.name}/`));
    if (served.length > 1)
        throw new errors/* ActionError */.lZ(`Endpoint ${endpoint} serves ${served.length} versions of ${group.name} (${served.join(', ')}); name the baseline version with gate-baseline.`);
    return served[0];
}
async function baselineArn(sm, spec, group, candidateArn) {
    if (spec.kind === 'approved') {
        const arn = await newestApproved(sm, group, candidateArn);
        return arn ? { arn } : { note: `no other Approved version of ${group.name} to compare with` };
    }
    if (spec.kind === 'serving') {
        const arn = await servedBy(sm, spec.endpoint, group);
        return arn ? { arn } : { note: `endpoint ${spec.endpoint} serves no version of ${group.name}` };
    }
    const pkg = await describe(sm, `${group.arn ?? group.name}/${spec.version}`);
    return { arn: pkg.ModelPackageArn };
}
/** The baseline and its verified metrics; a baseline that records none comes back without metrics and a note. */
async function findBaseline(sm, s3, o) {
    const { arn, note } = await baselineArn(sm, o.spec, o.group, o.candidateArn);
    if (!arn)
        return { note: note };
    const pkg = await describe(sm, arn);
    const read = await (0,store/* versionMetrics */.e_)(await s3(), pkg);
    const baseline = { version: pkg.ModelPackageVersion ?? (0,arns/* versionFromArn */.Yu)(arn), arn };
    if (read.metrics)
        baseline.metrics = read.metrics;
    return { baseline, ...(read.note ? { note: read.note } : {}) };
}

// EXTERNAL MODULE: ./src/metrics/gate.ts
var metrics_gate = __webpack_require__(22766);
// EXTERNAL MODULE: ./src/metrics/inputs.ts
var inputs = __webpack_require__(95084);
;// CONCATENATED MODULE: ./src/metrics/step.ts






/** Evaluates the gate against its baseline; a missing baseline counts as a failure only with on-no-baseline: fail. */
async function runGate(gate, candidate, o) {
    const found = await findBaseline(o.sm, o.s3, { spec: gate.baseline, group: o.group, ...(o.candidateArn ? { candidateArn: o.candidateArn } : {}) });
    const result = (0,metrics_gate/* evaluateGate */.DR)(gate.rules, candidate, found.baseline);
    if (found.note)
        result.note = `No baseline: ${found.note}${result.verdict === 'no-baseline' ? (gate.onNoBaseline === 'fail' ? ' (on-no-baseline: fail).' : '; the rules that need it are not judged (on-no-baseline: pass-with-note).') : '.'}`;
    const noBaseline = result.verdict === 'no-baseline' && gate.onNoBaseline === 'fail';
    const reason = result.verdict === 'fail' ? (0,metrics_gate/* failureReason */.Hr)(result) : noBaseline ? `metrics gate has no baseline: ${found.note ?? 'none'}` : '';
    return { result, failed: result.verdict === 'fail' || noBaseline, reason };
}
/** The gate's one log line. */
function logGate(result, reason) {
    log.info(`Metrics gate: ${result.verdict}${result.baseline ? ` against version ${result.baseline.version}` : ''}${reason ? ` (${reason})` : ''}`);
}
function consequence(mode, asked) {
    if (mode === 'reject')
        return 'Registered as Rejected (on-gate-failure: reject).';
    return `Registered pending manual approval (on-gate-failure: comment)${asked === 'Approved' ? ' instead of Approved' : ''}; promote/ refuses it unless override-gate gives a reason.`;
}
async function metricsStep(config, o) {
    const s3 = o.s3;
    const body = config.statistics.body ?? (await (0,store/* readObject */.Ag)(await s3(), config.statistics.given));
    const candidate = config.metrics ?? (0,inputs/* checkedStatistics */.Xd)(config, body.toString('utf8'));
    const constraintsBody = config.constraints && (config.constraints.body ?? (await (0,store/* readObject */.Ag)(await s3(), config.constraints.given)));
    if (config.constraints && constraintsBody)
        (0,inputs/* checkConstraints */.Dh)(config.constraints, constraintsBody.toString('utf8'));
    const { out } = o;
    out.candidate = candidate;
    if (config.gate) {
        const { result, failed, reason } = await runGate(config.gate, candidate, o);
        const gate = result;
        out.gate = gate;
        logGate(result, reason);
        if (failed) {
            // Before any write: the gate needs only the candidate's metrics and the baseline's.
            if (config.onGateFailure === 'fail')
                throw new errors/* ActionError */.lZ(`Not registered: ${reason} (on-gate-failure: fail).`);
            gate.consequence = consequence(config.onGateFailure, o.asked);
            out.approval = { status: config.onGateFailure === 'reject' ? 'Rejected' : 'PendingManualApproval', reason };
        }
    }
    const opts = { ...(config.prefix ? { prefix: config.prefix } : {}), dryRun: o.dryRun };
    const Statistics = await (0,store/* sourceOf */.vz)(await s3(), config.statistics, body, { ...opts, kind: 'statistics' });
    const Constraints = config.constraints && constraintsBody ? await (0,store/* sourceOf */.vz)(await s3(), config.constraints, constraintsBody, { ...opts, kind: 'constraints' }) : undefined;
    log.info(`Model quality statistics: ${Statistics.S3Uri} (${Statistics.ContentDigest})${o.dryRun && config.statistics.body ? ' (dry run: not uploaded)' : ''}`);
    out.modelMetrics = { ModelQuality: { Statistics, ...(Constraints ? { Constraints } : {}) } };
    return out;
}


/***/ }),

/***/ 43784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ readObject),
/* harmony export */   e_: () => (/* binding */ versionMetrics),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/* unused harmony export uploadUri */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81919);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15857);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95084);
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66114);





const location = (uri) => {
    const m = /^s3:\/\/([^/]+)\/(.+)$/s.exec(uri);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${JSON.stringify(uri.slice(0, 200))} is not an s3://bucket/key object URI.`);
    return { Bucket: m[1], Key: m[2] };
};
/** The object's bytes; more than METRICS_FILE_MAX is refused. */
async function readObject(s3, uri) {
    const { GetObjectCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__/* .s3Sdk */ .jb)();
    const out = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)('s3:GetObject', () => s3.send(new GetObjectCommand(location(uri))));
    if ((out.ContentLength ?? 0) > _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_FILE_MAX */ .Ul)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${uri} is over ${_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_FILE_MAX */ .Ul} bytes; a statistics file is far smaller.`);
    const body = Buffer.from((await out.Body?.transformToByteArray()) ?? []);
    if (body.length > _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_FILE_MAX */ .Ul)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${uri} is over ${_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_FILE_MAX */ .Ul} bytes; a statistics file is far smaller.`);
    return body;
}
/** Where a workspace file goes: `<prefix>/<kind>-<sha256 hex>.json`, so the same bytes always land on the same key. */
function uploadUri(prefix, kind, digest) {
    return `${prefix}/${kind}-${digest.slice('sha256:'.length)}.json`;
}
/** Uploads a workspace file (or, for an s3:// file, reads nothing more) and returns the MetricsSource to record. */
async function sourceOf(s3, file, body, o) {
    const digest = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(body);
    if (!file.body)
        return { ContentType: 'application/json', S3Uri: file.given, ContentDigest: digest };
    const uri = uploadUri(o.prefix, o.kind, digest);
    if (!o.dryRun) {
        const { PutObjectCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__/* .s3Sdk */ .jb)();
        await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)('s3:PutObject', () => s3.send(new PutObjectCommand({ ...location(uri), Body: body, ContentType: 'application/json' })));
    }
    return { ContentType: 'application/json', S3Uri: uri, ContentDigest: digest };
}
/** A version's model-quality metrics, read from the S3 object its ModelMetrics names and checked against its digest. */
async function versionMetrics(s3, pkg) {
    const source = pkg.ModelMetrics?.ModelQuality?.Statistics;
    const v = `version ${pkg.ModelPackageVersion ?? '?'}`;
    if (!source?.S3Uri)
        return { note: `${v} records no model-quality statistics` };
    if (!source.ContentDigest)
        return { note: `${v} records its statistics without a ContentDigest, so they cannot be verified` };
    const body = await readObject(s3, source.S3Uri);
    const digest = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(body);
    if (digest.toLowerCase() !== source.ContentDigest.toLowerCase()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The statistics of ${v} (${source.S3Uri}) changed after registration: their digest is ${digest}, the version recorded ${source.ContentDigest}. The gate does not trust them.`);
    }
    try {
        return { metrics: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStatistics */ .N)(body.toString('utf8'), 'statistics', source.S3Uri) };
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The statistics of ${v} (${source.S3Uri}) are not usable: ${err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? err.rule : err.message}`);
    }
}


/***/ }),

/***/ 71401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requireAttested: () => (/* binding */ requireAttested)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49301);
/** require-attestation, for promote/ and for registrations that approve (release runs): one check for both. */


/** Resolves when GitHub holds a Sigstore-verified attestation of the digest by the workflow at the commit; else throws. */
async function requireAttested(a, image, ctx, token) {
    if (!image.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Refused: ${image.what} is not pinned to an image digest, so require-attestation cannot check it. Nothing was changed.`);
    const { requireAttestation } = await __webpack_require__.e(/* import() */ 6338).then(__webpack_require__.bind(__webpack_require__, 66338));
    await requireAttestation({
        digest: image.digest,
        policy: { repository: ctx.repository, workflow: a.workflow, commit: image.commit },
        token,
        apiUrl: ctx.apiUrl,
        serverUrl: ctx.serverUrl,
        ...(a.trustedRoot ? { trustedRoot: a.trustedRoot } : {}),
        log: _log_js__WEBPACK_IMPORTED_MODULE_1__
    });
}


/***/ })

};

//# sourceMappingURL=9360.index.js.map