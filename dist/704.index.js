export const id = 704;
export const ids = [704,285,874];
export const modules = {

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

/***/ 3462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ servingView)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _deploy_ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5874);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5857);



async function endpointNames(sm) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    const out = [];
    let token;
    do {
        const page = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListEndpoints', () => sm.send(new c.ListEndpointsCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) })));
        for (const e of page.Endpoints ?? [])
            if (e.EndpointName && e.EndpointArn)
                out.push({ name: e.EndpointName, arn: e.EndpointArn });
        token = page.NextToken;
    } while (token);
    return out;
}
async function servingView(sm) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    const view = { serving: new Map(), ledger: new Set(), endpoints: 0, unresolved: [] };
    for (const { name, arn } of await endpointNames(sm)) {
        view.endpoints++;
        const ep = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeEndpoint', () => sm.send(new c.DescribeEndpointCommand({ EndpointName: name })));
        // Both the live config and one being deployed serve traffic during a blue/green update.
        const configs = [ep.EndpointConfigName, ep.PendingDeploymentSummary?.EndpointConfigName].filter((n) => !!n);
        for (const config of new Set(configs)) {
            const versions = await (0,_deploy_ledger_js__WEBPACK_IMPORTED_MODULE_1__.versionsOfConfig)(sm, config).catch((err) => {
                if (!/not found|Could not find/i.test(err.message))
                    throw err;
                view.unresolved.push(name);
                return [];
            });
            for (const version of versions) {
                const list = view.serving.get(version) ?? [];
                if (!list.includes(name))
                    list.push(name);
                view.serving.set(version, list);
            }
        }
        const ledger = await (0,_deploy_ledger_js__WEBPACK_IMPORTED_MODULE_1__.readLedger)(sm, arn);
        if (ledger.current)
            view.ledger.add(ledger.current);
        if (ledger.previous)
            view.ledger.add(ledger.previous);
    }
    return view;
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

/***/ 8150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ tagsOf),
/* harmony export */   N2: () => (/* binding */ describeEndpoint),
/* harmony export */   tP: () => (/* binding */ cleanup),
/* harmony export */   vS: () => (/* binding */ findEndpoint)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5448);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5857);



