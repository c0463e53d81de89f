export const id = 15;
export const ids = [15,998];
export const modules = {

/***/ 14671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ clientToken),
/* harmony export */   T5: () => (/* binding */ idempotencyKey),
/* harmony export */   dj: () => (/* binding */ canonicalJson)
/* harmony export */ });
/** node:crypto is loaded on first use, not at start-up (it pulls in streams and costs ~6 ms). */
function sha256(text) {
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}
/**
 * The same group, commit and image always give the same key, so a re-run finds the version it made
 * instead of making another. Different commits give different keys.
 */
function idempotencyKey(group, commit, image) {
    return sha256(`${group}\n${commit}\n${image}`).slice(0, 32);
}
/** JSON with object keys sorted at every level: the same request always serialises to the same bytes. */
function canonicalJson(value) {
    return JSON.stringify(value, (_k, v) => v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v);
}
/**
 * A ClientToken in UUID layout (36 characters of [a-f0-9-]) derived from the request body (without its token),
 * so one token never meets two different bodies. `retry` > 0 after earlier versions of this body ended Failed.
 */
function clientToken(body, retry = 0) {
    const rest = { ...body };
    delete rest.ClientToken;
    const hex = sha256(`client-token:${canonicalJson(rest)}${retry ? `:${retry}` : ''}`);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
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

/***/ 59030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTION_NAME: () => (/* reexport safe */ _proof_js__WEBPACK_IMPORTED_MODULE_3__.px),
/* harmony export */   approvalDescription: () => (/* binding */ approvalDescription),
/* harmony export */   approvalStatus: () => (/* binding */ approvalStatus),
/* harmony export */   canonicalJson: () => (/* reexport safe */ _identity_js__WEBPACK_IMPORTED_MODULE_4__.dj),
/* harmony export */   clientToken: () => (/* reexport safe */ _identity_js__WEBPACK_IMPORTED_MODULE_4__.$Y),
/* harmony export */   containerImage: () => (/* binding */ containerImage),
/* harmony export */   idempotencyKey: () => (/* reexport safe */ _identity_js__WEBPACK_IMPORTED_MODULE_4__.T5),
/* harmony export */   metadataValue: () => (/* binding */ metadataValue),
/* harmony export */   planRegistration: () => (/* binding */ planRegistration),
/* harmony export */   runMetadata: () => (/* binding */ runMetadata)
/* harmony export */ });
/* harmony import */ var _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31677);
/* harmony import */ var _inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97748);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19556);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14671);
/* harmony import */ var _proof_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14563);







