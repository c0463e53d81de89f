export const id = 788;
export const ids = [788,523,524,401];
export const modules = {

/***/ 93839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bE: () => (/* binding */ DEPLOY_OUTPUTS),
/* harmony export */   fw: () => (/* binding */ deployTo),
/* harmony export */   qx: () => (/* binding */ readDeploy)
/* harmony export */ });
/* harmony import */ var _inputs_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92207);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49301);


const DEPLOY_OUTPUTS = ['deployment-status', 'endpoint-arn', 'endpoint-config-name', 'model-name'];
/** The deploy inputs, when endpoint-name is set; the time budget grows with the policy as in the top-level action. */
function readDeploy(read, common) {
    const deploy = (0,_inputs_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .readDeployConfig */ .Q)(read, undefined);
    if (deploy && !read('wait-timeout'))
        common.waitTimeoutSeconds = Math.max(30 * 60, deploy.maxExecutionTimeoutSeconds + 15 * 60);
    return deploy;
}
async function deployTo(s, io, deploy, versionArn) {
    const { deployVersion } = await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(991)]).then(__webpack_require__.bind(__webpack_require__, 29991));
    s.deployment = { endpointName: deploy.endpointName, status: 'in-progress' };
    try {
        await deployVersion(await io.clients.sagemaker(), {
            deploy,
            ctx: s.ctx,
            versionArn,
            region: await io.clients.region(),
            dryRun: s.common.dryRun,
            clock: io.clock,
            deadline: io.deadline,
            pollMs: s.common.pollSeconds * 1000,
            log: _log_js__WEBPACK_IMPORTED_MODULE_1__,
            clients: io.clients,
            onStarted: (d) => {
                Object.assign(s.outputs, { 'endpoint-arn': d.endpointArn ?? '', 'endpoint-config-name': d.configName ?? '', 'model-name': d.modelName ?? '' });
                _log_js__WEBPACK_IMPORTED_MODULE_1__.setOutput('endpoint-arn', d.endpointArn ?? '');
                _log_js__WEBPACK_IMPORTED_MODULE_1__.info(`Console: ${d.consoleUrl}`);
            },
            onPhase: () => io.progress()
        }, s.deployment);
    }
    finally {
        const d = s.deployment;
        if (d.endpointArn)
            s.outputs['endpoint-arn'] = d.endpointArn;
        if (d.configName)
            Object.assign(s.outputs, { 'endpoint-config-name': d.configName, 'model-name': d.modelName ?? d.configName });
    }
}


/***/ }),

