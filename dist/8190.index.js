export const id = 8190;
export const ids = [8190];
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

/***/ 23462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ servingView)
/* harmony export */ });
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15857);
/* harmony import */ var _deploy_ledger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35874);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86125);
/* harmony import */ var _model_use_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89741);




async function endpointNames(sm) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
    const all = await (0,_model_use_js__WEBPACK_IMPORTED_MODULE_2__/* .listAll */ ._w)('sagemaker:ListEndpoints', async (token) => {
        const page = await sm.send(new c.ListEndpointsCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) }));
        return { items: page.Endpoints, next: page.NextToken };
    });
    return all.map((e) => e.EndpointName).filter((n) => !!n);
}
function note(view, endpoint, use, label = endpoint) {
    for (const version of use.versions) {
        const list = view.serving.get(version) ?? [];
        if (!list.includes(endpoint))
            list.push(endpoint);
        view.serving.set(version, list);
    }
    if (use.missingModels.length && !view.unresolved.includes(label))
        view.unresolved.push(label);
}
async function componentsOf(sm, reader, endpoint, view) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
    const names = await (0,_model_use_js__WEBPACK_IMPORTED_MODULE_2__/* .listAll */ ._w)('sagemaker:ListInferenceComponents', async (token) => {
        const page = await sm.send(new c.ListInferenceComponentsCommand({ EndpointNameEquals: endpoint, MaxResults: 100, ...(token ? { NextToken: token } : {}) }));
        return { items: page.InferenceComponents, next: page.NextToken };
    });
    for (const { InferenceComponentName: name } of names) {
        const use = name ? await reader.component(name) : undefined;
        if (!use)
            continue; // deleted since it was listed
        view.components++;
        note(view, endpoint, use, `${endpoint} (inference component ${name})`);
    }
}
async function endpointUse(sm, name, view, o) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
    const ep = await (0,_model_use_js__WEBPACK_IMPORTED_MODULE_2__/* .readOrGone */ .HK)(`endpoint ${name}`, 'sagemaker:DescribeEndpoint', () => sm.send(new c.DescribeEndpointCommand({ EndpointName: name })));
    if (!ep)
        return; // deleted since it was listed
    view.endpoints++;
    view.kinds.set(name, (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_1__/* .liveKind */ .$h)(ep));
    // Both the live config and one being deployed serve traffic during a blue/green update.
    const configs = [ep.EndpointConfigName, ep.PendingDeploymentSummary?.EndpointConfigName].filter((n) => !!n);
    let components = false;
    for (const config of new Set(configs)) {
        const use = await o.reader.config(config);
        if (!use) {
            if (!view.unresolved.includes(name))
                view.unresolved.push(name);
            continue;
        }
        components ||= use.components;
        note(view, name, use);
    }
    if (o.components && components)
        await componentsOf(sm, o.reader, name, view);
    const tags = ep.EndpointArn ? await o.reader.tags(`endpoint ${name}`, ep.EndpointArn) : undefined;
    const ledger = (0,_deploy_ledger_js__WEBPACK_IMPORTED_MODULE_0__.ledgerFromTags)(tags ?? {});
    if (ledger.current)
        view.ledger.add(ledger.current);
    if (ledger.previous)
        view.ledger.add(ledger.previous);
}
async function servingView(sm, o = {}) {
    const options = { components: o.components ?? false, reader: o.reader ?? new _model_use_js__WEBPACK_IMPORTED_MODULE_2__/* .UseReader */ .tF(sm) };
    const view = { serving: new Map(), ledger: new Set(), endpoints: 0, components: 0, unresolved: [], kinds: new Map() };
    for (const name of await endpointNames(sm))
        await endpointUse(sm, name, view, options);
    return view;
}


/***/ }),

/***/ 4700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U2: () => (/* binding */ stageText),
/* harmony export */   Up: () => (/* binding */ stageOn),
/* harmony export */   du: () => (/* binding */ markRolledBack)
/* harmony export */ });
/* unused harmony exports DEPLOYED, ROLLED_BACK, recordedEndpoint */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81919);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15857);


const DEPLOYED = 'Deployed';
const ROLLED_BACK = 'RolledBack';
/** The endpoint a `Deployed` record says the version serves, else undefined. */
function recordedEndpoint(lc) {
    if (lc?.StageStatus !== DEPLOYED)
        return undefined;
    return /^Serving on ([a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62})$/.exec(lc.StageDescription ?? '')?.[1];
}
/** The stage a version holds on this endpoint (its record says it serves it), else undefined. */
function stageOn(pkg, endpoint) {
    const lc = pkg?.ModelLifeCycle;
    return lc?.Stage && recordedEndpoint(lc) === endpoint ? lc.Stage : undefined;
}
/**
 * What status/ shows in the Stage column. `serves`: the endpoints serving this version; `seen`: every endpoint
 * seen serving some version. A record naming an endpoint that serves others and not this version is shown as
 * replaced; a record naming an endpoint not seen (another account, unreadable) is shown as recorded.
 */