function approvalStatus(config, ctx) {
    switch (config.approval) {
        case 'approved':
            return 'Approved';
        case 'rejected':
            return 'Rejected';
        case 'auto':
            return (0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isReleaseRun */ .D)(ctx) ? 'Approved' : 'PendingManualApproval';
        default:
            return 'PendingManualApproval';
    }
}
/** Makes free text (branch names, actors) fit the customer-metadata character set and length. */
function metadataValue(value) {
    // Cut by code points so a character outside the BMP is never split into a lone surrogate.
    const cleaned = [...value.replace((0,_inputs_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .METADATA_DISALLOWED */ .li)(), '_')].slice(0, _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .METADATA_VALUE_MAX */ .rc).join('');
    return cleaned || '_';
}
function metadataWriter(target) {
    return (k, v) => {
        if (v !== undefined && v !== '')
            target[k] = metadataValue(String(v));
    };
}
/** Customer metadata that is the same for every run of this logical registration. */
function stableMetadata(config, ctx, resolved, id) {
    const metadata = {};
    const put = metadataWriter(metadata);
    put('git-commit', ctx.sha);
    put('github-repository', ctx.repository);
    put('image', id.image);
    put('image-tag', id.ref.tag);
    put('image-digest', id.digest);
    put('image-platform', resolved.platformDigest ? resolved.platform : undefined);
    put('image-platform-digest', resolved.platformDigest);
    put('replicated-from', resolved.replicatedFrom);
    put('registry', id.ref.registry);
    put('registry-kind', id.ref.kind);
    put('registry-secret-arn', config.registrySecretArn);
    put('registry-credentials-provider-arn', config.credentialsProviderArn);
    if ((0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .isOutsideEcr */ .Wt)(id.ref))
        put('repository-access-mode', 'Vpc');
    put('idempotency-key', id.key);
    put('generated-by', _proof_js__WEBPACK_IMPORTED_MODULE_3__/* .ACTION_NAME */ .px);
    return Object.assign(metadata, config.metadata);
}
/** Customer metadata of this run, written with UpdateModelPackage; the last run to touch the version wins. */
function runMetadata(ctx) {
    const metadata = {};
    const put = metadataWriter(metadata);
    put('git-ref', ctx.ref);
    put('github-pr', ctx.prNumber);
    put('github-run-id', ctx.runId);
    put('github-run-attempt', ctx.runAttempt);
    put('github-actor', ctx.actor);
    put('github-event', ctx.eventName);
    return metadata;
}
/** "Approved by octocat on push of refs/heads/main at 4f2a9c1e0b7d (PR #42): <run URL>", at most 1,024 characters. */
function approvalDescription(approval, ctx) {
    const verb = approval === 'PendingManualApproval' ? 'Set to pending' : approval;
    const pr = ctx.prNumber !== undefined ? ` (PR #${ctx.prNumber})` : '';
    const text = `${verb} by ${ctx.actor || 'unknown'} on ${ctx.eventName || 'unknown event'} of ${ctx.ref || 'unknown ref'} at ${ctx.sha.slice(0, 12) || 'unknown commit'}${pr}${ctx.runUrl ? `: ${ctx.runUrl}` : ''}`;
    return text.replace(/[\r\n]+/g, ' ').slice(0, 1024);
}
function inferenceSpec(config, id) {
    const container = { Image: id.image };
    if (id.digest)
        container.ImageDigest = id.digest;
    if (config.modelDataUrl)
        container.ModelDataUrl = config.modelDataUrl;
    if (Object.keys(config.environment).length)
        container.Environment = config.environment;
    const spec = { Containers: [container] };
    if (config.contentTypes.length)
        spec.SupportedContentTypes = config.contentTypes;
    if (config.responseTypes.length)
        spec.SupportedResponseMIMETypes = config.responseTypes;
    if (config.realtimeInstanceTypes.length)
        spec.SupportedRealtimeInferenceInstanceTypes = config.realtimeInstanceTypes;
    return spec;
}
function createPackageRequest(config, ctx, resolved, id) {
    const spec = inferenceSpec(config, id);
    const body = {
        ModelPackageGroupName: config.group.arn ?? config.group.name,
        ...(config.description ? { ModelPackageDescription: config.description } : {}),
        // Always pending at creation: the approval depends on the run, so UpdateModelPackage applies it.
        ModelApprovalStatus: 'PendingManualApproval',
        // SageMaker cannot read images outside ECR, so validation is skipped for them unless asked otherwise.
        SkipModelValidation: config.skipModelValidation ?? (id.ref.kind === 'ecr' ? 'None' : 'All'),
        InferenceSpecification: spec,
        // MetadataProperties cannot be updated afterwards: GeneratedBy names the action and records the containers it
        // registered (proof.ts), so a later change to them is seen. It names nothing of the run.
        MetadataProperties: trimmed({ CommitId: ctx.sha, Repository: ctx.repositoryUrl, GeneratedBy: (0,_proof_js__WEBPACK_IMPORTED_MODULE_3__/* .containerRecord */ .pe)(spec, id.digest) }),
        CustomerMetadataProperties: stableMetadata(config, ctx, resolved, id),
        // kms-key-id encrypts the version's own information too (set only at creation).
        ...(config.deploy?.kmsKeyId ? { SecurityConfig: { KmsKeyId: config.deploy.kmsKeyId } } : {})
    };
    return { ...body, ClientToken: (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .clientToken */ .$Y)(body) };
}
function createGroupRequest(config, ctx) {
    // A group shared from another account (given by ARN) is never created here.
    if (!config.createGroup || config.group.arn)
        return undefined;
    const tags = { 'managed-by': _proof_js__WEBPACK_IMPORTED_MODULE_3__/* .ACTION_NAME */ .px, ...config.groupTags };
    if (ctx.repository)
        tags['github-repository'] = metadataValue(ctx.repository);
    return {
        ModelPackageGroupName: config.group.name,
        ...(config.groupDescription ? { ModelPackageGroupDescription: config.groupDescription } : {}),
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
    };
}
function planRegistration(config, ctx, resolved = {}) {
    const ref = resolved.image ?? config.image;
    const digest = resolved.digest ?? ref.digest;
    const groupNameOrArn = config.group.arn ?? config.group.name;
    // Keyed on the image as given (not as resolved), so a re-run that cannot reach the registry still finds its version.
    const id = { ref, digest, image: containerImage(ref, digest), key: (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .idempotencyKey */ .T5)(groupNameOrArn, ctx.sha, (0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImage */ .vy)(config.image)) };
    const approval = approvalStatus(config, ctx);
    const createPackage = createPackageRequest(config, ctx, resolved, id);
    const createGroup = createGroupRequest(config, ctx);
    return {
        groupName: config.group.name,
        groupNameOrArn,
        image: id.image,
        ...(digest ? { imageDigest: digest } : {}),
        registry: ref.registry,
        registryKind: ref.kind,
        approval,
        approvalDescription: approvalDescription(approval, ctx),
        autoApproval: config.approval === 'auto',
        imageAsGiven: (0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImage */ .vy)(config.image),
        idempotencyKey: id.key,
        clientToken: createPackage.ClientToken,
        runMetadata: runMetadata(ctx),
        ...(createGroup ? { createGroup } : {}),
        createPackage
    };
}
/**
 * The Image SageMaker receives: pinned as repo@sha256:… when the digest is known, unless that would pass the
 * 255-character limit; then the tag stays in Image and the digest goes in ImageDigest only.
 */