/***/ 2788:
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

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(99378);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(52524);
// EXTERNAL MODULE: ./src/github/write-access.ts
var write_access = __webpack_require__(24523);
;// CONCATENATED MODULE: ./src/github/promotion.ts
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
    throw new src_errors/* ActionError */.lZ(`Refused: ${why}. Nothing was changed.`);
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
    await (0,write_access/* requireWriter */.t)(ctx, rules.token, who);
    const pull = await (0,pull_request/* readPull */.E)(ctx, rules.token, number);
    checkPull(pull, ctx, rules.branches);
    const commit = review ? reviewedCommit(payload, pull) : commentCommit(rules.commit, pull);
    const recheck = async () => {
        const now = await (0,pull_request/* readPull */.E)(ctx, rules.token, number);
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

// EXTERNAL MODULE: ./src/inputs/constraints.ts
var constraints = __webpack_require__(31677);
// EXTERNAL MODULE: ./src/inputs/readers.ts
var readers = __webpack_require__(18961);
// EXTERNAL MODULE: ./src/log.ts + 17 modules
var log = __webpack_require__(49301);
// EXTERNAL MODULE: ./src/register/model-registry.ts + 1 modules
var model_registry = __webpack_require__(26714);
// EXTERNAL MODULE: ./src/commands/deploy.ts
var commands_deploy = __webpack_require__(93839);
;// CONCATENATED MODULE: ./src/commands/event.ts


/** The person behind this promotion and the words for where it happened. */
function requester(ctx, payload) {
    const pr = ctx.prNumber !== undefined ? `PR #${ctx.prNumber}` : undefined;
    const prUrl = ctx.prNumber !== undefined && ctx.repositoryUrl ? ` (${ctx.repositoryUrl}/pull/${ctx.prNumber})` : '';
    const actor = (0,write_access/* login */.i)(ctx.actor) ?? 'unknown';
    switch (ctx.eventName) {
        case 'pull_request':
        case 'pull_request_target':
            if (payload.pull_request?.merged)
                return { who: (0,write_access/* login */.i)(payload.pull_request.merged_by?.login) ?? actor, where: `on merge of ${pr}${prUrl}` };
            return { who: actor, where: `on ${pr}${prUrl}` };
        case 'pull_request_review':
            return { who: (0,write_access/* login */.i)(payload.review?.user?.login) ?? actor, where: `by an approving review of ${pr}${prUrl}` };
        case 'issue_comment':
            return { who: (0,write_access/* login */.i)(payload.comment?.user?.login) ?? actor, where: `with a comment on ${pr ?? `issue #${payload.issue?.number ?? '?'}`}${prUrl}` };
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

// EXTERNAL MODULE: ./src/commands/inputs.ts
var inputs = __webpack_require__(67521);
// EXTERNAL MODULE: ./src/commands/report.ts
var report = __webpack_require__(8938);
// EXTERNAL MODULE: ./src/commands/run.ts
var run = __webpack_require__(94331);
// EXTERNAL MODULE: ./src/commands/versions.ts
var versions = __webpack_require__(81573);
// EXTERNAL MODULE: ./src/register/proof.ts
var proof = __webpack_require__(14563);
;// CONCATENATED MODULE: ./src/commands/prove.ts


const prove_name = (p) => `v${p.ModelPackageVersion ?? '?'} (${p.ModelPackageArn ?? 'no ARN'})`;
/** The one proven version among the candidates for a commit; undefined when there is none. Throws on ambiguity. */
function proveCommitVersion(candidates, claim, path) {
    const usable = candidates.filter((p) => p.ModelPackageStatus !== 'Failed');
    if (!usable.length)
        return undefined;
    const findings = usable.map((p) => ({ p, why: (0,proof/* disagreements */.og)(p, claim) }));
    if (findings.length === 1 && !findings[0].why.length)
        return findings[0].p;
    const each = findings.map(({ p, why }) => `${prove_name(p)}: ${why.length ? why.join('; ') : 'proves its registration'}`).join(' | ');
    const what = findings.length > 1 ? `${findings.length} versions claim commit ${claim.commit.slice(0, 12)}` : `the version claiming commit ${claim.commit.slice(0, 12)} does not prove it`;
    throw new src_errors/* ActionError */.lZ(`Refused: ${what} (seen through ${path}): ${each}. Nothing was changed. Remove or reject the versions that are not this commit's registration, or name the version with version or model-package-arn after checking it.`);
}
/** A version named explicitly (version or ARN) must not contradict its own record; an unrecorded one only warns. */
function checkNamedVersion(p, claim, warn) {
    const why = (0,proof/* disagreements */.og)(p, claim);
    if (!why.length)
        return;
    if (why.length === 1 && /container record|not registered by this action/.test(why[0])) {
        warn(`${prove_name(p)} cannot be proven: ${why[0]}. It is promoted because it was named explicitly.`);
        return;
    }
    throw new src_errors/* ActionError */.lZ(`Refused: ${prove_name(p)} does not match what its registration recorded: ${why.join('; ')}. Nothing was changed.`);
}

// EXTERNAL MODULE: ./src/inputs/attestation.ts
var inputs_attestation = __webpack_require__(9335);
// EXTERNAL MODULE: ./src/register/attested.ts
var attested = __webpack_require__(71401);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
;// CONCATENATED MODULE: ./src/commands/promote.ts


















const PROMOTE_OUTPUTS = ['model-package-arn', 'model-package-version', 'approval-status', 'previous-approval-status', ...commands_deploy/* DEPLOY_OUTPUTS */.bE, 'comment-url'];
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
    const stage = read('stage');
    if (stage && !constraints/* ENTITY_NAME */.sB.test(stage))
        throw new src_errors/* InputError */.dz('stage', stage, 'must be 1-63 letters, digits and hyphens (a ModelLifeCycle stage such as staging or production)');
    if (stage)
        config.stage = stage;
    const deploy = (0,commands_deploy/* readDeploy */.qx)(read, common);
    if (deploy) {
        if (approval === 'Rejected')
            throw new src_errors/* InputError */.dz('endpoint-name', deploy.endpointName, 'cannot be set with approval: rejected; a rejected version is not deployed');
        config.deploy = deploy;
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
        checkNamedVersion(pkg, claim, (m) => log.warning(m));
        return pkg;
    }
    const commit = c.commit ?? ctx.sha;
    if (!commit)
        throw new src_errors/* ActionError */.lZ('No commit to promote: this event has no commit; set commit, version or model-package-arn.');
    const found = await (0,versions/* claimsOfCommit */.Wo)(sm, c.group, commit, { log: log, now });
    log.info(`Versions claiming commit ${commit.slice(0, 12)}: ${found.versions.length} (seen through ${found.path})`);
    return proveCommitVersion(found.versions, { ...claim, commit }, found.path);
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
    if (pkg.ModelApprovalStatus === c.approval && !lifecycle) {
        log.info(`Version ${pkg.ModelPackageVersion} is already ${c.approval}; approval unchanged.`);
        return false;
    }
    const cmd = await (0,sdk/* sagemakerSdk */.nP)();
    log.info(`Setting version ${pkg.ModelPackageVersion} to ${c.approval}: ${description}`);
    await (0,errors/* send */.tN)('sagemaker:UpdateModelPackage', () => sm.send(new cmd.UpdateModelPackageCommand({
        ModelPackageArn: pkg.ModelPackageArn,
        ...(pkg.ModelApprovalStatus !== c.approval ? { ModelApprovalStatus: c.approval, ApprovalDescription: description } : {}),
        ...(lifecycle ? { ModelLifeCycle: lifecycle } : {})
    })));
    return true;
}
async function execute(s, c, io) {
    const payload = (0,write_access.readEvent)(io.env);
    // Before any AWS call: who acted, with which permission, on which commit, into which branch.
    const event = await authorisePromotion(s.ctx, payload, { token: s.common.githubToken, branches: c.branches, ...(c.commit ? { commit: c.commit } : {}) });
    if (event.commit)
        s.ctx = { ...s.ctx, sha: event.commit };
    const ctx = s.ctx;
    const sm = await io.clients.sagemaker();
    const pkg = await promote_select(sm, event.commit && !c.arn && !c.version ? { ...c, commit: event.commit } : c, ctx, io.clock.now());
    if (!pkg) {
        const what = `No version of ${c.group.name} was registered for commit ${(c.commit ?? ctx.sha).slice(0, 12)}`;
        if (c.ifMissing === 'skip')
            return log.info(`${what}; if-missing is skip, so nothing was promoted.`);
        throw new src_errors/* ActionError */.lZ(`${what}. Register it first (the pull-request workflow), or name the version with version or model-package-arn.`);
    }
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
    const description = approvalDescription(ctx, payload, c.approval, c.note);
    if (s.common.dryRun) {
        log.info(`Dry run: would set version ${pkg.ModelPackageVersion} to ${c.approval} (${description})${c.deploy ? ` and deploy it to ${c.deploy.endpointName}` : ''}.`);
    }
    else {
        await event.recheck();
        await applyApproval(sm, pkg, c, description);
        s.outputs['approval-status'] = c.approval;
        s.report.approval = c.approval;
        s.report.headline = `Version ${pkg.ModelPackageVersion} ${pkg.ModelApprovalStatus === c.approval ? 'stays' : 'is now'} ${c.approval}: ${description}`;
    }
    if (c.deploy)
        await (0,commands_deploy/* deployTo */.fw)(s, io, c.deploy, pkg.ModelPackageArn);
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
        const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 92413));
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
            const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 92413));
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
    const { requireAttestation } = await __webpack_require__.e(/* import() */ 338).then(__webpack_require__.bind(__webpack_require__, 66338));
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


