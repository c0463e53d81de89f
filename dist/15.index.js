export const id = 15;
export const ids = [15];
export const modules = {

/***/ 658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ describeVersion),
/* harmony export */   kz: () => (/* binding */ register),
/* harmony export */   xx: () => (/* binding */ findExisting)
/* harmony export */ });
/* unused harmony exports ensureGroup, waitForVersion, failureReasons */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9030);
/* harmony import */ var _aws_poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5672);
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6145);





let sdk;
const commands = () => (sdk ??= Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(459)]).then(__webpack_require__.t.bind(__webpack_require__, 4459, 19)));
/** Finds versions this action registered earlier for the same group, commit and image. */
async function findExisting(sm, plan, log) {
    const { SearchCommand } = await commands();
    try {
        const out = await sm.send(new SearchCommand({
            Resource: 'ModelPackage',
            SearchExpression: {
                Filters: [
                    { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: plan.groupName },
                    { Name: 'CustomerMetadataProperties.idempotency-key', Operator: 'Equals', Value: plan.idempotencyKey }
                ]
            },
            SortBy: 'CreationTime',
            SortOrder: 'Ascending',
            MaxResults: 20
        }));
        return (out.Results ?? []).map((r) => r.ModelPackage).filter((p) => !!p?.ModelPackageArn);
    }
    catch (err) {
        const name = err.name;
        if (name === 'ValidationException' || name === 'AccessDeniedException') {
            log.warning(`Could not search for an earlier version (${name}); relying on the ClientToken alone to avoid a duplicate.`);
            return undefined;
        }
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(err, 'sagemaker:Search');
    }
}
function isMissing(err) {
    const e = err;
    return e.name === 'ResourceNotFound' || (e.name === 'ValidationException' && /does not exist|not found|could not find/i.test(e.message ?? ''));
}
/** Makes sure the group exists; returns its ARN. */
async function ensureGroup(sm, plan, log) {
    const { DescribeModelPackageGroupCommand, CreateModelPackageGroupCommand } = await commands();
    try {
        const group = await sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: plan.groupNameOrArn }));
        return group.ModelPackageGroupArn;
    }
    catch (err) {
        if (!isMissing(err))
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(err, 'sagemaker:DescribeModelPackageGroup');
    }
    if (!plan.createGroup) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Model package group '${plan.groupNameOrArn}' does not exist and create-group is false. Create it first or set create-group: true.`);
    }
    log.info(`Creating model package group ${plan.groupName}`);
    try {
        const created = await sm.send(new CreateModelPackageGroupCommand(plan.createGroup));
        return created.ModelPackageGroupArn;
    }
    catch (err) {
        // Another run may have created it between our read and our write.
        if (/already exists/i.test(err.message ?? '')) {
            const group = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)('sagemaker:DescribeModelPackageGroup', () => sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: plan.groupNameOrArn })));
            return group.ModelPackageGroupArn;
        }
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(err, 'sagemaker:CreateModelPackageGroup');
    }
}
async function describeVersion(sm, arn) {
    const { DescribeModelPackageCommand } = await commands();
    return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)('sagemaker:DescribeModelPackage', () => sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn })));
}
/** Waits until the version is Completed; a Failed version fails with SageMaker's own reasons. */
async function waitForVersion(sm, arn, opts) {
    const state = await (0,_aws_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .poll */ .wt)({
        read: () => describeVersion(sm, arn),
        done: (p) => p.ModelPackageStatus === 'Completed' || p.ModelPackageStatus === 'Failed' || p.ModelPackageStatus === 'Deleting',
        clock: opts.clock,
        timeoutMs: opts.timeoutMs,
        what: `model package ${arn} to complete`,
        onWait: (p, elapsed) => opts.log.info(`Model package status: ${p.ModelPackageStatus} (${Math.round(elapsed / 1000)} s)`)
    });
    if (state.ModelPackageStatus !== 'Completed') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Model package ${arn} ended ${state.ModelPackageStatus}: ${failureReasons(state)}`);
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
/** Registers the version, or returns the one an earlier run registered for the same commit and image. */
async function register(sm, plan, opts) {
    const startedAt = opts.clock.now();
    const earlier = await findExisting(sm, plan, opts.log);
    const reusable = earlier?.find((p) => p.ModelPackageStatus !== 'Failed' && p.ModelPackageStatus !== 'Deleting');
    if (reusable) {
        opts.log.info(`Version ${reusable.ModelPackageVersion} was already registered for this commit and image; reusing it`);
        opts.onArn?.(reusable.ModelPackageArn);
        let current = reusable;
        if (current.ModelPackageStatus !== 'Completed')
            current = await waitForVersion(sm, current.ModelPackageArn, opts);
        const approval = await converge(sm, current, plan.approval, opts);
        return {
            arn: current.ModelPackageArn,
            version: current.ModelPackageVersion ?? (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_4__/* .versionFromArn */ .Yu)(current.ModelPackageArn),
            groupArn: (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_4__/* .groupArnFromVersionArn */ .Oq)(current.ModelPackageArn),
            approval,
            status: 'Completed',
            created: false,
            ...(current.CreationTime ? { createdAt: current.CreationTime } : {})
        };
    }
    const groupArn = await ensureGroup(sm, plan, opts.log);
    // Earlier failed attempts used up their tokens: a new token lets the re-run converge on a new version.
    const failed = earlier?.filter((p) => p.ModelPackageStatus === 'Failed').length ?? 0;
    const request = failed ? { ...plan.createPackage, ClientToken: (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .clientToken */ .$Y)(`${plan.idempotencyKey}:${failed}`) } : plan.createPackage;
    const { CreateModelPackageCommand } = await commands();
    opts.log.info(`Creating a model package version in ${plan.groupName} (approval ${plan.approval}, SkipModelValidation ${request.SkipModelValidation})`);
    const out = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)('sagemaker:CreateModelPackage', () => sm.send(new CreateModelPackageCommand(request)));
    const arn = out.ModelPackageArn;
    opts.onArn?.(arn);
    const done = await waitForVersion(sm, arn, opts);
    // Without a search result, a CreationTime before this run means the ClientToken returned an earlier version.
    const created = earlier !== undefined || !done.CreationTime || done.CreationTime.getTime() >= startedAt - 60_000;
    return {
        arn,
        version: done.ModelPackageVersion ?? (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_4__/* .versionFromArn */ .Yu)(arn),
        groupArn,
        approval: done.ModelApprovalStatus ?? plan.approval,
        status: done.ModelPackageStatus,
        created,
        ...(done.CreationTime ? { createdAt: done.CreationTime } : {})
    };
}
/** Applies an explicit approval to an existing version; a pending request never revokes an approval. */
async function converge(sm, p, wanted, opts) {
    const current = (p.ModelApprovalStatus ?? 'PendingManualApproval');
    if (wanted === 'PendingManualApproval' || wanted === current)
        return current;
    const { UpdateModelPackageCommand } = await commands();
    opts.log.info(`Changing approval of version ${p.ModelPackageVersion} from ${current} to ${wanted}`);
    await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)('sagemaker:UpdateModelPackage', () => sm.send(new UpdateModelPackageCommand({
        ModelPackageArn: p.ModelPackageArn,
        ModelApprovalStatus: wanted,
        ...(opts.approvalDescription ? { ApprovalDescription: opts.approvalDescription } : {})
    })));
    return wanted;
}