function containerImage(ref, digest) {
    if (!digest)
        return (0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImage */ .vy)(ref);
    const pinned = (0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImage */ .vy)(ref, { digest });
    return pinned.length <= _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .IMAGE_MAX */ .XU ? pinned : (0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImage */ .vy)(ref, { digest: '', tag: true });
}
function trimmed(obj) {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v));
}


/***/ }),

/***/ 14563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   og: () => (/* binding */ disagreements),
/* harmony export */   pe: () => (/* binding */ containerRecord),
/* harmony export */   px: () => (/* binding */ ACTION_NAME),
/* harmony export */   tN: () => (/* binding */ pinnedDigest)
/* harmony export */ });
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14671);

const ACTION_NAME = 'sagemaker-private-registry-action';
const MARK = new RegExp(`^${ACTION_NAME} spec-sha256=([0-9a-f]{64}) digest=(sha256:[0-9a-f]{64}|none)$`);
function sha256(text) {
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}
/**
 * The fields of a specification this action sets, and only those (SageMaker may add others to what it reports).
 * ImageDigest counts only when the action pinned one: SageMaker may fill it in for ECR images it validated.
 */
function projection(spec, pinned) {
    return {
        containers: (spec?.Containers ?? []).map((c) => ({
            image: c.Image ?? '',
            digest: pinned ? (c.ImageDigest ?? '') : '',
            data: c.ModelDataUrl ?? '',
            env: c.Environment ?? {}
        })),
        content: spec?.SupportedContentTypes ?? [],
        response: spec?.SupportedResponseMIMETypes ?? [],
        realtime: spec?.SupportedRealtimeInferenceInstanceTypes ?? []
    };
}
/** The immutable record written at registration: `GeneratedBy` of MetadataProperties. */
function containerRecord(spec, digest) {
    return `${ACTION_NAME} spec-sha256=${sha256((0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(projection(spec, !!digest)))} digest=${digest ?? 'none'}`;
}
/** The digest a version's single container is pinned to (ImageDigest, or `@sha256:` in Image), if any. */
function pinnedDigest(p) {
    const c = p.InferenceSpecification?.Containers?.[0];
    const inImage = /@(sha256:[0-9a-f]{64})$/.exec(c?.Image ?? '')?.[1];
    return c?.ImageDigest?.toLowerCase() ?? inImage;
}
/**
 * Container fields this action sets, or that only describe it. Anything else (ModelDataSource,
 * AdditionalModelDataSources, ...) changes what runs and was never registered here: it disproves the version.
 */