/***/ }),

/***/ 7339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TE: () => (/* binding */ lookUp),
/* harmony export */   b4: () => (/* binding */ mayAdoptSameImage),
/* harmony export */   lJ: () => (/* binding */ confirm)
/* harmony export */ });
/* unused harmony exports LIST_LIMIT, CONFIRM_LIMIT */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26145);
/* harmony import */ var _proof_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14563);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15857);




const LIST_LIMIT = 1000;
const BATCH_SIZE = 100;
/** DescribeModelPackage calls at most, to confirm candidates found by the listing. */
const CONFIRM_LIMIT = 25;
/** approval auto on a release run may approve the PR's version of the same digest (a squash merge). */
function mayAdoptSameImage(plan) {
    return plan.autoApproval && plan.approval === 'Approved' && !!plan.imageDigest;
}
const isArn = (s) => s.startsWith('arn:');
const usable = (p) => p.ModelPackageStatus !== 'Failed' && p.ModelPackageStatus !== 'Deleting';
/**
 * A version is this registration only when it proves it: the immutable record of its containers is the one this plan
 * writes (so its containers are exactly these, unchanged since), it was registered for `commit` from this repository,
 * and its metadata agrees. Metadata alone (idempotency-key, image-digest) is a hint anyone allowed
 * UpdateModelPackage can write.
 */