/** DescribeEndpoint, or undefined when the endpoint does not exist. */
async function findEndpoint(sm, name) {
    const { DescribeEndpointCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    try {
        return await sm.send(new DescribeEndpointCommand({ EndpointName: name }));
    }
    catch (err) {
        const e = err;
        if (e.name === 'ValidationException' && /Could not find endpoint/i.test(e.message ?? ''))
            return undefined;
        return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeEndpoint', () => Promise.reject(err));
    }
}
async function describeEndpoint(sm, name) {
    const { DescribeEndpointCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeEndpoint', () => sm.send(new DescribeEndpointCommand({ EndpointName: name })));
}
/** The tags of any SageMaker resource (endpoint, model, …) as a map. */
async function tagsOf(sm, arn) {
    const { ListTagsCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    const out = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListTags', () => sm.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 100 })));
    return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key, t.Value ?? '']));
}
async function taggedFor(sm, endpoint, names) {
    const { DescribeEndpointConfigCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    const mine = [];
    for (const name of names) {
        const config = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeEndpointConfig', () => sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name })));
        if (config.EndpointConfigArn && (await tagsOf(sm, config.EndpointConfigArn)).endpoint === endpoint)
            mine.push(name);
    }
    return mine;
}
/**
 * Deletes the endpoint configs and models this action made for the endpoint, except the ones to keep
 * (the live config and the previous one, which a rollback needs). Returns what was deleted.
 */
async function cleanup(sm, endpoint, keep, log) {
    const { ListEndpointConfigsCommand, DeleteEndpointConfigCommand, DeleteModelCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    const names = [];
    let token;
    do {
        const page = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListEndpointConfigs', () => sm.send(new ListEndpointConfigsCommand({ NameContains: endpoint.slice(0, 40), MaxResults: 100, ...(token ? { NextToken: token } : {}) })));
        for (const c of page.EndpointConfigs ?? [])
            if (c.EndpointConfigName)
                names.push(c.EndpointConfigName);
        token = page.NextToken;
    } while (token);
    let doomed = names.filter((n) => (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .isOurName */ .Yg)(endpoint, n) && !keep.includes(n));
    // A name cut to fit 63 characters could come from another endpoint sharing the prefix: check the tag.
    if (doomed.some((n) => !n.startsWith(`${endpoint}-v`)))
        doomed = await taggedFor(sm, endpoint, doomed);
    const gone = (err) => {
        if (!/Could not find|not found/i.test(err.message))
            throw err;
    };
    // Models carry the same name as their config; a model whose config is gone (an earlier cleanup that stopped
    // half-way, a create whose answer was lost) goes too.
    const orphans = (await ourModels(sm, endpoint)).filter((m) => !keep.includes(m) && !names.includes(m));
    for (const name of [...doomed, ...orphans]) {
        try {
            if (doomed.includes(name))
                await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DeleteEndpointConfig', () => sm.send(new DeleteEndpointConfigCommand({ EndpointConfigName: name }))).catch(gone);
            await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DeleteModel', () => sm.send(new DeleteModelCommand({ ModelName: name }))).catch(gone);
            log.info(`Deleted the old endpoint config and model ${name}`);
        }
        catch (err) {
            log.warning(`Could not delete ${name}: ${err.message}`);
        }
    }
    return [...doomed, ...orphans];
}
/** The models named as this action names an endpoint's models (exact prefix, see isOurName). */
async function ourModels(sm, endpoint) {
    const { ListModelsCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    const names = [];
    let token;
    do {
        const page = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListModels', () => sm.send(new ListModelsCommand({ NameContains: endpoint.slice(0, 40), MaxResults: 100, ...(token ? { NextToken: token } : {}) })));
        for (const m of page?.Models ?? [])
            if (m.ModelName && (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .isOurName */ .Yg)(endpoint, m.ModelName) && m.ModelName.startsWith(`${endpoint}-v`))
                names.push(m.ModelName);
        token = page?.NextToken;
    } while (token);
    return names;
}


/***/ }),

/***/ 5874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CURRENT_TAG: () => (/* binding */ CURRENT_TAG),
/* harmony export */   KIND_TAG: () => (/* binding */ KIND_TAG),
/* harmony export */   PREVIOUS_TAG: () => (/* binding */ PREVIOUS_TAG),
/* harmony export */   ledgerFromTags: () => (/* binding */ ledgerFromTags),
/* harmony export */   markRollback: () => (/* binding */ markRollback),
/* harmony export */   readLedger: () => (/* binding */ readLedger),
/* harmony export */   recordDeployment: () => (/* binding */ recordDeployment),
/* harmony export */   versionsOfConfig: () => (/* binding */ versionsOfConfig)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8150);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5857);



const CURRENT_TAG = 'model-package-arn';
const PREVIOUS_TAG = 'previous-model-package-arn';
/** `rollback` when the last change was a rollback (written by rollback/ after its deploy), else `deploy`. */
const KIND_TAG = 'last-change';
function ledgerFromTags(tags) {
    const entry = {};
    if (tags[CURRENT_TAG])
        entry.current = tags[CURRENT_TAG];
    if (tags[PREVIOUS_TAG])
        entry.previous = tags[PREVIOUS_TAG];
    if (tags[KIND_TAG] === 'rollback')
        entry.rolledBack = true;
    return entry;
}
async function readLedger(sm, endpointArn) {
    return ledgerFromTags(await (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .tagsOf */ .Fg)(sm, endpointArn));
}
/** The model package versions an endpoint config's models were created from (empty when none was). */
async function versionsOfConfig(sm, configName) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    const config = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: configName })));
    const out = new Set();
    for (const variant of config.ProductionVariants ?? []) {
        if (!variant.ModelName)
            continue;
        const model = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeModel', () => sm.send(new c.DescribeModelCommand({ ModelName: variant.ModelName })));
        const named = [model.PrimaryContainer, ...(model.Containers ?? [])].map((k) => k?.ModelPackageName).filter((n) => !!n);
        named.forEach((n) => out.add(n));
        if (!named.length && model.ModelArn) {
            const tagged = (await (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .tagsOf */ .Fg)(sm, model.ModelArn))[CURRENT_TAG];
            if (tagged)
                out.add(tagged);
        }
    }
    return [...out];
}
/**
 * Called after a deploy went live: the endpoint's tags name the new version and the one it replaced. A re-deploy
 * of the version already recorded keeps the previous entry as it is.
 */
