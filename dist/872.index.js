export const id = 872;
export const ids = [872];
export const modules = {

/***/ 67521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ readCommon),
/* harmony export */   EG: () => (/* binding */ readVersionArn),
/* harmony export */   Sj: () => (/* binding */ readVersionNumber),
/* harmony export */   Wq: () => (/* binding */ readGroupInput),
/* harmony export */   kN: () => (/* binding */ readCommit),
/* harmony export */   qm: () => (/* binding */ versionRef)
/* harmony export */ });
/* harmony import */ var _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31677);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49903);
/* harmony import */ var _inputs_readers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18961);
/**
 * Inputs every sub-action reads the same way (Region, retries, time budget, comment, token), plus the
 * small readers the commands share. Everything is validated before any AWS or GitHub call.
 */




function readCommon(read, env, onSecret) {
    const githubToken = read('github-token');
    if (githubToken)
        onSecret(githubToken);
    const region = read('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
    if (region && !_inputs_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_REGION */ .VN.test(region))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('aws-region', region, 'is not an AWS Region code such as us-east-1');
    const commentId = read('comment-id');
    const config = {
        maxAttempts: (0,_inputs_readers_js__WEBPACK_IMPORTED_MODULE_3__/* .integer */ .nd)(read, 'max-attempts', 8, 1, 20),
        dryRun: (0,_inputs_readers_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(read, 'dry-run', false),
        waitTimeoutSeconds: (0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readWaitTimeout */ .xd)(read),
        pollSeconds: (0,_inputs_readers_js__WEBPACK_IMPORTED_MODULE_3__/* .integer */ .nd)(read, 'poll-interval', 15, 1, 300),
        comment: (0,_inputs_readers_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(read, 'comment', ['true', 'false', 'on-failure'], 'true'),
        commentId: (0,_inputs_readers_js__WEBPACK_IMPORTED_MODULE_3__/* .check */ .z6)('comment-id', commentId, /^[A-Za-z0-9._-]{0,64}$/.test(commentId), 'may contain only letters, digits, . _ - (at most 64)'),
        githubToken
    };
    if (region)
        config.region = region;
    return config;
}
/** A model package group by name or ARN (shared groups), or undefined when the input is empty and optional. */
function readGroupInput(read, region, required) {
    const value = read('model-package-group');
    if (!value) {
        if (required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('model-package-group', value, 'is required');
        return undefined;
    }
    return (0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readGroup */ .iY)(value, region);
}
function readVersionArn(read, name, region) {
    const value = read(name);
    if (!value)
        return undefined;
    const m = _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION_ARN */ .g2.exec(value);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, value, 'must be a model package version ARN: arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>');
    if (region && m[2] !== region)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, value, `is in Region ${m[2]}, but the action runs in ${region}`);
    return value;
}
function readVersionNumber(read, name) {
    const value = read(name);
    if (!value)
        return undefined;
    if (!/^[1-9]\d{0,8}$/.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, value, 'must be a version number (1, 2, …)');
    return Number(value);
}
function readCommit(read, name = 'commit') {
    const value = read(name);
    if (!value)
        return undefined;
    if (!/^[0-9a-f]{7,64}$/i.test(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, value, 'must be a git commit SHA (7 to 64 hex digits)');
    return value.toLowerCase();
}
/** How DescribeModelPackage names version `n` of a group: `<group>/<n>`, or the version ARN for a group ARN (shared groups). */
function versionRef(group, n) {
    if (group.arn)
        return `${group.arn.replace(':model-package-group/', ':model-package/')}/${n}`;
    return `${group.name}/${n}`;
}


/***/ }),

/***/ 94331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand),
/* harmony export */   m: () => (/* binding */ defaultDeps)
/* harmony export */ });
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40201);
/* harmony import */ var _aws_poll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55672);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19556);
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49903);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49301);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67521);