function provenFor(plan, p, commit) {
    const own = plan.createPackage.MetadataProperties;
    if (commit !== undefined && (p.MetadataProperties?.GeneratedBy !== own.GeneratedBy || p.MetadataProperties?.CommitId !== commit))
        return false;
    if (commit === undefined && !sameContent(plan, p))
        return false;
    const repository = plan.createPackage.CustomerMetadataProperties['github-repository'];
    return !(0,_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .disagreements */ .og)(p, { ...(repository ? { repository } : {}), ...(own.Repository ? { repositoryUrl: own.Repository } : {}) }).length;
}
/** Another commit's version of the same content: pinned to this digest, and the same containers but for the image's name. */
function sameContent(plan, p) {
    if (!plan.imageDigest || (0,_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedDigest */ .tN)(p) !== plan.imageDigest || !p.InferenceSpecification)
        return false;
    const renamed = { ...p.InferenceSpecification, Containers: (p.InferenceSpecification.Containers ?? []).map((c) => ({ ...c, Image: plan.image })) };
    return (0,_proof_js__WEBPACK_IMPORTED_MODULE_1__/* .containerRecord */ .pe)(renamed, plan.imageDigest) === plan.createPackage.MetadataProperties.GeneratedBy;
}
function classify(plan, packages) {
    const inGroup = packages.filter((p) => !isArn(plan.groupNameOrArn) || (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .groupArnFromVersionArn */ .Oq)(p.ModelPackageArn) === plan.groupNameOrArn);
    const meta = (p) => p.CustomerMetadataProperties ?? {};
    const claimed = inGroup.filter((p) => meta(p)['idempotency-key'] === plan.idempotencyKey);
    // A Failed version only counts its used-up token; anything else must prove it is this registration.
    const exact = claimed.filter((p) => p.ModelPackageStatus === 'Failed' || provenFor(plan, p, plan.createPackage.MetadataProperties.CommitId));
    const unproven = claimed.filter((p) => !exact.includes(p)).map((p) => p.ModelPackageArn);
    const sameImage = mayAdoptSameImage(plan)
        ? inGroup.filter((p) => !claimed.includes(p) && p.ModelPackageStatus === 'Completed' && meta(p)['image-digest'] === plan.imageDigest && provenFor(plan, p, undefined))
        : [];
    return { exact, sameImage, unproven };
}
/** One Search (newest first); undefined when Search is denied or fails, so the caller falls back to the listing. */
async function search(sm, plan, filter, log) {
    const { SearchCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
    try {
        const out = await sm.send(new SearchCommand({
            Resource: 'ModelPackage',
            SearchExpression: { Filters: [{ Name: 'ModelPackageGroupName', Operator: 'Equals', Value: plan.groupName }, { ...filter, Operator: 'Equals' }] },
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            MaxResults: 20,
            // A group given by ARN may belong to another account: its versions are only searched with CrossAccount.
            ...(isArn(plan.groupNameOrArn) ? { CrossAccountFilterOption: 'CrossAccount' } : {})
        }));
        return (out.Results ?? []).map((r) => r.ModelPackage).filter((p) => !!p?.ModelPackageArn);
    }
    catch (err) {
        const name = err.name ?? 'Error';
        log.warning(`Search for an earlier version failed (${name}); looking through the newest versions of the group instead.`);
        return undefined;
    }
}
async function searchPath(sm, plan, log) {
    const byKey = await search(sm, plan, { Name: 'CustomerMetadataProperties.idempotency-key', Value: plan.idempotencyKey }, log);
    if (!byKey)
        return undefined;
    let found = classify(plan, byKey);
    if (!found.exact.some(usable) && mayAdoptSameImage(plan)) {
        const byDigest = await search(sm, plan, { Name: 'CustomerMetadataProperties.image-digest', Value: plan.imageDigest }, log);
        if (byDigest)
            found = { ...found, sameImage: classify(plan, byDigest).sameImage };
    }
    return { ...found, foundBy: 'Search' };
}
/** ARNs of the group's newest versions, newest first, at most LIST_LIMIT, one page of 100 at a time. */
async function* newestVersions(sm, plan) {
    const { ListModelPackagesCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
    let token;
    let seen = 0;
    do {
        const page = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListModelPackages', () => sm.send(new ListModelPackagesCommand({
            ModelPackageGroupName: plan.groupNameOrArn,
            ModelPackageType: 'Versioned',
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            MaxResults: Math.min(BATCH_SIZE, LIST_LIMIT - seen),
            ...(token ? { NextToken: token } : {})
        })));
        const arns = (page?.ModelPackageSummaryList ?? []).map((s) => s.ModelPackageArn).filter((a) => !!a);
        seen += arns.length;
        if (arns.length)
            yield arns;
        token = page?.NextToken;
    } while (token && seen < LIST_LIMIT);
}
/** Could this summary be the registration? (Same image as registered or as given, or the same digest.) */
function candidate(plan, s) {
    return (s.InferenceSpecification?.Containers ?? []).some((c) => c.Image === plan.image || c.Image === plan.imageAsGiven || (!!plan.imageDigest && c.ImageDigest === plan.imageDigest));
}
async function listingPath(sm, plan) {
    const { BatchDescribeModelPackageCommand, DescribeModelPackageCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
    const found = { exact: [], sameImage: [] };
    let listed = 0;
    let confirms = 0;
    for await (const arns of newestVersions(sm, plan)) {
        listed += arns.length;
        const batch = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:BatchDescribeModelPackage', () => sm.send(new BatchDescribeModelPackageCommand({ ModelPackageArnList: arns })));
        const summaries = batch?.ModelPackageSummaries ?? {};
        // Keep the listing's order (newest first); ARNs in the error map (deleted meanwhile) are skipped.
        for (const arn of arns.filter((a) => summaries[a] && candidate(plan, summaries[a]))) {
            if (confirms++ >= CONFIRM_LIMIT)
                break;
            const full = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeModelPackage', () => sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn })));
            const { exact, sameImage, unproven } = classify(plan, [full]);
            found.exact.push(...exact);
            found.sameImage.push(...sameImage);
            if (unproven?.length)
                found.unproven = [...(found.unproven ?? []), ...unproven];
        }
        if (found.exact.some(usable) || confirms >= CONFIRM_LIMIT)
            break;
    }
    if (found.exact.length || found.sameImage.length)
        found.foundBy = `listing the newest ${listed} versions`;
    return found;
}
/** Search first; the listing when Search is denied, fails or finds nothing (it may lag behind recent writes). */
async function lookUp(sm, plan, log) {
    const searched = await searchPath(sm, plan, log);
    if (searched && (searched.exact.length || searched.sameImage.length))
        return searched;
    const listed = await listingPath(sm, plan);
    // What Search saw that claims this registration without proving it is reported even when the listing cannot see it.
    const unproven = [...new Set([...(searched?.unproven ?? []), ...(listed.unproven ?? [])])];
    return unproven.length ? { ...listed, unproven } : listed;
}
/**
 * Search may lag behind an UpdateModelPackage, so a version it found is proven again from what
 * DescribeModelPackage says now, right before it is reused; undefined when it no longer proves it.
 */
async function confirm(sm, plan, p) {
    const { DescribeModelPackageCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
    const now = (await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeModelPackage', () => sm.send(new DescribeModelPackageCommand({ ModelPackageName: p.ModelPackageArn }))));
    const { exact, sameImage } = classify(plan, [now]);
    return exact.some((v) => v.ModelPackageStatus !== 'Failed') || sameImage.length ? now : undefined;
}


/***/ }),

/***/ 26714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MP: () => (/* binding */ describeVersion),
  OP: () => (/* binding */ failureReasons),
  kz: () => (/* binding */ register),
  Ez: () => (/* binding */ reusable)
});

