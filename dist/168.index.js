export const id = 168;
export const ids = [168,523,524];
export const modules = {

/***/ 8168:
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
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(2524);
// EXTERNAL MODULE: ./src/inputs/constraints.ts
var constraints = __webpack_require__(1677);
// EXTERNAL MODULE: ./src/inputs/readers.ts
var readers = __webpack_require__(8961);
// EXTERNAL MODULE: ./src/log.ts + 19 modules
var log = __webpack_require__(5828);
// EXTERNAL MODULE: ./src/register/model-registry.ts + 1 modules
var model_registry = __webpack_require__(6714);
// EXTERNAL MODULE: ./src/commands/deploy.ts
var commands_deploy = __webpack_require__(3839);
// EXTERNAL MODULE: ./src/github/write-access.ts
var write_access = __webpack_require__(4523);
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
var inputs = __webpack_require__(7521);
// EXTERNAL MODULE: ./src/commands/report.ts
var report = __webpack_require__(8938);
// EXTERNAL MODULE: ./src/commands/run.ts
var run = __webpack_require__(4331);
// EXTERNAL MODULE: ./src/commands/versions.ts
var versions = __webpack_require__(1573);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(5857);
;// CONCATENATED MODULE: ./src/commands/promote.ts














const PROMOTE_OUTPUTS = ['model-package-arn', 'model-package-version', 'approval-status', 'previous-approval-status', ...commands_deploy/* DEPLOY_OUTPUTS */.bE, 'comment-url'];
function readPromote(read, common) {
    const arn = (0,inputs/* readVersionArn */.EG)(read, 'model-package-arn', common.region);
    const version = (0,inputs/* readVersionNumber */.Sj)(read, 'version');
    const commit = (0,inputs/* readCommit */.kN)(read);
    const given = [arn && 'model-package-arn', version && 'version', commit && 'commit'].filter(Boolean);
    if (given.length > 1)
        throw new src_errors/* InputError */.dz(String(given[1]), read(String(given[1])), `cannot be combined with ${given[0]}: name the version one way`);
    const group = (0,inputs/* readGroupInput */.Wq)(read, common.region, !arn);
    const approval = (0,readers/* oneOf */.yL)(read, 'approval', ['approved', 'rejected'], 'approved') === 'approved' ? 'Approved' : 'Rejected';
    const config = { approval, ifMissing: (0,readers/* oneOf */.yL)(read, 'if-missing', ['fail', 'skip'], 'fail') };
    Object.assign(config, arn ? { arn } : {}, version ? { version } : {}, commit ? { commit } : {}, group ? { group } : {});
    const note = read('approval-note');
    if (note) {
        if (note.length > 500 || /[\r\n]/.test(note))
            throw new src_errors/* InputError */.dz('approval-note', note, 'must be one line of at most 500 characters');
        config.note = note;
    }
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
async function promote_select(sm, c, sha) {
    if (c.arn)
        return (0,versions/* describe */.q0)(sm, c.arn);
    if (c.version)
        return (0,versions/* describe */.q0)(sm, (0,inputs/* versionRef */.qm)(c.group, c.version));
    const commit = c.commit ?? sha;
    if (!commit)
        throw new src_errors/* ActionError */.lZ('No commit to promote: this event has no commit; set commit, version or model-package-arn.');
    return (0,versions/* findByCommit */.EW)(sm, c.group, commit, log);
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
    // Before any AWS call or any other GitHub call: a /promote from someone without write access changes nothing.
    await (0,write_access.requireWriteAccess)(s.ctx, payload, s.common.githubToken);
    if (s.ctx.eventName === 'issue_comment' && !c.commit && !c.arn && !c.version)
        s.ctx = await (0,pull_request.withPullRequestHead)(s.ctx, s.common.githubToken, log);
    const ctx = s.ctx;
    const sm = await io.clients.sagemaker();
    const pkg = await promote_select(sm, c, ctx.sha);
    if (!pkg) {
        const what = `No version of ${c.group.name} was registered for commit ${(c.commit ?? ctx.sha).slice(0, 12)}`;
        if (c.ifMissing === 'skip')
            return log.info(`${what}; if-missing is skip, so nothing was promoted.`);
        throw new src_errors/* ActionError */.lZ(`${what}. Register it first (the pull-request workflow), or name the version with version or model-package-arn.`);
    }
    if (c.arn && c.group && pkg.ModelPackageGroupName !== c.group.name) {
        throw new src_errors/* ActionError */.lZ(`model-package-arn ${c.arn} belongs to group ${pkg.ModelPackageGroupName}, not ${c.group.name}.`);
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
    read: (read, common) => readPromote(read, common),
    execute
};
function promote_run(deps = (0,run/* defaultDeps */.m)()) {
    return (0,run/* runCommand */.d)(promoteSpec, deps);
}


/***/ }),

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withPullRequestHead: () => (/* binding */ withPullRequestHead)
/* harmony export */ });
/**
 * An issue_comment on a pull request runs on the default branch: GITHUB_SHA is not the PR's commit. The PR's
 * head commit and branch come from the pull request itself (one GET). Without access the run goes on with a
 * warning and the default branch's commit.
 */