const defaultDeps = () => ({ env: process.env, clock: _aws_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .ml });
async function runCommand(spec, deps = defaultDeps()) {
    const s = { outputs: Object.fromEntries(spec.outputs.map((o) => [o, ''])) };
    const onSignal = (signal) => void cancel(spec, s, signal);
    try {
        const read = (0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .envInputReader */ .tT)(deps.env);
        const common = (s.common = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readCommon */ .Cy)(read, deps.env, _log_js__WEBPACK_IMPORTED_MODULE_5__.setSecret));
        const config = (s.config = spec.read(read, common, deps.env));
        process.once('SIGTERM', onSignal);
        process.once('SIGINT', onSignal);
        s.ctx = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_3__/* .readRunContext */ .$)(deps.env);
        const opts = { region: common.region, maxAttempts: common.maxAttempts, runId: s.ctx.runId };
        const clients = new _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .Clients */ .f(opts, deps.sagemaker);
        const deadline = deps.clock.now() + common.waitTimeoutSeconds * 1000;
        await spec.execute(s, config, { clients, clock: deps.clock, deadline, env: deps.env, progress: async () => void (await comment(spec, s)) });
    }
    catch (err) {
        s.error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .failureText */ .kY)(err);
    }
    finally {
        process.removeListener('SIGTERM', onSignal);
        process.removeListener('SIGINT', onSignal);
    }
    await finish(spec, s);
}
async function cancel(spec, s, signal) {
    if (s.finished)
        return;
    const d = s.deployment;
    if (d && ['in-progress', 'started'].includes(d.status))
        d.status = 'cancelled';
    s.error = `Cancelled (${signal})${d ? ` while deploying to ${d.endpointName}${d.phase ? ` (${d.phase})` : ''}; SageMaker continues any update it started` : ''}.`;
    await finish(spec, s);
    process.exit(1);
}
function withState(s) {
    if (!s.report)
        return undefined;
    const report = { ...s.report };
    if (s.error)
        report.error = s.error;
    if (s.deployment)
        report.deployment = { ...s.deployment };
    return report;
}
async function finish(spec, s) {
    if (s.finished)
        return;
    s.finished = true;
    if (s.deployment)
        s.outputs['deployment-status'] = s.deployment.status;
    else if ('deployment-status' in s.outputs && !s.outputs['deployment-status'])
        s.outputs['deployment-status'] = 'skipped';
    for (const [name, value] of Object.entries(s.outputs))
        if (name !== 'comment-url')
            _log_js__WEBPACK_IMPORTED_MODULE_5__.setOutput(name, value);
    const report = withState(s);
    const { failedLine, renderReport } = await __webpack_require__.e(/* import() */ 613).then(__webpack_require__.bind(__webpack_require__, 57994));
    const failed = s.error ? `\n${failedLine(s.error)}\n` : '';
    const markdown = report ? renderReport(report) : `${s.markdown ?? `### ${spec.title}: ❌ failed\n`}${failed}`;
    await _log_js__WEBPACK_IMPORTED_MODULE_5__.appendSummary(markdown);
    if (spec.outputs.includes('comment-url'))
        _log_js__WEBPACK_IMPORTED_MODULE_5__.setOutput('comment-url', (await comment(spec, s)) ?? '');
    if (s.error)
        _log_js__WEBPACK_IMPORTED_MODULE_5__.setFailed(s.error);
}
async function comment(spec, s) {
    const report = withState(s);
    if (!s.common || !s.ctx || !s.config || (!report && !s.markdown))
        return undefined;
    const { upsertComment } = await __webpack_require__.e(/* import() */ 167).then(__webpack_require__.bind(__webpack_require__, 71167));
    const fallback = { group: s.group ?? '', approval: '', image: '', commit: s.ctx.sha, refName: s.ctx.refName, dryRun: s.common.dryRun, time: new Date().toISOString() };
    const markdown = s.markdown;
    return upsertComment(s.ctx, report ? { ...report, created: undefined } : { ...fallback, ...(s.error ? { error: s.error } : {}) }, {
        mode: s.common.comment,
        token: s.common.githubToken,
        commentId: s.common.commentId,
        ...(spec.commentChannel ? { channel: spec.commentChannel } : {}),
        ...(!report && markdown ? { render: () => markdown } : {}),
        log: _log_js__WEBPACK_IMPORTED_MODULE_5__
    });
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
/* unused harmony export SEARCH_LAG_MS */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15857);


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
        const recent = await createdSince(sm, group, new Date(o.now - SEARCH_LAG_MS), o.scan ?? 200);
        const seen = new Set(described.map((p) => p.ModelPackageArn));
        const extra = recent.filter((p) => !seen.has(p.ModelPackageArn) && claims(p, commit));
        return { versions: [...described, ...extra].sort(newestFirst), path: `Search, and the ${recent.length} version(s) created in the last ${SEARCH_LAG_MS / 60_000} minutes` };
    }
    const listed = await describeNewest(sm, group, o.scan ?? 200);
    return { versions: listed.filter((p) => claims(p, commit)), path: `the newest ${listed.length} versions of the group (Search ${group.arn ? 'is not used for a group given by ARN' : 'was not available'}; older versions are not seen)` };
}
/** How long a new or updated version may stay invisible to Search. AWS documents no bound: this is an assumption. */
const SEARCH_LAG_MS = 30 * 60_000;
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


/***/ })

};

//# sourceMappingURL=872.index.js.map