// UNUSED EXPORTS: ensureGroup, waitForVersion

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(99378);
// EXTERNAL MODULE: ./src/register/plan.ts
var register_plan = __webpack_require__(59030);
// EXTERNAL MODULE: ./src/aws/poll.ts
var poll = __webpack_require__(55672);
// EXTERNAL MODULE: ./src/aws/arns.ts
var arns = __webpack_require__(26145);
// EXTERNAL MODULE: ./src/register/lookup.ts
var lookup = __webpack_require__(7339);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
;// CONCATENATED MODULE: ./src/register/run-fields.ts



/**
 * The UpdateModelPackage request that brings `p` to this run's fields, or undefined when nothing would change.
 * A pending request never revokes an approval or a rejection, and `approval: auto` never overrides a rejection.
 */
function runFieldsUpdate(plan, p) {
    const current = (p.ModelApprovalStatus ?? 'PendingManualApproval');
    const wanted = plan.approval;
    const approve = wanted !== 'PendingManualApproval' && wanted !== current && !(plan.autoApproval && current === 'Rejected');
    const recorded = p.CustomerMetadataProperties ?? {};
    const changed = Object.fromEntries(Object.entries(plan.runMetadata).filter(([k, v]) => recorded[k] !== v));
    if (!approve && !Object.keys(changed).length)
        return undefined;
    return {
        ModelPackageArn: p.ModelPackageArn,
        ...(approve ? { ModelApprovalStatus: wanted, ApprovalDescription: plan.approvalDescription } : {}),
        // Keys merge on the service side: only the changed ones are sent.
        ...(Object.keys(changed).length ? { CustomerMetadataProperties: changed } : {})
    };
}
/** Applies the run's fields; returns the approval the version has afterwards. */
async function applyRunFields(sm, plan, p, log) {
    const current = (p.ModelApprovalStatus ?? 'PendingManualApproval');
    const update = runFieldsUpdate(plan, p);
    if (!update)
        return current;
    const version = p.ModelPackageVersion ?? (0,arns/* versionFromArn */.Yu)(p.ModelPackageArn);
    const parts = [
        ...(update.ModelApprovalStatus ? [`approval ${current} → ${update.ModelApprovalStatus}`] : []),
        ...(update.CustomerMetadataProperties ? [`run metadata (${Object.keys(update.CustomerMetadataProperties).join(', ')})`] : [])
    ];
    log.info(`Updating version ${version}: ${parts.join('; ')}`);
    const { UpdateModelPackageCommand } = await (0,sdk/* sagemakerSdk */.nP)();
    await (0,aws_errors/* send */.tN)('sagemaker:UpdateModelPackage', () => sm.send(new UpdateModelPackageCommand(update)));
    return update.ModelApprovalStatus ?? current;
}

