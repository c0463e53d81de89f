export const id = 475;
export const ids = [475,788];
export const modules = {

/***/ 3839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bE: () => (/* binding */ DEPLOY_OUTPUTS),
/* harmony export */   fw: () => (/* binding */ deployTo),
/* harmony export */   qx: () => (/* binding */ readDeploy)
/* harmony export */ });
/* harmony import */ var _inputs_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2207);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5828);


const DEPLOY_OUTPUTS = ['deployment-status', 'endpoint-arn', 'endpoint-config-name', 'model-name'];
/** The deploy inputs, when endpoint-name is set; the time budget grows with the policy as in the top-level action. */
function readDeploy(read, common) {
    const deploy = (0,_inputs_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .readDeployConfig */ .Q)(read, undefined);
    if (deploy && !read('wait-timeout'))
        common.waitTimeoutSeconds = Math.max(30 * 60, deploy.maxExecutionTimeoutSeconds + 15 * 60);
    return deploy;
}
async function deployTo(s, io, deploy, versionArn) {
    const { deployVersion } = await __webpack_require__.e(/* import() */ 676).then(__webpack_require__.bind(__webpack_require__, 676));
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

/***/ 7521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ readCommon),
/* harmony export */   EG: () => (/* binding */ readVersionArn),
/* harmony export */   Sj: () => (/* binding */ readVersionNumber),
/* harmony export */   Wq: () => (/* binding */ readGroupInput),
/* harmony export */   kN: () => (/* binding */ readCommit),
/* harmony export */   qm: () => (/* binding */ versionRef)
/* harmony export */ });
/* harmony import */ var _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1677);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9903);
/* harmony import */ var _inputs_readers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8961);
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

/***/ 8938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ versionReport)
/* harmony export */ });
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6145);
/* harmony import */ var _report_console_links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3143);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1573);



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

/***/ 4331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand),
/* harmony export */   m: () => (/* binding */ defaultDeps)
/* harmony export */ });
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(201);
/* harmony import */ var _aws_poll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5672);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9556);
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9903);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5828);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7521);







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
        s.error = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ ? err.message : `Unexpected error: ${err?.stack ?? String(err)}`;
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
    const { renderReport } = await __webpack_require__.e(/* import() */ 613).then(__webpack_require__.bind(__webpack_require__, 7994));
    const { escapeMarkdown } = await __webpack_require__.e(/* import() */ 285).then(__webpack_require__.bind(__webpack_require__, 4285));
    const failed = s.error ? `\n**What failed:** ${escapeMarkdown(s.error, 2000)}\n` : '';
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
    const { upsertComment } = await __webpack_require__.e(/* import() */ 167).then(__webpack_require__.bind(__webpack_require__, 1167));
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

/***/ 1573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   EW: () => (/* binding */ findByCommit),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   yO: () => (/* binding */ listVersions)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5857);


/** The commit a version records: the action's own metadata, else SageMaker's MetadataProperties. */
function commitOf(p) {
    return p.CustomerMetadataProperties?.['git-commit'] ?? p.MetadataProperties?.CommitId ?? '';
}
/** The newest versions of a group (ListModelPackages, newest first), at most `limit`. */
async function listVersions(sm, group, limit) {
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
async function searchByCommit(sm, group, commit, log) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .sagemakerSdk */ .nP)();
    try {
        const out = await sm.send(new c.SearchCommand({
            Resource: 'ModelPackage',
            SearchExpression: {
                Filters: [
                    { Name: 'ModelPackageGroupName', Operator: 'Equals', Value: group.name },
                    { Name: 'CustomerMetadataProperties.git-commit', Operator: 'Equals', Value: commit }
                ]
            },
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            MaxResults: 20
        }));
        const found = (out.Results ?? []).map((r) => r.ModelPackage).find((p) => p?.ModelPackageArn && p.ModelPackageStatus !== 'Deleting');
        return found?.ModelPackageArn;
    }
    catch (err) {
        const name = err.name ?? 'error';
        if (!/AccessDenied|Validation|Throttl|Internal|ServiceUnavailable/.test(name))
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explainAwsError */ .Ni)(err, 'sagemaker:Search');
        log.info(`Search could not look up commit ${commit.slice(0, 12)} (${name}); listing the group's versions instead.`);
        return undefined;
    }
}
/**
 * The newest version of the group registered for `commit`: Search first; when Search is denied, fails or has not
 * indexed it yet, the newest `scan` versions are listed and described one by one. Says which path found it.
 */