function stageText(lc, serves, seen) {
    if (!lc?.Stage)
        return '';
    const endpoint = recordedEndpoint(lc);
    if (endpoint && seen.has(endpoint) && !serves.includes(endpoint))
        return `${lc.Stage} (replaced on ${endpoint})`;
    return `${lc.Stage}${lc.StageStatus ? ` (${lc.StageStatus})` : ''}`;
}
/** After a rollback: the version rolled back from keeps its stage, marked RolledBack, with where and to what. */
async function markRolledBack(sm, from, endpoint, to) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .sagemakerSdk */ .nP)();
    const lifecycle = { Stage: from.stage, StageStatus: ROLLED_BACK, StageDescription: `Rolled back on ${endpoint} to ${to}` };
    await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:UpdateModelPackage', () => sm.send(new c.UpdateModelPackageCommand({ ModelPackageArn: from.arn, ModelLifeCycle: lifecycle })));
}


/***/ }),

/***/ 18190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATUS_OUTPUTS: () => (/* binding */ STATUS_OUTPUTS),
/* harmony export */   blindSpot: () => (/* binding */ blindSpot),
/* harmony export */   readStatus: () => (/* binding */ readStatus),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   statusSpec: () => (/* binding */ statusSpec),
/* harmony export */   statusTable: () => (/* binding */ statusTable),
/* harmony export */   versionStatuses: () => (/* binding */ versionStatuses)
/* harmony export */ });
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26145);
/* harmony import */ var _inputs_readers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18961);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49301);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(54285);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67521);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68654);
/* harmony import */ var _serving_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23462);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4700);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81573);
/* harmony import */ var _aws_identity_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16367);