;// CONCATENATED MODULE: ./src/register/model-registry.ts








function isMissing(err) {
    const e = err;
    return e.name === 'ResourceNotFound' || (e.name === 'ValidationException' && /does not exist|not found|could not find/i.test(e.message ?? ''));
}
/** Makes sure the group exists (by name, or by ARN for a group shared from another account); returns its ARN. */
async function ensureGroup(sm, plan, log) {
    const { DescribeModelPackageGroupCommand, CreateModelPackageGroupCommand } = await (0,sdk/* sagemakerSdk */.nP)();
    const describe = () => sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: plan.groupNameOrArn }));
    try {
        return (await describe()).ModelPackageGroupArn;
    }
    catch (err) {
        if (!isMissing(err))
            throw (0,aws_errors/* explainAwsError */.Ni)(err, 'sagemaker:DescribeModelPackageGroup');
    }
    if (!plan.createGroup) {
        throw new errors/* ActionError */.lZ(`Model package group '${plan.groupNameOrArn}' does not exist and create-group is false. Create it first or set create-group: true.`);
    }
    log.info(`Creating model package group ${plan.groupName}`);
    try {
        return (await sm.send(new CreateModelPackageGroupCommand(plan.createGroup))).ModelPackageGroupArn;
    }
    catch (err) {
        // Another run may have created it between our read and our write.
        if (/already exists/i.test(err.message ?? ''))
            return (await (0,aws_errors/* send */.tN)('sagemaker:DescribeModelPackageGroup', describe)).ModelPackageGroupArn;
        throw (0,aws_errors/* explainAwsError */.Ni)(err, 'sagemaker:CreateModelPackageGroup');
    }
}
async function describeVersion(sm, arn) {
    const { DescribeModelPackageCommand } = await (0,sdk/* sagemakerSdk */.nP)();
    return (0,aws_errors/* send */.tN)('sagemaker:DescribeModelPackage', () => sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn })));
}
/** Waits until the version is Completed; a Failed version fails with SageMaker's own reasons. */
async function waitForVersion(sm, arn, opts) {
    const state = await (0,poll/* poll */.wt)({
        read: () => describeVersion(sm, arn),
        done: (p) => p.ModelPackageStatus === 'Completed' || p.ModelPackageStatus === 'Failed' || p.ModelPackageStatus === 'Deleting',
        clock: opts.clock,
        timeoutMs: opts.timeoutMs,
        what: `model package ${arn} to complete`,
        onWait: (p, elapsed) => opts.log.info(`Model package status: ${p.ModelPackageStatus} (${Math.round(elapsed / 1000)} s)`)
    });
    if (state.ModelPackageStatus !== 'Completed') {
        throw new errors/* ActionError */.lZ(`Model package ${arn} ended ${state.ModelPackageStatus}: ${failureReasons(state)}`);
    }
    return state;
}
function failureReasons(p) {
    const details = p.ModelPackageStatusDetails;
    const reasons = [...(details?.ValidationStatuses ?? []), ...(details?.ImageScanStatuses ?? [])]
        .filter((s) => s.Status === 'Failed')
        .map((s) => `${s.Name}: ${s.FailureReason ?? 'no reason given'}`);
    return reasons.length ? reasons.join('; ') : 'SageMaker gave no reason';
}
const usable = (p) => p.ModelPackageStatus !== 'Failed' && p.ModelPackageStatus !== 'Deleting';
/** The earlier version to use: this commit and image, else (approval auto on a release run) the PR's version of the same digest. */
function reusable(found, plan) {
    return found.exact.find(usable) ?? ((0,lookup/* mayAdoptSameImage */.b4)(plan) ? found.sameImage[0] : undefined);
}
/** Waits for an existing version if needed, applies this run's fields, and reports it. */
async function adopt(sm, plan, p, opts) {
    const arn = p.ModelPackageArn;
    opts.onArn?.(arn);
    const current = p.ModelPackageStatus === 'Completed' && p.CustomerMetadataProperties ? p : await waitForVersion(sm, arn, opts);
    const approval = await applyRunFields(sm, plan, current, opts.log);
    return {
        arn,
        version: current.ModelPackageVersion ?? (0,arns/* versionFromArn */.Yu)(arn),
        groupArn: (0,arns/* groupArnFromVersionArn */.Oq)(arn),
        approval,
        status: 'Completed',
        created: opts.created ?? false,
        ...(current.CreationTime ? { createdAt: current.CreationTime } : {}),
        ...(opts.foundBy ? { foundBy: opts.foundBy } : {})
    };
}
function describeFind(p, plan, foundBy) {
    const sameCommit = p.CustomerMetadataProperties?.['idempotency-key'] === plan.idempotencyKey;
    const what = sameCommit ? 'for this commit and image' : `for commit ${p.CustomerMetadataProperties?.['git-commit'] ?? 'unknown'} with the same image digest`;
    return `Version ${p.ModelPackageVersion ?? (0,arns/* versionFromArn */.Yu)(p.ModelPackageArn)} was already registered ${what} (found by ${foundBy ?? 'lookup'}); reusing it`;
}
const isTokenConflict = (err) => err.name === 'ConflictException' || /ClientToken .* already been used with different parameters/i.test(err.message ?? '');
/** CreateModelPackage with the plan's identical body; a conflict (a concurrent run) is resolved by looking up again. */
async function create(sm, plan, failed, opts) {
    // Earlier failed attempts used up their tokens: a new token lets the re-run converge on a new version.
    const request = failed ? { ...plan.createPackage, ClientToken: (0,register_plan.clientToken)(plan.createPackage, failed) } : plan.createPackage;
    const { CreateModelPackageCommand } = await (0,sdk/* sagemakerSdk */.nP)();
    opts.log.info(`Creating a model package version in ${plan.groupName} (SkipModelValidation ${request.SkipModelValidation})`);
    try {
        return { arn: (await sm.send(new CreateModelPackageCommand(request))).ModelPackageArn };
    }
    catch (err) {
        if (!isTokenConflict(err))
            throw (0,aws_errors/* explainAwsError */.Ni)(err, 'sagemaker:CreateModelPackage');
        const again = await (0,lookup/* lookUp */.TE)(sm, plan, opts.log);
        const hint = reusable(again, plan);
        const found = hint && (await (0,lookup/* confirm */.lJ)(sm, plan, hint));
        if (!found)
            throw (0,aws_errors/* explainAwsError */.Ni)(err, 'sagemaker:CreateModelPackage');
        return { arn: found.ModelPackageArn, found, ...(again.foundBy ? { foundBy: again.foundBy } : {}) };
    }
}
/**
 * Registers the version, or returns the one an earlier (or concurrent) run registered for the same commit and
 * image; then applies this run's approval and provenance with at most one UpdateModelPackage.
 */
