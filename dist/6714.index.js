export const id = 6714;
export const ids = [6714];
export const modules = {

/***/ 16367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xr: () => (/* binding */ callerAccount),
/* harmony export */   e9: () => (/* binding */ stsFor),
/* harmony export */   vw: () => (/* binding */ inOtherAccount)
/* harmony export */ });
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15857);

const asked = new WeakMap();
/** An STS client with the SageMaker client's credentials, Region and retries. */
async function stsFor(sm) {
    const { STSClient } = await (0,_sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .stsSdk */ .nB)();
    const region = await sm.config.region().catch(() => undefined);
    return new STSClient({ ...(region ? { region } : {}), credentials: sm.config.credentials, maxAttempts: await sm.config.maxAttempts() });
}
/** The 12-digit account of the client's credentials; undefined when STS cannot tell (the caller then assumes the worst). */
function callerAccount(sm) {
    let answer = asked.get(sm);
    if (!answer)
        asked.set(sm, (answer = ask(sm)));
    return answer;
}
async function ask(sm) {
    try {
        const { GetCallerIdentityCommand } = await (0,_sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .stsSdk */ .nB)();
        const out = await (await stsFor(sm)).send(new GetCallerIdentityCommand({}));
        return /^\d{12}$/.test(out.Account ?? '') ? out.Account : undefined;
    }
    catch {
        return undefined;
    }
}
/** Whether a group (or version) ARN belongs to another account than the client's: unknown counts as another. */
async function inOtherAccount(sm, account) {
    if (!account)
        return false;
    return (await callerAccount(sm)) !== account;
}


/***/ }),