async function recordDeployment(sm, o) {
    // An unreadable ledger loses only the rollback default, never the deployment's record of what is live.
    const before = await readLedger(sm, o.endpointArn).catch(() => ({}));
    let previous = before.current !== o.versionArn ? before.current : before.previous;
    if (!before.current && o.previousConfig) {
        previous = (await versionsOfConfig(sm, o.previousConfig).catch(() => [])).find((v) => v !== o.versionArn);
    }
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    const tags = [
        { Key: CURRENT_TAG, Value: o.versionArn },
        ...(previous ? [{ Key: PREVIOUS_TAG, Value: previous }] : []),
        { Key: KIND_TAG, Value: 'deploy' },
        { Key: 'git-commit', Value: o.clean(o.ctx.sha || 'unknown') },
        ...(o.ctx.runId ? [{ Key: 'github-run-id', Value: o.ctx.runId }] : [])
    ];
    await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:AddTags', () => sm.send(new c.AddTagsCommand({ ResourceArn: o.endpointArn, Tags: tags })));
    return { current: o.versionArn, ...(previous ? { previous } : {}) };
}
/** Marks the endpoint's last change as a rollback, so a second rollback without a target is refused. */
async function markRollback(sm, endpointArn) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:AddTags', () => sm.send(new c.AddTagsCommand({ ResourceArn: endpointArn, Tags: [{ Key: KIND_TAG, Value: 'rollback' }] })));
}


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yg: () => (/* binding */ isOurName),
/* harmony export */   bJ: () => (/* binding */ planDeploy)
/* harmony export */ });
/* unused harmony exports resourceName, trafficPolicy, deploymentConfig, checkEnvironment */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7748);
/* harmony import */ var _register_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6392);
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6145);




const NAME_MAX = 63;
const ENV_MAX_ENTRIES = 100;
const ENV_MAX_BYTES = 32 * 1024;
function shortHash(text) {
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex').slice(0, 6);
}
/**
 * Model and endpoint-config names: `<endpoint>-v<version>-<hash>`, unique per endpoint, version and run
 * attempt (so a retried run never collides with a half-made attempt), at most 63 characters.
 */
function resourceName(endpoint, version, runId, attempt, versionArn) {
    const suffix = `-v${version}-${shortHash(`${endpoint}\n${versionArn}\n${runId}\n${attempt}`)}`;
    const prefix = endpoint.slice(0, NAME_MAX - suffix.length).replace(/-+$/, '');
    return prefix + suffix;
}
/**
 * Names this action gives an endpoint's models and configs: cleanup deletes only these. The prefix must be
 * exactly the one resourceName() derives from this endpoint, so another endpoint whose name starts the same
 * way (fraud vs fraud-v3, or a longer name cut at 63 characters) never loses its configs.
 */