async function register(sm, plan, opts) {
    const startedAt = opts.clock.now();
    const found = await (0,lookup/* lookUp */.TE)(sm, plan, opts.log);
    if (found.unproven?.length) {
        opts.log.warning(`Not reusing ${found.unproven.slice(0, 5).join(', ')}: it claims this registration but its containers or records do not prove it (changed after registration, or not made by this action); registering this commit's own version.`);
    }
    const hint = reusable(found, plan);
    const earlier = hint && (await (0,lookup/* confirm */.lJ)(sm, plan, hint));
    if (hint && !earlier)
        opts.log.warning(`Not reusing ${hint.ModelPackageArn}: described now, it no longer proves this registration; registering this commit's own version.`);
    if (earlier) {
        opts.log.info(describeFind(earlier, plan, found.foundBy));
        return adopt(sm, plan, earlier, { ...opts, ...(found.foundBy ? { foundBy: found.foundBy } : {}) });
    }
    const groupArn = await ensureGroup(sm, plan, opts.log);
    const failed = found.exact.filter((p) => p.ModelPackageStatus === 'Failed').length;
    const made = await create(sm, plan, failed, opts);
    if (made.found) {
        opts.log.info(describeFind(made.found, plan, made.foundBy));
        return adopt(sm, plan, made.found, { ...opts, ...(made.foundBy ? { foundBy: made.foundBy } : {}) });
    }
    opts.onArn?.(made.arn);
    const done = await waitForVersion(sm, made.arn, opts);
    // The identical body's token returns the version another run made (concurrently, or earlier when no lookup saw it):
    // that run's id on it, or a CreationTime well before this run, means this run did not create it.
    const otherRun = done.CustomerMetadataProperties?.['github-run-id'];
    const created = (!otherRun || otherRun === plan.runMetadata['github-run-id']) && (!done.CreationTime || done.CreationTime.getTime() >= startedAt - 60_000);
    const result = await adopt(sm, plan, done, { ...opts, onArn: undefined, created });
    return { ...result, groupArn, status: done.ModelPackageStatus };
}


/***/ }),

/***/ 63143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ endpointUrl),
/* harmony export */   h: () => (/* binding */ modelPackageUrl)
/* harmony export */ });
/** Deep links into the AWS console for what the action creates. */
function consoleHost(region) {
    return region.startsWith('cn-') ? `https://console.amazonaws.cn` : `https://${region}.console.aws.amazon.com`;
}
function modelPackageUrl(region, group, version) {
    return `${consoleHost(region)}/sagemaker/home?region=${region}#/model-registry/model-package-groups/${encodeURIComponent(group)}/versions/${version}`;
}
function endpointUrl(region, endpoint) {
    return `${consoleHost(region)}/sagemaker/home?region=${region}#/endpoints/${encodeURIComponent(endpoint)}`;
}


/***/ })

};

//# sourceMappingURL=788.index.js.map