export const id = 8575;
export const ids = [8575];
export const modules = {

/***/ 88575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PRUNE_OUTPUTS: () => (/* binding */ PRUNE_OUTPUTS),
  blindSpot: () => (/* binding */ blindSpot),
  decide: () => (/* binding */ decide),
  pruneSpec: () => (/* binding */ pruneSpec),
  pruneSummary: () => (/* binding */ pruneSummary),
  readPrune: () => (/* binding */ readPrune),
  run: () => (/* binding */ prune_run)
});

// EXTERNAL MODULE: ./src/aws/errors.ts + 1 modules
var errors = __webpack_require__(81919);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs/readers.ts
var readers = __webpack_require__(18961);
// EXTERNAL MODULE: ./src/log.ts + 17 modules
var log = __webpack_require__(49301);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/commands/inputs.ts
var inputs = __webpack_require__(67521);
// EXTERNAL MODULE: ./src/commands/run.ts + 3 modules
var run = __webpack_require__(68654);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
// EXTERNAL MODULE: ./src/deploy/experiments.ts
var experiments = __webpack_require__(15907);
// EXTERNAL MODULE: ./src/commands/model-use.ts
var model_use = __webpack_require__(89741);
// EXTERNAL MODULE: ./src/commands/serving.ts
var serving = __webpack_require__(23462);
;// CONCATENATED MODULE: ./src/commands/in-use.ts




async function configNames(sm) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    const all = await (0,model_use/* listAll */._w)('sagemaker:ListEndpointConfigs', async (token) => {
        const page = await sm.send(new c.ListEndpointConfigsCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) }));
        return { items: page.EndpointConfigs, next: page.NextToken };
    });
    return all.map((e) => e.EndpointConfigName).filter((n) => !!n);
}
/**
 * Endpoints first, configurations last, so a config created while this runs is still seen. A config whose model
 * no longer exists cannot be deployed again, so the versions of its other models are all it keeps.
 */
async function inUseView(sm) {
    const reader = new model_use/* UseReader */.tF(sm);
    const view = await (0,serving/* servingView */.O)(sm, { components: true, reader });
    const configs = new Map();
    let configCount = 0;
    for (const name of await configNames(sm)) {
        const use = await reader.config(name);
        if (!use)
            continue; // deleted since it was listed
        configCount++;
        for (const version of use.versions)
            configs.set(version, [...(configs.get(version) ?? []), name]);
    }
    // A shadow test's models are in no config of ours, and the endpoint shows its shadow variant only once it runs.
    for (const x of await (0,experiments/* runningExperiments */.OQ)(sm)) {
        const label = `${x.endpoint} (inference experiment ${x.name})`;
        for (const model of x.models) {
            const versions = await reader.model(model);
            if (!versions && !view.unresolved.includes(label))
                view.unresolved.push(label);
            for (const version of versions ?? [])
                view.serving.set(version, [...(view.serving.get(version) ?? []).filter((e) => e !== label), label]);
        }
    }
    return { ...view, configs, configCount };
}

// EXTERNAL MODULE: ./src/commands/versions.ts
var commands_versions = __webpack_require__(81573);
;// CONCATENATED MODULE: ./src/commands/prune.ts