/***/ 7339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TE: () => (/* binding */ lookUp),
/* harmony export */   b4: () => (/* binding */ mayAdoptSameImage),
/* harmony export */   lJ: () => (/* binding */ confirm)
/* harmony export */ });
/* unused harmony exports LIST_LIMIT, CONFIRM_LIMIT, SEARCH_FALLBACK, OTHER_ACCOUNT_LIMIT */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81919);
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26145);
/* harmony import */ var _aws_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16367);
/* harmony import */ var _proof_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14563);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15857);
/* harmony import */ var _search_lag_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78396);






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
    return !(0,_proof_js__WEBPACK_IMPORTED_MODULE_2__/* .disagreements */ .og)(p, { ...(repository ? { repository } : {}), ...(own.Repository ? { repositoryUrl: own.Repository } : {}) }).length;
}
/** Another commit's version of the same content: pinned to this digest, and the same containers but for the image's name. */
function sameContent(plan, p) {
    if (!plan.imageDigest || (0,_proof_js__WEBPACK_IMPORTED_MODULE_2__/* .pinnedDigest */ .tN)(p) !== plan.imageDigest || !p.InferenceSpecification)
        return false;
    const renamed = { ...p.InferenceSpecification, Containers: (p.InferenceSpecification.Containers ?? []).map((c) => ({ ...c, Image: plan.image })) };
    return (0,_proof_js__WEBPACK_IMPORTED_MODULE_2__/* .containerRecord */ .pe)(renamed, plan.imageDigest) === plan.createPackage.MetadataProperties.GeneratedBy;
}
function classify(plan, packages) {
    const inGroup = packages.filter((p) => !isArn(plan.groupNameOrArn) || (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_3__/* .groupArnFromVersionArn */ .Oq)(p.ModelPackageArn) === plan.groupNameOrArn);
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
/** What a failed Search costs and what the listing then guarantees, for the warning. */
const SEARCH_FALLBACK = `looking through the newest versions of the group instead: up to ${LIST_LIMIT / BATCH_SIZE} ListModelPackages and ${LIST_LIMIT / BATCH_SIZE} BatchDescribeModelPackage calls, ` +
    `and a version older than the newest ${LIST_LIMIT} is not found (allow sagemaker:Search to keep the lookup at a few calls in any group).`;
const DIGEST_FALLBACK = `versions of another commit with this digest are looked for only among those created in the last ${_search_lag_js__WEBPACK_IMPORTED_MODULE_4__/* .SEARCH_LAG_MS */ .L / 60_000} minutes.`;
/** One Search (newest first); undefined when Search is denied or fails (the warning says what the run does instead). */
async function search(sm, plan, filter, log, instead) {
    const { SearchCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_5__/* .sagemakerSdk */ .nP)();
    try {
        const out = await sm.send(new SearchCommand({
            Resource: 'ModelPackage',
            SearchExpression: { Filters: [{ Name: 'ModelPackageGroupName', Operator: 'Equals', Value: plan.groupName }, { ...filter, Operator: 'Equals' }] },
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            // Only the run's own groups are searched (a group of another account is listed instead: see lookUp), so
            // no CrossAccountFilterOption: CrossAccount would leave out the caller's own resources.
            MaxResults: 20
        }));
        return (out.Results ?? []).map((r) => r.ModelPackage).filter((p) => !!p?.ModelPackageArn);
    }
    catch (err) {
        const name = err.name ?? 'Error';
        log.warning(`Search for an earlier version failed (${name}); ${instead}`);
        return undefined;
    }
}
async function searchPath(sm, plan, log) {
    const byKey = await search(sm, plan, { Name: 'CustomerMetadataProperties.idempotency-key', Value: plan.idempotencyKey }, log, SEARCH_FALLBACK);
    if (!byKey)
        return undefined;
    let found = classify(plan, byKey);
    if (!found.exact.some(usable) && mayAdoptSameImage(plan)) {
        const byDigest = await search(sm, plan, { Name: 'CustomerMetadataProperties.image-digest', Value: plan.imageDigest }, log, DIGEST_FALLBACK);
        if (byDigest)
            found = { ...found, sameImage: classify(plan, byDigest).sameImage };
    }
    return { ...found, foundBy: 'Search' };
}
/** ARNs of the group's newest versions (created after `after`, when given), newest first, at most LIST_LIMIT, 100 a page. */
async function* newestVersions(sm, plan, after, limit = LIST_LIMIT) {
    const { ListModelPackagesCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_5__/* .sagemakerSdk */ .nP)();
    let token;
    let seen = 0;
    do {
        const page = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListModelPackages', () => sm.send(new ListModelPackagesCommand({
            ModelPackageGroupName: plan.groupNameOrArn,
            ModelPackageType: 'Versioned',
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            MaxResults: Math.min(BATCH_SIZE, limit - seen),
            ...(after ? { CreationTimeAfter: after } : {}),
            ...(token ? { NextToken: token } : {})
        })));
        const arns = (page?.ModelPackageSummaryList ?? []).map((s) => s.ModelPackageArn).filter((a) => !!a);
        seen += arns.length;
        if (arns.length)
            yield arns;
        token = page?.NextToken;
    } while (token && seen < limit);
}
/** Could this summary be the registration? (Same image as registered or as given, or the same digest.) */
function candidate(plan, s) {
    return (s.InferenceSpecification?.Containers ?? []).some((c) => c.Image === plan.image || c.Image === plan.imageAsGiven || (!!plan.imageDigest && c.ImageDigest === plan.imageDigest));
}
/** The listing: of the versions created after `after` (Search answered and may lag), else of the newest versions. */
async function listingPath(sm, plan, after) {
    const { BatchDescribeModelPackageCommand, DescribeModelPackageCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_5__/* .sagemakerSdk */ .nP)();
    const found = { exact: [], sameImage: [] };
    let listed = 0;
    let confirms = 0;
    for await (const arns of newestVersions(sm, plan, after)) {
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
    const what = after ? `the ${listed} version(s) created in the last ${_search_lag_js__WEBPACK_IMPORTED_MODULE_4__/* .SEARCH_LAG_MS */ .L / 60_000} minutes` : `the newest ${listed} versions`;
    if (found.exact.length || found.sameImage.length)
        found.foundBy = `listing ${what}`;
    return found;
}
/** Versions of a group of another account described one by one, newest first, at most this many. */
const OTHER_ACCOUNT_LIMIT = 100;
const toldOtherAccount = new Set();
/**
 * A group of another account (shared by its group policy): Search with CrossAccountFilterOption returns only groups
 * discoverable through AWS RAM, so it cannot say "no earlier version". The newest versions are listed and each is
 * described (DescribeModelPackage is what a group policy grants; BatchDescribeModelPackage is not relied on across
 * accounts), at most OTHER_ACCOUNT_LIMIT, stopping at the first that proves this registration. Said once in the log.
 */
async function otherAccountPath(sm, plan, log) {
    if (!toldOtherAccount.has(plan.groupNameOrArn)) {
        toldOtherAccount.add(plan.groupNameOrArn);
        log.info(`Model package group ${plan.groupName} is in account ${(0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_3__/* .accountFromArn */ .Fl)(plan.groupNameOrArn)}, not this run's: Search does not see groups shared by a group policy, so the lookup lists its newest versions and describes them (at most ${OTHER_ACCOUNT_LIMIT}; an older registration is not found).`);
    }
    const { DescribeModelPackageCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_5__/* .sagemakerSdk */ .nP)();
    const found = { exact: [], sameImage: [] };
    let listed = 0;
    pages: for await (const arns of newestVersions(sm, plan, undefined, OTHER_ACCOUNT_LIMIT)) {
        for (const arn of arns) {
            if (found.exact.some(usable))
                break pages;
            listed++;
            const full = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeModelPackage', () => sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn })));
            const { exact, sameImage, unproven } = classify(plan, [full]);
            found.exact.push(...exact);
            found.sameImage.push(...sameImage);
            if (unproven?.length)
                found.unproven = [...(found.unproven ?? []), ...unproven];
        }
    }
    if (found.exact.length || found.sameImage.length)
        found.foundBy = `listing the newest ${listed} versions of the group in account ${(0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_3__/* .accountFromArn */ .Fl)(plan.groupNameOrArn)}`;
    return found;
}
/**
 * Search first. When it finds nothing, the versions created since `now` - SEARCH_LAG_MS (the run's clock, in ms) are
 * listed, as Search may not show them yet; when Search is denied or fails (or no `now` is given), the newest versions.
 */
async function lookUp(sm, plan, log, now) {
    if (isArn(plan.groupNameOrArn) && (await (0,_aws_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .inOtherAccount */ .vw)(sm, (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_3__/* .accountFromArn */ .Fl)(plan.groupNameOrArn))))
        return otherAccountPath(sm, plan, log);
    const searched = await searchPath(sm, plan, log);
    if (searched && (searched.exact.length || searched.sameImage.length))
        return searched;
    const listed = await listingPath(sm, plan, searched && now !== undefined ? new Date(now - _search_lag_js__WEBPACK_IMPORTED_MODULE_4__/* .SEARCH_LAG_MS */ .L) : undefined);
    // What Search saw that claims this registration without proving it is reported even when the listing cannot see it.
    const unproven = [...new Set([...(searched?.unproven ?? []), ...(listed.unproven ?? [])])];
    return unproven.length ? { ...listed, unproven } : listed;
}
/**
 * Search may lag behind an UpdateModelPackage, so a version it found is proven again from what
 * DescribeModelPackage says now, right before it is reused; undefined when it no longer proves it.
 */
async function confirm(sm, plan, p) {
    const { DescribeModelPackageCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_5__/* .sagemakerSdk */ .nP)();
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

// UNUSED EXPORTS: waitForVersion

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/aws/errors.ts + 1 modules
var aws_errors = __webpack_require__(81919);
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








/** CreateModelPackage's answer when the group does not exist (SageMaker: ValidationException "... does not exist."). */
function isMissingGroup(err) {
    const e = err;
    const message = e.message ?? '';
    return e.name === 'ResourceNotFound' || (e.name === 'ValidationException' && /group/i.test(message) && /does not exist|not found|could not find/i.test(message));
}
/**
 * Creates the group CreateModelPackage found missing (create-group); a group given by ARN is never created.
 * Another run may create it at the same moment: "already exists" is success.
 */
async function createGroup(sm, plan, log) {
    const byArn = plan.groupNameOrArn.startsWith('arn:');
    if (byArn || !plan.createGroup) {
        const why = byArn ? 'or is not shared with this account (a group given by ARN is never created)' : 'and create-group is false. Create it first or set create-group: true';
        throw new errors/* ActionError */.lZ(`Model package group '${plan.groupNameOrArn}' does not exist ${why}.`);
    }
    const { CreateModelPackageGroupCommand } = await (0,sdk/* sagemakerSdk */.nP)();
    log.info(`Model package group ${plan.groupName} does not exist; creating it`);
    try {
        await sm.send(new CreateModelPackageGroupCommand(plan.createGroup));
    }
    catch (err) {
        if (!/already exists/i.test(err.message ?? ''))
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
/** CreateModelPackage; when it says the group is missing, the group is created and the same request sent once more. */
async function createVersion(sm, plan, request, log) {
    const { CreateModelPackageCommand } = await (0,sdk/* sagemakerSdk */.nP)();
    const attempt = async () => (await sm.send(new CreateModelPackageCommand(request))).ModelPackageArn;
    try {
        return await attempt();
    }
    catch (err) {
        if (!isMissingGroup(err))
            throw err;
    }
    await createGroup(sm, plan, log);
    return attempt();
}
/** CreateModelPackage with the plan's identical body; a conflict (a concurrent run) is resolved by looking up again. */
async function create(sm, plan, failed, opts) {
    // Earlier failed attempts used up their tokens: a new token lets the re-run converge on a new version.
    const request = failed ? { ...plan.createPackage, ClientToken: (0,register_plan.clientToken)(plan.createPackage, failed) } : plan.createPackage;
    opts.log.info(`Creating a model package version in ${plan.groupName} (SkipModelValidation ${request.SkipModelValidation})`);
    try {
        return { arn: await createVersion(sm, plan, request, opts.log) };
    }
    catch (err) {
        if (err instanceof errors/* ActionError */.lZ)
            throw err;
        if (!isTokenConflict(err))
            throw (0,aws_errors/* explainAwsError */.Ni)(err, 'sagemaker:CreateModelPackage');
        const again = await (0,lookup/* lookUp */.TE)(sm, plan, opts.log, opts.clock.now());
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
    const found = await (0,lookup/* lookUp */.TE)(sm, plan, opts.log, startedAt);
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
    // No DescribeModelPackageGroup on the way: CreateModelPackage itself says when the group is missing.
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
    return { ...result, status: done.ModelPackageStatus };
}


/***/ }),

/***/ 78396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ SEARCH_LAG_MS)
/* harmony export */ });
/**
 * How long a new or updated model package version may stay invisible to Search. AWS documents no bound: this is an
 * assumption, shared by the registration lookup (register/lookup.ts) and promote's claims (commands/versions.ts),
 * which both list the versions created within this window because Search may not show them yet.
 */
const SEARCH_LAG_MS = 30 * 60_000;


/***/ })

};

//# sourceMappingURL=6714.index.js.map