const OWN_FIELDS = new Set(['Image', 'ImageDigest', 'ModelDataUrl', 'Environment', 'ModelDataETag', 'ProductId', 'Framework', 'FrameworkVersion', 'NearestModelName']);
/** Why a version is not provably the registration it claims; empty when it is. */
function disagreements(p, claim = {}) {
    const meta = p.CustomerMetadataProperties ?? {};
    const props = p.MetadataProperties ?? {};
    const out = [];
    const mark = MARK.exec(props.GeneratedBy ?? '');
    if (!mark) {
        out.push(props.GeneratedBy?.startsWith(ACTION_NAME) ? 'registered without a container record (an earlier release of this action)' : 'not registered by this action');
        return out;
    }
    const digest = mark[2] === 'none' ? undefined : mark[2];
    if (containerRecord(p.InferenceSpecification ?? { Containers: [] }, digest) !== props.GeneratedBy)
        out.push('its containers were changed after registration');
    if (p.AdditionalInferenceSpecifications?.length)
        out.push('it has additional inference specifications, which this action never registers');
    const foreign = [...new Set((p.InferenceSpecification?.Containers ?? []).flatMap((c) => Object.keys(c).filter((k) => !OWN_FIELDS.has(k))))];
    if (foreign.length)
        out.push(`its container has fields this action never sets (${foreign.slice(0, 5).join(', ')})`);
    const containers = p.InferenceSpecification?.Containers ?? [];
    if (containers.length !== 1)
        out.push(`it has ${containers.length} containers, not 1`);
    if (digest && pinnedDigest(p) !== digest)
        out.push(`its container is not pinned to the recorded digest ${digest}`);
    if (meta['image-digest'] !== digest)
        out.push(`its image-digest metadata (${short(meta['image-digest'])}) disagrees with the recorded digest (${short(digest)})`);
    if (containers.length === 1 && meta['image'] !== containers[0].Image)
        out.push('its image metadata disagrees with its container image');
    if ((meta['git-commit'] ?? '') !== (props.CommitId ?? ''))
        out.push(`its git-commit metadata (${short(meta['git-commit'])}) disagrees with the recorded commit (${short(props.CommitId)})`);
    if (claim.commit && props.CommitId !== claim.commit)
        out.push(`it was registered for commit ${short(props.CommitId)}, not ${short(claim.commit)}`);
    if (claim.repository && meta['github-repository'] !== claim.repository)
        out.push(`its github-repository metadata is ${short(meta['github-repository'])}, not ${claim.repository}`);
    if (claim.repositoryUrl && props.Repository !== claim.repositoryUrl)
        out.push(`it was registered from ${short(props.Repository)}, not ${claim.repositoryUrl}`);
    return out;
}
/** A recorded value for a message: bounded, and only characters metadata may hold anyway. */
function short(v) {
    if (!v)
        return 'none';
    const clean = v.replace(/[^\w.:/@=+-]/g, '?');
    return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}


/***/ }),

/***/ 37015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerStep: () => (/* binding */ registerStep)
/* harmony export */ });
/* harmony import */ var _report_console_links_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63143);
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26145);
/* harmony import */ var _model_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26714);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7339);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59030);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49301);