async function withPullRequestHead(ctx, token, log) {
    if (ctx.eventName !== 'issue_comment' || ctx.prNumber === undefined || !token)
        return ctx;
    const [owner, repo] = ctx.repository.split('/');
    if (!owner || !repo)
        return ctx;
    try {
        const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
        const { data } = await getOctokit(token).rest.pulls.get({ owner, repo, pull_number: ctx.prNumber });
        log.info(`Pull request #${ctx.prNumber}: head ${data.head.sha} on ${data.head.ref}`);
        return { ...ctx, sha: data.head.sha, refName: data.head.ref, refType: 'pull' };
    }
    catch (err) {
        log.warning(`Could not read pull request #${ctx.prNumber} (${err.message?.split('\n')[0]}); using ${ctx.sha} as the commit.`);
        return ctx;
    }
}


/***/ }),

/***/ 4523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ login),
/* harmony export */   readEvent: () => (/* binding */ readEvent),
/* harmony export */   requireWriteAccess: () => (/* binding */ requireWriteAccess)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
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
    const user = login(payload.comment?.user?.login);
    const association = String(payload.comment?.author_association ?? 'NONE');
    if (user && association === 'OWNER')
        return;
    const [owner, repo] = ctx.repository.split('/');
    let permission = 'unknown';
    if (user && owner && repo && token) {
        try {
            const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
            const { data } = await getOctokit(token).rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user });
            permission = String(data.role_name ?? data.permission);
            if (WRITE_PERMISSIONS.has(permission))
                return;
        }
        catch (err) {
            permission = `not readable: ${String(err.status ?? err.message?.split('\n')[0])}`;
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Refused: the comment's author ${user ? `@${user}` : '(unknown)'} (association ${association.slice(0, 20)}, permission ${permission.slice(0, 60)}) has no write access to ${ctx.repository}; only people with write access may act from a comment (a fork's PR head is not built, registered or promoted for others). Nothing was changed.`);
}


/***/ }),

/***/ 7339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TE: () => (/* binding */ lookUp),
/* harmony export */   b4: () => (/* binding */ mayAdoptSameImage)
/* harmony export */ });
/* unused harmony exports LIST_LIMIT, CONFIRM_LIMIT */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6145);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5857);



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
function classify(plan, packages) {
    const inGroup = packages.filter((p) => !isArn(plan.groupNameOrArn) || (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_1__/* .groupArnFromVersionArn */ .Oq)(p.ModelPackageArn) === plan.groupNameOrArn);
    const meta = (p) => p.CustomerMetadataProperties ?? {};
    const exact = inGroup.filter((p) => meta(p)['idempotency-key'] === plan.idempotencyKey);
    const sameImage = mayAdoptSameImage(plan)
        ? inGroup.filter((p) => !exact.includes(p) && p.ModelPackageStatus === 'Completed' && meta(p)['image-digest'] === plan.imageDigest)
        : [];
    return { exact, sameImage };
}
/** One Search (newest first); undefined when Search is denied or fails, so the caller falls back to the listing. */
async function search(sm, plan, filter, log) {
    const { SearchCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
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
            found = { exact: found.exact, sameImage: classify(plan, byDigest).sameImage };
    }
    return found.exact.length || found.sameImage.length ? { ...found, foundBy: 'Search' } : undefined;
}
/** ARNs of the group's newest versions, newest first, at most LIST_LIMIT, one page of 100 at a time. */
async function* newestVersions(sm, plan) {
    const { ListModelPackagesCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
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
    const { BatchDescribeModelPackageCommand, DescribeModelPackageCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
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
            const { exact, sameImage } = classify(plan, [full]);
            found.exact.push(...exact);
            found.sameImage.push(...sameImage);
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
    return (await searchPath(sm, plan, log)) ?? (await listingPath(sm, plan));
}


/***/ }),

/***/ 6714:
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
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/register/plan.ts + 1 modules
var register_plan = __webpack_require__(6392);
// EXTERNAL MODULE: ./src/aws/poll.ts
var poll = __webpack_require__(5672);
// EXTERNAL MODULE: ./src/aws/arns.ts
var arns = __webpack_require__(6145);
// EXTERNAL MODULE: ./src/register/lookup.ts
var lookup = __webpack_require__(7339);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(5857);
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
        const found = reusable(again, plan);
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
    const earlier = reusable(found, plan);
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


/***/ })

};

//# sourceMappingURL=168.index.js.map