/***/ }),

/***/ 9030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ clientToken),
/* harmony export */   dv: () => (/* binding */ planRegistration),
/* harmony export */   metadataValue: () => (/* binding */ metadataValue),
/* harmony export */   px: () => (/* binding */ ACTION_NAME)
/* harmony export */ });
/* unused harmony exports approvalStatus, idempotencyKey, containerImage */
/* harmony import */ var _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1677);
/* harmony import */ var _inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7748);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9556);



const ACTION_NAME = 'sagemaker-private-registry-action';
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
/**
 * The same group, commit and image always give the same key, so a re-run finds the version it made
 * instead of making another. Different commits give different keys.
 */
/** node:crypto is loaded on first use, not at start-up (it pulls in streams and costs ~6 ms). */
function sha256(text) {
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}
function idempotencyKey(group, commit, image) {
    return sha256(`${group}\n${commit}\n${image}`).slice(0, 32);
}
/** A ClientToken in UUID layout (36 characters of [a-f0-9-]) derived from the idempotency key. */
function clientToken(key) {
    const hex = sha256(`client-token:${key}`);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
/** Makes free text (branch names, actors) fit the customer-metadata character set and length. */
function metadataValue(value) {
    // Cut by code points so a character outside the BMP is never split into a lone surrogate.
    const cleaned = [...value.replace((0,_inputs_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .METADATA_DISALLOWED */ .li)(), '_')].slice(0, _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .METADATA_VALUE_MAX */ .rc).join('');
    return cleaned || '_';
}
function planRegistration(config, ctx, resolved = {}) {
    const ref = resolved.image ?? config.image;
    const digest = resolved.digest ?? ref.digest;
    const image = containerImage(ref, digest);
    const approval = approvalStatus(config, ctx);
    // Keyed on the image as given (not as resolved), so a re-run that cannot reach the registry still finds its version.
    const key = idempotencyKey(config.group.arn ?? config.group.name, ctx.sha, (0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImage */ .vy)(config.image));
    const token = clientToken(key);
    const metadata = {};
    const put = (k, v) => {
        if (v !== undefined && v !== '')
            metadata[k] = metadataValue(String(v));
    };
    put('git-commit', ctx.sha);
    put('git-ref', ctx.ref);
    put('github-repository', ctx.repository);
    put('github-pr', ctx.prNumber);
    put('github-run-id', ctx.runId);
    put('github-run-attempt', ctx.runAttempt);
    put('github-actor', ctx.actor);
    put('github-event', ctx.eventName);
    put('image', image);
    put('image-tag', ref.tag);
    put('image-digest', digest);
    put('image-platform', resolved.platformDigest ? resolved.platform : undefined);
    put('image-platform-digest', resolved.platformDigest);
    put('replicated-from', resolved.replicatedFrom);
    put('registry', ref.registry);
    put('registry-kind', ref.kind);
    put('registry-secret-arn', config.registrySecretArn);
    put('registry-credentials-provider-arn', config.credentialsProviderArn);
    if ((0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .isPrivateRegistry */ .FZ)(ref))
        put('repository-access-mode', 'Vpc');
    put('idempotency-key', key);
    put('generated-by', ACTION_NAME);
    Object.assign(metadata, config.metadata);
    const container = { Image: image };
    if (digest)
        container.ImageDigest = digest;
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
    const groupNameOrArn = config.group.arn ?? config.group.name;
    const createPackage = {
        ModelPackageGroupName: groupNameOrArn,
        ModelApprovalStatus: approval,
        // SageMaker cannot read images outside ECR, so validation is skipped for them unless asked otherwise.
        SkipModelValidation: config.skipModelValidation ?? (ref.kind === 'ecr' ? 'None' : 'All'),
        ClientToken: token,
        InferenceSpecification: spec,
        MetadataProperties: trimmed({ CommitId: ctx.sha, Repository: ctx.repositoryUrl, GeneratedBy: ctx.runUrl }),
        CustomerMetadataProperties: metadata
    };
    if (config.description)
        createPackage.ModelPackageDescription = config.description;
    const plan = {
        groupName: config.group.name,
        groupNameOrArn,
        image,
        registry: ref.registry,
        registryKind: ref.kind,
        approval,
        idempotencyKey: key,
        clientToken: token,
        createPackage
    };
    if (digest)
        plan.imageDigest = digest;
    // A group shared from another account (given by ARN) is never created here.
    if (config.createGroup && !config.group.arn) {
        const tags = { 'managed-by': ACTION_NAME, ...config.groupTags };
        if (ctx.repository)
            tags['github-repository'] = metadataValue(ctx.repository);
        plan.createGroup = {
            ModelPackageGroupName: config.group.name,
            Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
        };
        if (config.groupDescription)
            plan.createGroup.ModelPackageGroupDescription = config.groupDescription;
    }
    return plan;
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

/***/ 7015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerStep: () => (/* binding */ registerStep)
/* harmony export */ });
/* harmony import */ var _report_console_links_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3143);
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6145);
/* harmony import */ var _model_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(658);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9030);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5828);