const PRUNE_OUTPUTS = ['deleted', 'kept', 'comment-url'];
/** Versions read at most: a group larger than this is pruned in several runs (the oldest are never seen first). */
const MAX_VERSIONS = 10_000;
function readPrune(read, common) {
    const config = {
        group: (0,inputs/* readGroupInput */.Wq)(read, common.region, true),
        keepLatest: (0,readers/* integer */.nd)(read, 'keep-latest', 10, 0, 10_000),
        keepDays: (0,readers/* integer */.nd)(read, 'keep-days', 30, 0, 36_500),
        keepApproved: (0,readers/* bool */.lc)(read, 'keep-approved', true),
        allowSharedGroup: (0,readers/* bool */.lc)(read, 'allow-shared-group', false)
    };
    // A dry run deletes nothing, so it may show what a run with the opt-in would delete.
    if (config.group.arn && !config.allowSharedGroup && !common.dryRun) {
        throw new src_errors/* InputError */.dz('model-package-group', config.group.arn, 'is a group ARN: other accounts may deploy its versions, and their endpoints cannot be seen from this account; set allow-shared-group: true to prune it anyway (a dry run shows what would go)');
    }
    return config;
}
/** What this run cannot see, for the summary; empty for a group of this account given by name. */
function blindSpot(c) {
    if (!c.group.arn)
        return '';
    const account = c.group.accountId ? ` (account ${c.group.accountId})` : '';
    // Without the opt-in only a dry run gets this far (readPrune).
    const optIn = c.allowSharedGroup ? 'allow-shared-group is true' : 'a real run needs allow-shared-group: true';
    return `⚠️ The group is given by ARN${account}: endpoints and endpoint configurations of other accounts that deploy its versions cannot be seen from this account, so a version they use can be deleted (${optIn}).`;
}
/** Pure: what stays and why, for versions listed newest first. */
function decide(versions, c, view, nowMs) {
    const cutoff = nowMs - c.keepDays * 86_400_000;
    return versions.map((v, i) => {
        const arn = v.ModelPackageArn ?? '';
        const d = { arn, version: v.ModelPackageVersion ?? 0 };
        if (view.serving.has(arn))
            d.keep = `serving on ${view.serving.get(arn).join(', ')}`;
        else if (view.ledger.has(arn))
            d.keep = 'rollback target in a deployment ledger';
        else if (view.configs?.has(arn))
            d.keep = `named by endpoint configuration ${view.configs.get(arn).join(', ')}, which a rollback can deploy again`;
        else if (v.ModelPackageStatus !== 'Completed' && v.ModelPackageStatus !== 'Failed')
            d.keep = `still ${v.ModelPackageStatus ?? 'unknown'}`;
        else if (i < c.keepLatest)
            d.keep = `among the newest ${c.keepLatest}`;
        else if ((v.CreationTime?.getTime() ?? nowMs) > cutoff)
            d.keep = `younger than ${c.keepDays} days`;
        else if (c.keepApproved && v.ModelApprovalStatus === 'Approved')
            d.keep = 'approved';
        return d;
    });
}
async function remove(sm, arns) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    const deleted = [];
    for (const arn of arns) {
        try {
            await (0,errors/* send */.tN)('sagemaker:DeleteModelPackage', () => sm.send(new c.DeleteModelPackageCommand({ ModelPackageName: arn })));
            deleted.push(arn);
        }
        catch (err) {
            log.warning(`Could not delete ${arn}: ${err.message}`);
        }
    }
    return deleted;
}
function pruneSummary(group, decisions, deleted, dryRun, notes = []) {
    const kept = decisions.filter((d) => d.keep);
    const verb = dryRun ? 'Would delete' : 'Deleted';
    const lines = [`### SageMaker model retention for ${(0,markdown/* code */.aY)(group)}${dryRun ? ': 📝 dry run, nothing was deleted' : ''}`, ''];
    lines.push(`${verb} ${deleted.length} version(s); kept ${kept.length}.`, '');
    // The notes are the action's own words (an account id from a checked ARN at most).
    for (const n of notes.filter(Boolean))
        lines.push(n, '');
    if (deleted.length)
        lines.push(`<details><summary>${verb} (${deleted.length})</summary>`, '', ...deleted.map((a) => `- ${(0,markdown/* code */.aY)(a)}`), '', '</details>', '');
    if (kept.length) {
        lines.push('| Kept version | Why |', '|---|---|');
        for (const d of kept.slice(0, 100))
            lines.push(`| ${d.version} | ${(0,markdown/* escapeMarkdown */.FV)(d.keep)} |`);
        if (kept.length > 100)
            lines.push(`| … | ${kept.length - 100} more |`);
    }
    return `${lines.join('\n')}\n`;
}
/** What uses the versions; a failure to read any of it (other than a resource just deleted) stops the run. */
async function readUse(sm) {
    const view = await inUseView(sm).catch((err) => {
        if (!(err instanceof src_errors/* ActionError */.lZ))
            throw err;
        throw new src_errors/* ActionError */.lZ(`Not pruning: what uses the versions could not be read, so a version in use could be deleted. Nothing was deleted. ${err.message}`);
    });
    if (view.unresolved.length) {
        throw new src_errors/* ActionError */.lZ(`Not pruning: what endpoints ${view.unresolved.join(', ')} serve could not be read, so a served version could be deleted. Nothing was deleted.`);
    }
    return view;
}
async function execute(s, c, io) {
    s.group = c.group.name;
    const sm = await io.clients.sagemaker();
    const view = await readUse(sm);
    const versions = await (0,commands_versions/* listVersions */.yO)(sm, c.group, MAX_VERSIONS);
    // A runner clock behind the service's must not make the newest versions look old: never earlier than the newest.
    const now = Math.max(Date.now(), ...versions.map((v) => v.CreationTime?.getTime() ?? 0));
    const decisions = decide(versions, c, view, now);
    const doomed = decisions.filter((d) => !d.keep).map((d) => d.arn);
    const seen = `${view.endpoints} endpoint(s), ${view.components} inference component(s) and ${view.configCount} endpoint configuration(s)`;
    log.info(`${versions.length} version(s) of ${c.group.name}; checked ${seen} in the Region; ${doomed.length} to delete.`);
    const dryRun = s.common.dryRun;
    const deleted = dryRun ? doomed : await remove(sm, doomed);
    if (dryRun)
        for (const arn of doomed)
            log.info(`Dry run: would delete ${arn}`);
    s.outputs.deleted = JSON.stringify(deleted);
    s.outputs.kept = JSON.stringify(decisions.filter((d) => d.keep).map((d) => d.arn));
    s.markdown = pruneSummary(c.group.name, decisions, deleted, dryRun, [`Versions in use were looked up in ${seen} of this account in this Region.`, blindSpot(c)]);
    if (deleted.length < doomed.length)
        throw new src_errors/* ActionError */.lZ(`Deleted ${deleted.length} of ${doomed.length} versions; see the warnings for the others.`);
}
const pruneSpec = {
    name: 'prune',
    title: 'SageMaker model retention',
    outputs: PRUNE_OUTPUTS,
    read: (read, common) => readPrune(read, common),
    execute,
    commentChannel: 'prune'
};
function prune_run(deps = (0,run/* defaultDeps */.m)()) {
    return (0,run/* runCommand */.d)(pruneSpec, deps);
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

//# sourceMappingURL=8575.index.js.map