async function registerStep({ config, ctx, clients, clock, deadline, out }) {
    out.plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__.planRegistration)(config, ctx);
    const resolveConfig = config.dryRun && config.replicateToEcr ? { ...config, replicateToEcr: undefined } : config;
    if (resolveConfig !== config)
        _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Dry run: would copy the image to ${config.replicateToEcr.registry}/${config.replicateToEcr.repository}`);
    const { resolveImage } = await __webpack_require__.e(/* import() */ 23).then(__webpack_require__.bind(__webpack_require__, 61023));
    const resolved = await resolveImage(resolveConfig, {
        ecr: (region) => clients.ecr(region),
        secrets: (region) => clients.secrets(region),
        clock,
        log: _log_js__WEBPACK_IMPORTED_MODULE_3__,
        setSecret: _log_js__WEBPACK_IMPORTED_MODULE_3__.setSecret,
        deadline
    });
    const plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__.planRegistration)(config, ctx, resolved);
    out.plan = plan;
    const ref = resolved.image ?? config.image;
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Image ${plan.image} (${ref.kind} registry ${ref.registry}); digest ${plan.imageDigest ?? 'not pinned'}`);
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Model package group ${plan.groupNameOrArn}; approval ${plan.approval}; commit ${ctx.sha || 'unknown'}`);
    // Before any write: a run that approves registers only an image the build workflow attested at this commit.
    if (config.attestation && plan.approval === 'Approved') {
        const { requireAttested } = await __webpack_require__.e(/* import() */ 401).then(__webpack_require__.bind(__webpack_require__, 71401));
        await requireAttested(config.attestation, { digest: plan.imageDigest, commit: ctx.sha, what: 'the image' }, ctx, config.githubToken);
    }
    const sm = await clients.sagemaker();
    const region = await clients.region();
    if (config.dryRun) {
        await dryRun(sm, plan);
        return { plan };
    }
    const result = await (0,_model_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .register */ .kz)(sm, plan, {
        clock,
        timeoutMs: Math.max(0, deadline - clock.now()),
        log: _log_js__WEBPACK_IMPORTED_MODULE_3__,
        onArn: (arn) => {
            out.arn = arn;
            _log_js__WEBPACK_IMPORTED_MODULE_3__.setOutput('model-package-arn', arn);
            _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Model package version: ${arn}`);
            _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Console: ${(0,_report_console_links_js__WEBPACK_IMPORTED_MODULE_4__/* .modelPackageUrl */ .h)(region, plan.groupName, (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_5__/* .versionFromArn */ .Yu)(arn))}`);
        }
    });
    out.result = result;
    out.consoleUrl = (0,_report_console_links_js__WEBPACK_IMPORTED_MODULE_4__/* .modelPackageUrl */ .h)(region, plan.groupName, result.version);
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(result.created ? `Registered version ${result.version}` : `Version ${result.version} already existed; nothing new was created`);
    return { plan, result, consoleUrl: out.consoleUrl };
}
/** Prints the exact requests and what would happen; makes read calls only. */
async function dryRun(sm, plan) {
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info('Dry run: nothing will be written to AWS.');
    const quiet = { info: () => undefined, warning: (m) => _log_js__WEBPACK_IMPORTED_MODULE_3__.warning(m) };
    try {
        const found = await (0,_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .lookUp */ .TE)(sm, plan, quiet);
        const earlier = (0,_model_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .reusable */ .Ez)(found, plan);
        if (earlier) {
            _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Plan: reuse version ${earlier.ModelPackageVersion} (${earlier.ModelPackageArn}), registered earlier (found by ${found.foundBy}).`);
            return;
        }
    }
    catch (err) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__.warning(`Dry run could not read existing versions: ${err.message}`);
    }
    if (plan.createGroup)
        _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Plan: create the group if missing: CreateModelPackageGroup ${JSON.stringify(plan.createGroup)}`);
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Plan: CreateModelPackage ${JSON.stringify(plan.createPackage, null, 2)}`);
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Plan: then UpdateModelPackage where it differs: approval ${plan.approval}, run metadata ${JSON.stringify(plan.runMetadata)}`);
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

//# sourceMappingURL=15.index.js.map