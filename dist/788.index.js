export const id = 788;
export const ids = [788,523,524,401];
export const modules = {

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
// EXTERNAL MODULE: ./src/commands/run.ts + 1 modules
var run = __webpack_require__(3754);
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

/***/ 81573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   Wo: () => (/* binding */ claimsOfCommit),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   yO: () => (/* binding */ listVersions)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
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


/***/ })

};

//# sourceMappingURL=788.index.js.map