async function findByCommit(sm, group, commit, log, scan = 200) {
    const viaSearch = group.arn ? undefined : await searchByCommit(sm, group, commit, log);
    if (viaSearch) {
        log.info(`Found the version of commit ${commit.slice(0, 12)} through Search: ${viaSearch}`);
        return describe(sm, viaSearch);
    }
    for (const summary of await listVersions(sm, group, scan)) {
        if (!summary.ModelPackageArn)
            continue;
        const pkg = await describe(sm, summary.ModelPackageArn);
        if (commitOf(pkg) === commit) {
            log.info(`Found the version of commit ${commit.slice(0, 12)} by listing the group: ${pkg.ModelPackageArn}`);
            return pkg;
        }
    }
    return undefined;
}


/***/ }),

/***/ 6392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION_NAME: () => (/* binding */ ACTION_NAME),
  approvalDescription: () => (/* binding */ approvalDescription),
  approvalStatus: () => (/* binding */ approvalStatus),
  canonicalJson: () => (/* reexport */ canonicalJson),
  clientToken: () => (/* reexport */ clientToken),
  containerImage: () => (/* binding */ containerImage),
  idempotencyKey: () => (/* reexport */ idempotencyKey),
  metadataValue: () => (/* binding */ metadataValue),
  planRegistration: () => (/* binding */ planRegistration),
  runMetadata: () => (/* binding */ runMetadata)
});

// EXTERNAL MODULE: ./src/inputs/constraints.ts
var constraints = __webpack_require__(1677);
// EXTERNAL MODULE: ./src/inputs/image-ref.ts
var image_ref = __webpack_require__(7748);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
;// CONCATENATED MODULE: ./src/register/identity.ts
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

;// CONCATENATED MODULE: ./src/register/plan.ts





const ACTION_NAME = 'sagemaker-private-registry-action';
function approvalStatus(config, ctx) {
    switch (config.approval) {
        case 'approved':
            return 'Approved';
        case 'rejected':
            return 'Rejected';
        case 'auto':
            return (0,context/* isReleaseRun */.D)(ctx) ? 'Approved' : 'PendingManualApproval';
        default:
            return 'PendingManualApproval';
    }
}
/** Makes free text (branch names, actors) fit the customer-metadata character set and length. */
function metadataValue(value) {
    // Cut by code points so a character outside the BMP is never split into a lone surrogate.
    const cleaned = [...value.replace((0,constraints/* METADATA_DISALLOWED */.li)(), '_')].slice(0, constraints/* METADATA_VALUE_MAX */.rc).join('');
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
    if ((0,image_ref/* isOutsideEcr */.Wt)(id.ref))
        put('repository-access-mode', 'Vpc');
    put('idempotency-key', id.key);
    put('generated-by', ACTION_NAME);
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
    const body = {
        ModelPackageGroupName: config.group.arn ?? config.group.name,
        ...(config.description ? { ModelPackageDescription: config.description } : {}),
        // Always pending at creation: the approval depends on the run, so UpdateModelPackage applies it.
        ModelApprovalStatus: 'PendingManualApproval',
        // SageMaker cannot read images outside ECR, so validation is skipped for them unless asked otherwise.
        SkipModelValidation: config.skipModelValidation ?? (id.ref.kind === 'ecr' ? 'None' : 'All'),
        InferenceSpecification: inferenceSpec(config, id),
        // GeneratedBy names the action, not the run: MetadataProperties cannot be updated afterwards.
        MetadataProperties: trimmed({ CommitId: ctx.sha, Repository: ctx.repositoryUrl, GeneratedBy: ACTION_NAME }),
        CustomerMetadataProperties: stableMetadata(config, ctx, resolved, id),
        // kms-key-id encrypts the version's own information too (set only at creation).
        ...(config.deploy?.kmsKeyId ? { SecurityConfig: { KmsKeyId: config.deploy.kmsKeyId } } : {})
    };
    return { ...body, ClientToken: clientToken(body) };
}
function createGroupRequest(config, ctx) {
    // A group shared from another account (given by ARN) is never created here.
    if (!config.createGroup || config.group.arn)
        return undefined;
    const tags = { 'managed-by': ACTION_NAME, ...config.groupTags };
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
    const id = { ref, digest, image: containerImage(ref, digest), key: idempotencyKey(groupNameOrArn, ctx.sha, (0,image_ref/* formatImage */.vy)(config.image)) };
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
        imageAsGiven: (0,image_ref/* formatImage */.vy)(config.image),
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
        return (0,image_ref/* formatImage */.vy)(ref);
    const pinned = (0,image_ref/* formatImage */.vy)(ref, { digest });
    return pinned.length <= constraints/* IMAGE_MAX */.XU ? pinned : (0,image_ref/* formatImage */.vy)(ref, { digest: '', tag: true });
}
function trimmed(obj) {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v));
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

//# sourceMappingURL=475.index.js.map