const STATUS_OUTPUTS = ['versions', 'comment-url'];
function readStatus(read, common) {
    return { group: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readGroupInput */ .Wq)(read, common.region, true), limit: (0,_inputs_readers_js__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(read, 'max-versions', 50, 1, 1000) };
}
async function versionStatuses(sm, c) {
    const view = await (0,_serving_js__WEBPACK_IMPORTED_MODULE_4__/* .servingView */ .O)(sm);
    // Every endpoint seen serving a version: a stage record naming one of them is checked against what it serves.
    const seen = new Set([...view.serving.values()].flat());
    const out = [];
    for (const summary of await (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .listVersions */ .yO)(sm, c.group, c.limit)) {
        const arn = summary.ModelPackageArn ?? '';
        // Commit and image are not in the listing's summaries: one DescribeModelPackage per version.
        const pkg = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .describe */ .q0)(sm, arn);
        const endpoints = (view.serving.get(arn) ?? []).sort();
        out.push({
            version: pkg.ModelPackageVersion ?? (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_8__/* .versionFromArn */ .Yu)(arn),
            arn,
            approval: pkg.ModelApprovalStatus ?? '',
            stage: (0,_stage_js__WEBPACK_IMPORTED_MODULE_5__/* .stageText */ .U2)(pkg.ModelLifeCycle, endpoints, seen),
            commit: (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .commitOf */ .D3)(pkg),
            image: pkg.InferenceSpecification?.Containers?.[0]?.Image ?? '',
            created: (pkg.CreationTime ?? summary.CreationTime)?.toISOString() ?? '',
            endpoints,
            endpointKinds: Object.fromEntries(endpoints.map((e) => [e, view.kinds.get(e) ?? 'unknown']))
        });
    }
    if (view.unresolved.length)
        _log_js__WEBPACK_IMPORTED_MODULE_1__.warning(`Could not read what these endpoints serve (config or model deleted): ${view.unresolved.join(', ')}`);
    return out;
}
function statusTable(group, versions) {
    const lines = [`### SageMaker model versions of ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(group)}`, ''];
    if (!versions.length)
        return `${lines.join('\n')}\n_No versions._\n`;
    lines.push('| Version | Approval | Stage | Commit | Image | Created (UTC) | Serving on |', '|---|---|---|---|---|---|---|');
    for (const v of versions) {
        const endpoints = v.endpoints.length ? v.endpoints.map((e) => `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(e)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(v.endpointKinds[e] ?? 'unknown')})`).join(', ') : '–';
        const created = v.created.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
        lines.push(`| ${v.version} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(v.approval)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(v.stage || '–')} | ${v.commit ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(v.commit.slice(0, 12)) : '–'} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(v.image, 120)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(created)} | ${endpoints} |`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * What status/ cannot see, for a group given by ARN: its versions may serve in other accounts, whose endpoints are not
 * visible from this one (a Stage record naming such an endpoint is shown as recorded). Empty for a group given by name.
 */
function blindSpot(group, caller) {
    if (!group.arn)
        return '';
    const here = caller ? `account ${caller}` : "this run's account";
    const owner = group.accountId && group.accountId !== caller ? ` The group itself is in account ${group.accountId}.` : '';
    return `Serving on lists the endpoints of ${here} and this Region only: endpoints of other accounts that deploy these versions cannot be seen from here (a Stage record naming one is shown as recorded).${owner}`;
}
async function execute(s, c, io) {
    s.group = c.group.name;
    const sm = await io.clients.sagemaker();
    const versions = await versionStatuses(sm, c);
    s.outputs.versions = JSON.stringify(versions);
    const note = blindSpot(c.group, c.group.arn ? await (0,_aws_identity_js__WEBPACK_IMPORTED_MODULE_7__/* .callerAccount */ .Xr)(sm) : undefined);
    if (note)
        _log_js__WEBPACK_IMPORTED_MODULE_1__.info(note);
    s.markdown = `${statusTable(c.group.name, versions)}${note ? `\n⚠️ ${note}\n` : ''}`;
    const serving = versions.filter((v) => v.endpoints.length);
    const on = (v) => v.endpoints.map((e) => `${e} (${v.endpointKinds[e]})`).join(', ');
    _log_js__WEBPACK_IMPORTED_MODULE_1__.info(`${versions.length} version(s) of ${c.group.name}; ${serving.map((v) => `v${v.version} on ${on(v)}`).join('; ') || 'none serving'}.`);
}
const statusSpec = {
    name: 'status',
    title: 'SageMaker model versions',
    outputs: STATUS_OUTPUTS,
    read: (read, common) => readStatus(read, common),
    execute,
    commentChannel: 'status'
};
function run(deps = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultDeps */ .m)()) {
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runCommand */ .d)(statusSpec, deps);
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

/***/ 86125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ liveKind),
/* harmony export */   LF: () => (/* binding */ checkKindChange),
/* harmony export */   QS: () => (/* binding */ kindInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

function liveKind(ep) {
    const variants = ep.ProductionVariants ?? [];
    if (variants.some((v) => v.CurrentServerlessConfig ?? v.DesiredServerlessConfig))
        return 'serverless';
    return ep.AsyncInferenceConfig ? 'async' : 'real-time';
}
/** Refuses an update that would change the endpoint's kind where SageMaker does not allow it; returns a note otherwise. */
function checkKindChange(endpointName, wanted, ep) {
    const live = liveKind(ep);
    if (live === wanted)
        return undefined;
    const aLive = `${live === 'async' ? 'an' : 'a'} ${live}`;
    const newName = 'deploy to a new endpoint name (and delete the old endpoint when traffic has moved)';
    if (wanted === 'serverless') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Endpoint ${endpointName} is ${aLive} endpoint on instances; SageMaker does not convert an instance-based endpoint to serverless in place. Keep endpoint-type: ${live}, or ${newName}.`);
    }
    if (live === 'serverless' && wanted === 'real-time') {
        return `Endpoint ${endpointName} is serverless and becomes a real-time endpoint on instances: SageMaker allows this one way only (it cannot be made serverless again).`;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Endpoint ${endpointName} is ${aLive} endpoint; changing it to ${wanted} in place is not documented by SageMaker, so it is not attempted. Keep endpoint-type: ${live}, or ${newName}.`);
}
/**
 * The endpoint-type inputs that describe a live endpoint config (rollback takes them when the workflow leaves them
 * empty, as it takes the instance type): the serverless sizes, or the async output settings.
 */
function kindInputs(config) {
    const s = config.ProductionVariants?.[0]?.ServerlessConfig;
    if (s) {
        const out = { 'endpoint-type': 'serverless', 'serverless-memory-mb': String(s.MemorySizeInMB), 'serverless-max-concurrency': String(s.MaxConcurrency) };
        if (s.ProvisionedConcurrency)
            out['serverless-provisioned-concurrency'] = String(s.ProvisionedConcurrency);
        return out;
    }
    const a = config.AsyncInferenceConfig;
    if (!a)
        return {};
    const entries = [
        ['endpoint-type', 'async'],
        ['async-output-s3-uri', a.OutputConfig?.S3OutputPath],
        ['async-failure-s3-uri', a.OutputConfig?.S3FailurePath],
        ['async-max-concurrent-invocations', a.ClientConfig?.MaxConcurrentInvocationsPerInstance],
        ['async-success-topic', a.OutputConfig?.NotificationConfig?.SuccessTopic],
        ['async-error-topic', a.OutputConfig?.NotificationConfig?.ErrorTopic]
    ];
    return Object.fromEntries(entries.filter((e) => e[1] !== undefined).map(([k, v]) => [k, String(v)]));
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

//# sourceMappingURL=8190.index.js.map