/**
 * Resolves the image, plans and registers the version (or, in a dry run, prints the plan). `out.plan`
 * is set as soon as it is known so a failure later can still be reported.
 */
async function registerStep(config, ctx, clients, clock, deadline, out) {
    out.plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planRegistration */ .dv)(config, ctx);
    const resolveConfig = config.dryRun && config.replicateToEcr ? { ...config, replicateToEcr: undefined } : config;
    if (resolveConfig !== config)
        _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`Dry run: would copy the image to ${config.replicateToEcr.registry}/${config.replicateToEcr.repository}`);
    const { resolveImage } = await __webpack_require__.e(/* import() */ 23).then(__webpack_require__.bind(__webpack_require__, 1023));
    const resolved = await resolveImage(resolveConfig, {
        ecr: (region) => clients.ecr(region),
        secrets: () => clients.secrets(),
        clock,
        log: _log_js__WEBPACK_IMPORTED_MODULE_2__,
        setSecret: _log_js__WEBPACK_IMPORTED_MODULE_2__.setSecret
    });
    const plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planRegistration */ .dv)(config, ctx, resolved);
    out.plan = plan;
    const ref = resolved.image ?? config.image;
    _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`Image ${plan.image} (${ref.kind} registry ${ref.registry}); digest ${plan.imageDigest ?? 'not pinned'}`);
    _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`Model package group ${plan.groupNameOrArn}; approval ${plan.approval}; commit ${ctx.sha || 'unknown'}`);
    const sm = await clients.sagemaker();
    const region = await clients.region();
    if (config.dryRun) {
        await dryRun(sm, plan);
        return { plan };
    }
    const result = await (0,_model_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .register */ .kz)(sm, plan, {
        clock,
        // One budget for the whole run: what registration waits is not there for the deployment.
        timeoutMs: Math.max(0, deadline - clock.now()),
        log: _log_js__WEBPACK_IMPORTED_MODULE_2__,
        approvalDescription: ctx.runUrl ? `Set by ${ctx.runUrl}` : undefined,
        onArn: (arn) => {
            out.arn = arn;
            _log_js__WEBPACK_IMPORTED_MODULE_2__.setOutput('model-package-arn', arn);
            _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`Model package version: ${arn}`);
            _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`Console: ${(0,_report_console_links_js__WEBPACK_IMPORTED_MODULE_3__/* .modelPackageUrl */ .h)(region, plan.groupName, (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_4__/* .versionFromArn */ .Yu)(arn))}`);
        }
    });
    out.result = result;
    out.consoleUrl = (0,_report_console_links_js__WEBPACK_IMPORTED_MODULE_3__/* .modelPackageUrl */ .h)(region, plan.groupName, result.version);
    _log_js__WEBPACK_IMPORTED_MODULE_2__.info(result.created ? `Registered version ${result.version}` : `Version ${result.version} already existed; nothing new was created`);
    return { plan, result, consoleUrl: out.consoleUrl };
}
/** Prints the exact requests and what would happen; makes read calls only. */
async function dryRun(sm, plan) {
    _log_js__WEBPACK_IMPORTED_MODULE_2__.info('Dry run: nothing will be written to AWS.');
    const quiet = { info: () => undefined, warning: (m) => _log_js__WEBPACK_IMPORTED_MODULE_2__.warning(m) };
    try {
        const earlier = await (0,_model_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .findExisting */ .xx)(sm, plan, quiet);
        const reusable = earlier?.find((p) => p.ModelPackageStatus !== 'Failed');
        if (reusable) {
            _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`Plan: reuse version ${reusable.ModelPackageVersion} (${reusable.ModelPackageArn}), registered earlier for this commit and image.`);
            return;
        }
    }
    catch (err) {
        _log_js__WEBPACK_IMPORTED_MODULE_2__.warning(`Dry run could not read existing versions: ${err.message}`);
    }
    if (plan.createGroup)
        _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`Plan: create the group if missing: CreateModelPackageGroup ${JSON.stringify(plan.createGroup)}`);
    _log_js__WEBPACK_IMPORTED_MODULE_2__.info(`Plan: CreateModelPackage ${JSON.stringify(plan.createPackage, null, 2)}`);
}


/***/ }),

/***/ 3143:
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