function isOurName(endpoint, name) {
    const m = /^(.+)(-v\d+-[0-9a-f]{6})$/.exec(name);
    if (!m)
        return false;
    return endpoint.slice(0, NAME_MAX - m[2].length).replace(/-+$/, '') === m[1];
}
function trafficPolicy(d) {
    const size = (s) => (s.Type === 'CAPACITY_PERCENT' ? `${s.Value}%` : `${s.Value} instance(s)`);
    const bake = d.waitIntervalSeconds ? `, bake ${d.waitIntervalSeconds} s` : '';
    const end = d.terminationWaitSeconds ? `, final bake ${d.terminationWaitSeconds} s` : '';
    if (d.trafficRouting === 'canary')
        return `canary ${size(d.canarySize)}${bake}${end}`;
    if (d.trafficRouting === 'linear')
        return `linear steps of ${size(d.linearStepSize)}${bake}${end}`;
    if (d.trafficRouting === 'rolling') {
        return `rolling, batches of ${size(d.rollingBatchSize)}${d.rollbackBatchSize ? `, rollback batches of ${size(d.rollbackBatchSize)}` : ''}${bake}`;
    }
    return `all at once${bake}${end}`;
}
/** The update's DeploymentConfig; `alarms` are every alarm that rolls it back (rollback-alarms and created ones). */
function deploymentConfig(d, alarms = d.rollbackAlarms) {
    const config = {};
    if (d.trafficRouting === 'rolling') {
        config.RollingUpdatePolicy = {
            MaximumBatchSize: d.rollingBatchSize,
            WaitIntervalInSeconds: d.waitIntervalSeconds,
            MaximumExecutionTimeoutInSeconds: d.maxExecutionTimeoutSeconds,
            ...(d.rollbackBatchSize ? { RollbackMaximumBatchSize: d.rollbackBatchSize } : {})
        };
    }
    else {
        const routing = {
            Type: d.trafficRouting === 'canary' ? 'CANARY' : d.trafficRouting === 'linear' ? 'LINEAR' : 'ALL_AT_ONCE',
            // Required by the API even for ALL_AT_ONCE.
            WaitIntervalInSeconds: d.waitIntervalSeconds
        };
        if (d.trafficRouting === 'canary')
            routing.CanarySize = d.canarySize;
        if (d.trafficRouting === 'linear')
            routing.LinearStepSize = d.linearStepSize;
        config.BlueGreenUpdatePolicy = {
            TrafficRoutingConfiguration: routing,
            TerminationWaitInSeconds: d.terminationWaitSeconds,
            MaximumExecutionTimeoutInSeconds: d.maxExecutionTimeoutSeconds
        };
    }
    if (alarms.length)
        config.AutoRollbackConfiguration = { Alarms: alarms.map((AlarmName) => ({ AlarmName })) };
    return config;
}
/** SageMaker's limits on a container's Environment: 100 entries, 32 KiB of keys and values in all. */
function checkEnvironment(environment, versionArn) {
    const entries = Object.entries(environment);
    const bytes = entries.reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    // The message names counts and keys only: values can be secrets.
    if (entries.length > ENV_MAX_ENTRIES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The model environment (the version's ${versionArn} environment merged with deploy-environment) has ${entries.length} entries; SageMaker allows at most ${ENV_MAX_ENTRIES}. Remove some deploy-environment entries.`);
    }
    if (bytes > ENV_MAX_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The model environment (the version's ${versionArn} environment merged with deploy-environment) is ${bytes} bytes of keys and values; SageMaker allows at most ${ENV_MAX_BYTES}.`);
    }
}
function planDeploy(input) {
    const { deploy, ctx, pkg } = input;
    const versionArn = pkg.ModelPackageArn;
    const version = pkg.ModelPackageVersion ?? (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_3__/* .versionFromArn */ .Yu)(versionArn);
    const container = pkg.InferenceSpecification?.Containers?.[0];
    if (!container?.Image)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Model package ${versionArn} has no container image to deploy.`);
    const ref = (0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRef */ .Q)(container.Image);
    const privateRegistry = pkg.CustomerMetadataProperties?.['repository-access-mode'] === 'Vpc' || (typeof ref !== 'string' && ref.kind !== 'ecr');
    const name = resourceName(deploy.endpointName, version, ctx.runId || 'local', ctx.runAttempt || '1', versionArn);
    const variantName = deploy.variantName ?? input.liveVariant ?? 'AllTraffic';
    const tags = [
        { Key: 'managed-by', Value: _register_plan_js__WEBPACK_IMPORTED_MODULE_2__.ACTION_NAME },
        { Key: 'endpoint', Value: deploy.endpointName },
        { Key: 'model-package-arn', Value: versionArn },
        { Key: 'git-commit', Value: (0,_register_plan_js__WEBPACK_IMPORTED_MODULE_2__.metadataValue)(ctx.sha || 'unknown') }
    ];
    const plan = {
        endpointName: deploy.endpointName,
        modelName: name,
        configName: name,
        variantName,
        versionArn,
        privateRegistry,
        createModel: modelInput({ input, name, tags, privateRegistry }),
        createConfig: configInput({ deploy, name, tags, variantName, instanceCount: input.instanceCount ?? deploy.instanceCount }),
        deploymentConfig: deploymentConfig(deploy, [...deploy.rollbackAlarms, ...(input.createdAlarms ?? [])]),
        policy: trafficPolicy(deploy)
    };
    const digest = container.ImageDigest ?? (typeof ref !== 'string' ? ref.digest : undefined);
    if (digest)
        plan.expectedDigest = digest;
    return plan;
}
function modelInput(o) {
    const { deploy, pkg, providerArn } = o.input;
    const versionArn = pkg.ModelPackageArn;
    const container = pkg.InferenceSpecification.Containers[0];
    const environment = { ...(container.Environment ?? {}), ...deploy.environment };
    checkEnvironment(environment, versionArn);
    const env = Object.keys(environment).length ? { Environment: environment } : {};
    const data = container.ModelDataUrl ? { ModelDataUrl: container.ModelDataUrl } : {};
    const vpc = deploy.vpcSubnets.length ? { Subnets: deploy.vpcSubnets, SecurityGroupIds: deploy.vpcSecurityGroups } : undefined;
    const createModel = { ModelName: o.name, ExecutionRoleArn: deploy.executionRoleArn, Tags: o.tags };
    if (o.privateRegistry) {
        if (!vpc) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Model package ${versionArn} uses an image outside ECR (${container.Image}): SageMaker pulls it through your VPC (RepositoryAccessMode Vpc), so set vpc-subnets and vpc-security-groups.`);
        }
        const provider = providerArn ?? pkg.CustomerMetadataProperties?.['registry-credentials-provider-arn'];
        // A model package cannot carry ImageConfig, so the container is built from the version's own description;
        // the link back to the version lives in the tags (and the lineage association made after the deploy).
        createModel.PrimaryContainer = {
            Image: container.Image,
            ImageConfig: { RepositoryAccessMode: 'Vpc', ...(provider ? { RepositoryAuthConfig: { RepositoryCredentialsProviderArn: provider } } : {}) },
            ...data,
            ...env
        };
    }
    else if (pkg.ModelApprovalStatus === 'Approved') {
        // SageMaker links the endpoint to the version in lineage only when the model references the package.
        createModel.Containers = [{ ModelPackageName: versionArn, ...env }];
    }
    else {
        // A model can reference only Approved versions; a pending one (deploy-approval allowed it, e.g. for
        // staging) is deployed from its own description, linked to the version by the tags.
        createModel.PrimaryContainer = { Image: container.Image, ...data, ...env };
    }
    if (vpc)
        createModel.VpcConfig = vpc;
    if (deploy.networkIsolation)
        createModel.EnableNetworkIsolation = true;
    return createModel;
}
function configInput(o) {
    const { deploy } = o;
    const createConfig = {
        EndpointConfigName: o.name,
        ProductionVariants: [
            {
                VariantName: o.variantName,
                ModelName: o.name,
                InitialInstanceCount: o.instanceCount,
                InstanceType: deploy.instanceType,
                InitialVariantWeight: 1
            }
        ],
        Tags: o.tags
    };
    if (deploy.kmsKeyId)
        createConfig.KmsKeyId = deploy.kmsKeyId;
    if (deploy.dataCapture) {
        createConfig.DataCaptureConfig = {
            EnableCapture: true,
            InitialSamplingPercentage: deploy.dataCapture.samplingPercent,
            DestinationS3Uri: deploy.dataCapture.destination,
            CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
            // The same key encrypts the captured requests and responses in S3.
            ...(deploy.kmsKeyId ? { KmsKeyId: deploy.kmsKeyId } : {})
        };
    }
    return createConfig;
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

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   escapeMarkdown: () => (/* binding */ escapeMarkdown),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export defuse */
/** Zero-width space: breaks a mention, a reference or an autolink without changing what a reader sees. */
const ZWSP = '\u200b';
/**
 * Takes the sting out of what GitHub links after rendering: @-mentions (which notify), #123 and GH-123
 * references, bare URLs (`://`, `www.`) and e-mail autolinks. GitHub decodes entities (`&#64;`) and escapes
 * (`\#`) before it looks for them, so only a break inside the word itself is inert.
 */
function defuse(text) {
    return text
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
/**
 * Makes untrusted text (branch names, tags, descriptions, metadata, error messages) inert in GitHub markdown:
 * no HTML, no characters that break a table row or start markup, nothing GitHub turns into a ping or a link.
 */
function escapeMarkdown(text, max = 300) {
    const oneLine = text.replace(/[\r\n\t]+/g, ' ');
    const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
    const escaped = short
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
    return defuse(escaped);
}
/** Text shown as inline code: backticks inside are replaced so the span cannot be closed early. */
function code(text, max = 300) {
    const oneLine = text.replace(/[\r\n\t]+/g, ' ').replace(/`/g, "'");
    const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
    return `\`${short.replace(/\|/g, '\\|')}\``;
}
function link(label, url) {
    if (!/^https:\/\/[^\s()<>]+$/.test(url))
        return escapeMarkdown(label);
    return `[${escapeMarkdown(label)}](${url})`;
}
function table(rows) {
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}


/***/ })

};

//# sourceMappingURL=704.index.js.map