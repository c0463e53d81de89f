export const id = 495;
export const ids = [495,874];
export const modules = {

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

/***/ 58495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROLLBACK_OUTPUTS: () => (/* binding */ ROLLBACK_OUTPUTS),
  readRollback: () => (/* binding */ readRollback),
  rollbackSpec: () => (/* binding */ rollbackSpec),
  run: () => (/* binding */ rollback_run)
});

// EXTERNAL MODULE: ./src/aws/arns.ts
var arns = __webpack_require__(26145);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(99378);
// EXTERNAL MODULE: ./src/deploy/endpoint.ts
var endpoint = __webpack_require__(38150);
// EXTERNAL MODULE: ./src/deploy/ledger.ts
var deploy_ledger = __webpack_require__(35874);
// EXTERNAL MODULE: ./src/deploy/live.ts
var deploy_live = __webpack_require__(43457);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs/constraints.ts
var constraints = __webpack_require__(31677);
// EXTERNAL MODULE: ./src/deploy/serves.ts
var serves = __webpack_require__(72691);
;// CONCATENATED MODULE: ./src/deploy/rollback-target.ts





/** The clocks of the runner (which writes the version's deployment metadata) and of SageMaker may differ this much. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
function versionParts(arn) {
    const m = constraints/* VERSION_ARN */.g2.exec(arn);
    if (!m)
        return undefined;
    return { partition: m[1], region: m[2], account: m[3], group: m[4], version: Number(m[6]) };
}
/** The refusal: one line naming the input or tag, its value (quoted, bounded) and the rule it broke. */
function refusal(endpoint, source, value, rule) {
    if (source === 'to')
        return new src_errors/* InputError */.dz('to', value, rule);
    return new src_errors/* ActionError */.lZ(`Endpoint ${endpoint}: tag ${deploy_ledger.PREVIOUS_TAG} ${(0,src_errors/* quote */.hD)(value, 200)} ${rule}; not rolling back to it. Name the version to roll back to with to.`);
}
/**
 * The first rule the candidate's ARN breaks (undefined: none), before anything is asked about it: a version ARN,
 * the endpoint's partition and Region, the account and group of the version the endpoint serves, and older than it.
 */
function arnRule(endpointArn, current, target) {
    const t = versionParts(target);
    if (!t)
        return 'is not a model package version ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>)';
    const cur = versionParts(current);
    if (!cur)
        return `cannot be compared with what the endpoint serves, ${(0,src_errors/* quote */.hD)(current, 200)}, which is not a model package version`;
    const ep = (0,arns/* parseArn */.Lw)(endpointArn);
    if (!ep || t.partition !== ep.partition || t.region !== ep.region)
        return `is in Region ${t.region} (${t.partition}), but the endpoint is in ${ep?.region ?? 'an unknown Region'} (${ep?.partition ?? '?'})`;
    if (t.account !== cur.account)
        return `is in account ${t.account}, but the version the endpoint serves, v${cur.version} of ${cur.group}, is in account ${cur.account}`;
    if (t.group !== cur.group)
        return `is a version of group ${t.group}, but the endpoint serves v${cur.version} of group ${cur.group}: a rollback stays in the group`;
    if (t.version === cur.version)
        return `is v${t.version}, the version the endpoint already serves: nothing to roll back`;
    if (t.version > cur.version)
        return `is v${t.version}, newer than v${cur.version}, the version the endpoint serves: a rollback goes to an older version`;
    return undefined;
}
/** The first rule the candidate breaks once described (undefined: none). */
function versionRule(target, pkg) {
    if (pkg.ModelPackageArn !== target)
        return 'is not the version DescribeModelPackage describes for it';
    if (pkg.ModelPackageStatus !== 'Completed')
        return `is ${pkg.ModelPackageStatus ?? 'of unknown status'}: only a Completed version can be rolled back to`;
    if (pkg.ModelApprovalStatus !== 'Approved')
        return `is ${pkg.ModelApprovalStatus ?? 'PendingManualApproval'}: a rollback goes only to an Approved version`;
    return undefined;
}
/** The ledger's view must be the live one: a tag naming another current version makes its "previous" meaningless. */
function ledgerRule(current, ledgerCurrent) {
    if (ledgerCurrent === current)
        return undefined;
    return `cannot be trusted: the ledger's ${deploy_ledger.CURRENT_TAG} ${(0,src_errors/* quote */.hD)(ledgerCurrent ?? '', 200)} is not the version the endpoint serves (${current})`;
}
/** The version's own record of a deployment to this endpoint (follow-up.ts writes `endpoint.<name>: deployed <time>`). */
function metadataProves(pkg, e) {
    const value = pkg.CustomerMetadataProperties?.[`endpoint.${e.endpointName}`.slice(0, 128)] ?? '';
    const m = /^deployed (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)$/.exec(value);
    if (!m)
        return false;
    const at = Date.parse(m[1]);
    return !Number.isNaN(at) && (!e.endpointCreated || at >= e.endpointCreated.getTime() - CLOCK_SKEW_MS);
}
/** A config of this endpoint, made before the live one, every variant of which serves the version. */
function configProves(pkg, e) {
    if (!e.liveCreated)
        return false;
    return e.configs.some((c) => !!c.created && c.created.getTime() < e.liveCreated.getTime() && (0,serves/* configServes */.TW)(c, pkg));
}
function servedBefore(pkg, e) {
    return configProves(pkg, e) || metadataProves(pkg, e);
}
const NOT_PROVEN = 'names a version this action cannot prove served the endpoint before (no earlier endpoint config of it names that version, and the version records no deployment to it)';

// EXTERNAL MODULE: ./src/log.ts + 17 modules
var log = __webpack_require__(49301);
// EXTERNAL MODULE: ./src/commands/deploy.ts
var commands_deploy = __webpack_require__(93839);
// EXTERNAL MODULE: ./src/commands/inputs.ts
var inputs = __webpack_require__(67521);
// EXTERNAL MODULE: ./src/commands/report.ts
var report = __webpack_require__(8938);
// EXTERNAL MODULE: ./src/commands/run.ts + 1 modules
var run = __webpack_require__(3754);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
// EXTERNAL MODULE: ./src/commands/stage.ts
var stage = __webpack_require__(4700);
;// CONCATENATED MODULE: ./src/commands/rollback.ts















const ROLLBACK_OUTPUTS = ['model-package-arn', 'from-model-package-arn', ...commands_deploy/* DEPLOY_OUTPUTS */.bE, 'comment-url'];
function readRollback(read, common) {
    const endpointName = read('endpoint-name');
    if (!endpointName)
        throw new src_errors/* InputError */.dz('endpoint-name', '', 'is required: the endpoint to roll back');
    if (!constraints/* ENTITY_NAME */.sB.test(endpointName))
        throw new src_errors/* InputError */.dz('endpoint-name', endpointName, 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
    const to = read('to');
    const config = { endpointName, read };
    if (/^\d+$/.test(to)) {
        if (!/^[1-9]\d{0,8}$/.test(to))
            throw new src_errors/* InputError */.dz('to', to, 'must be a version number (1, 2, …) or a version ARN');
        config.to = Number(to);
    }
    else if (to) {
        config.to = (0,inputs/* readVersionArn */.EG)(read, 'to', common.region);
    }
    return config;
}
/** Deploy inputs the workflow left empty take the live endpoint's values, so a rollback needs only the endpoint. */
async function liveDefaults(sm, ep) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    const config = await (0,errors/* send */.tN)('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: ep.EndpointConfigName })));
    const variant = config.ProductionVariants?.[0];
    const out = { 'endpoint-name': ep.EndpointName ?? '' };
    if (variant?.InstanceType)
        out['instance-type'] = variant.InstanceType;
    if (variant?.InitialInstanceCount)
        out['instance-count'] = String(variant.InitialInstanceCount);
    if (variant?.VariantName)
        out['variant-name'] = variant.VariantName;
    if (config.KmsKeyId)
        out['kms-key-id'] = config.KmsKeyId;
    // Without this a rollback would quietly switch off the data capture the live config has.
    const capture = config.DataCaptureConfig;
    if (capture?.DestinationS3Uri && capture.EnableCapture !== false)
        out['data-capture'] = `${capture.DestinationS3Uri} ${capture.InitialSamplingPercentage}`;
    if (variant?.ModelName) {
        const model = await (0,errors/* send */.tN)('sagemaker:DescribeModel', () => sm.send(new c.DescribeModelCommand({ ModelName: variant.ModelName })));
        if (model.ExecutionRoleArn)
            out['execution-role-arn'] = model.ExecutionRoleArn;
        if (model.VpcConfig?.Subnets?.length)
            out['vpc-subnets'] = model.VpcConfig.Subnets.join(',');
        if (model.VpcConfig?.SecurityGroupIds?.length)
            out['vpc-security-groups'] = model.VpcConfig.SecurityGroupIds.join(',');
        if (model.EnableNetworkIsolation)
            out['network-isolation'] = 'true';
    }
    return out;
}
/** The one version the endpoint's live config serves, as SageMaker reports it (the ledger tag is not asked). */
async function liveVersion(sm, ep, name) {
    if (!ep.EndpointConfigName)
        throw new src_errors/* ActionError */.lZ(`Endpoint ${name} has no live endpoint config: there is nothing to roll back from.`);
    const config = await (0,deploy_live/* readConfig */.Xg)(sm, ep.EndpointConfigName);
    const versions = await (0,deploy_live/* servedVersions */.RI)(sm, config);
    if (versions.length !== 1) {
        const what = versions.length ? `${versions.length} versions` : 'no model package version this action can verify';
        throw new src_errors/* ActionError */.lZ(`Endpoint ${name} serves ${what} on its live config ${config.name}; a rollback starts from the one version it serves.`);
    }
    return { current: versions[0], config };
}
/** The candidate: `to`, else the ledger's previous version (a hint, checked like `to` and more). */
function candidate(c, current, ledger) {
    if (typeof c.to === 'string')
        return { source: 'to', value: c.to };
    if (typeof c.to === 'number')
        return { source: 'to', value: current.replace(/\/\d+$/, `/${c.to}`) };
    const { previous, rolledBack } = ledger;
    if (!previous)
        throw new src_errors/* ActionError */.lZ(`Endpoint ${c.endpointName} has no earlier version in its deployment ledger (tag ${deploy_ledger.PREVIOUS_TAG}); name one with to.`);
    // After a rollback, "previous" is the version just rolled back from: going there again is not a rollback.
    if (rolledBack) {
        throw new src_errors/* ActionError */.lZ(`Endpoint ${c.endpointName} was last changed by a rollback (from v${(0,arns/* versionFromArn */.Yu)(previous)}); a second rollback goes further back only when you name the version with to.`);
    }
    const stale = ledgerRule(current, ledger.current);
    if (stale)
        throw refusal(c.endpointName, 'ledger', previous, stale);
    return { source: 'ledger', value: previous };
}
/** The target, described, once it passed every check; a refusal (before any write) otherwise. */
async function chooseTarget(sm, c, ep, live, ledger) {
    const { source, value } = candidate(c, live.current, ledger);
    const refuse = (rule) => refusal(c.endpointName, source, value, rule);
    const wrongArn = arnRule(ep.EndpointArn, live.current, value);
    if (wrongArn)
        throw refuse(wrongArn);
    const pkg = await (0,deploy_live/* describePackage */.IH)(sm, value).catch((err) => {
        log.info(`DescribeModelPackage of the rollback target failed: ${err.message}`);
        throw refuse('could not be described (DescribeModelPackage failed; the reason is in the job log)');
    });
    const wrongVersion = versionRule(value, pkg);
    if (wrongVersion)
        throw refuse(wrongVersion);
    if (source === 'ledger' && !(await provenServed(sm, c.endpointName, ep, live.config, pkg)))
        throw refuse(NOT_PROVEN);
    return pkg;
}
/** The version's deployment record, else an earlier config of this endpoint that still exists and serves it. */
async function provenServed(sm, name, ep, live, pkg) {
    const evidence = { endpointName: name, configs: [], ...(ep.CreationTime ? { endpointCreated: ep.CreationTime } : {}), ...(live.created ? { liveCreated: live.created } : {}) };
    if (metadataProves(pkg, evidence))
        return true;
    const before = live.created?.getTime();
    if (before === undefined)
        return false;
    for (const config of await (0,deploy_live/* configsOf */.$d)(sm, name)) {
        if (config.name === live.name || !config.created || config.created.getTime() >= before)
            continue;
        const read = await (0,deploy_live/* readConfig */.Xg)(sm, config.name).catch(() => undefined);
        if (read)
            evidence.configs.push(read);
        if (configProves(pkg, evidence))
            return true;
    }
    return false;
}
async function execute(s, c, io) {
    const sm = await io.clients.sagemaker();
    const ep = await (0,endpoint/* findEndpoint */.vS)(sm, c.endpointName);
    if (!ep?.EndpointArn)
        throw new src_errors/* ActionError */.lZ(`Endpoint ${c.endpointName} does not exist: there is nothing to roll back.`);
    const live = await liveVersion(sm, ep, c.endpointName);
    const pkg = await chooseTarget(sm, c, ep, live, await (0,deploy_ledger.readLedger)(sm, ep.EndpointArn));
    const { current } = live;
    const target = pkg.ModelPackageArn;
    const defaults = await liveDefaults(sm, ep);
    // The stage the version rolled back from holds on this endpoint moves to the target (an explicit `stage` wins).
    const fromStage = (0,stage/* stageOn */.Up)(await (0,deploy_live/* describePackage */.IH)(sm, current).catch(() => undefined), c.endpointName);
    if (fromStage)
        defaults.stage = fromStage;
    const deploy = (0,commands_deploy/* readDeploy */.qx)((name) => c.read(name) || (defaults[name] ?? ''), s.common);
    // The budget follows the policy, as in the top-level action (unless wait-timeout is set).
    if (!c.read('wait-timeout'))
        io.deadline = io.clock.now() + s.common.waitTimeoutSeconds * 1000;
    const from = `v${(0,arns/* versionFromArn */.Yu)(current)}`;
    const headline = `Rolled back ${c.endpointName} from ${from} to v${pkg.ModelPackageVersion ?? (0,arns/* versionFromArn */.Yu)(target)}`;
    s.report = { ...(0,report/* versionReport */.v)(pkg, s.ctx, { dryRun: s.common.dryRun, region: await io.clients.region(), title: 'SageMaker rollback' }), headline };
    Object.assign(s.outputs, { 'model-package-arn': target, 'from-model-package-arn': current });
    log.info(`${headline} (${current} → ${target}).`);
    await (0,commands_deploy/* deployTo */.fw)(s, io, deploy, target);
    if (s.deployment?.status === 'succeeded') {
        await (0,deploy_ledger.markRollback)(sm, ep.EndpointArn).catch((err) => log.warning(`Could not mark the rollback in the ledger: ${err.message}`));
        const to = `v${pkg.ModelPackageVersion ?? (0,arns/* versionFromArn */.Yu)(target)}`;
        if (fromStage)
            await (0,stage/* markRolledBack */.du)(sm, { arn: current, stage: fromStage }, c.endpointName, to).catch((err) => log.warning(`Could not mark ${from} as rolled back from stage ${fromStage}: ${err.message}`));
    }
    if (s.deployment?.status === 'planned')
        s.report.headline = `Dry run: would roll back ${c.endpointName} from ${from} to v${pkg.ModelPackageVersion}`;
}
const rollbackSpec = {
    name: 'rollback',
    title: 'SageMaker rollback',
    outputs: ROLLBACK_OUTPUTS,
    read: (read, common) => readRollback(read, common),
    execute
};
function rollback_run(deps = (0,run/* defaultDeps */.m)()) {
    return (0,run/* runCommand */.d)(rollbackSpec, deps);
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
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
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

/***/ 38150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ tagsOf),
/* harmony export */   N2: () => (/* binding */ describeEndpoint),
/* harmony export */   tP: () => (/* binding */ cleanup),
/* harmony export */   vS: () => (/* binding */ findEndpoint)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5448);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15857);



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

/***/ 35874:
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
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38150);
/* harmony import */ var _live_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43457);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15857);




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
/**
 * The model package versions an endpoint config's models were created from (empty when none was), model tags
 * included unchecked: for showing and keeping what may serve, never for deciding what serves (see live.ts).
 */
async function versionsOfConfig(sm, configName) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
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
 * Called after a deploy went live: the endpoint's tags name the new version and the one it replaced. The one it
 * replaced is what the config that served before provably served (live.ts), not what the tags said: a tag naming
 * the new version (a re-run, or anyone who may tag the endpoint) must not hide it. When that config names no
 * version this action can confirm, the tags are the fallback; a re-deploy of the recorded version keeps the
 * previous entry as it is.
 */
async function recordDeployment(sm, o) {
    // An unreadable ledger loses only the rollback default, never the deployment's record of what is live.
    const before = await readLedger(sm, o.endpointArn).catch(() => ({}));
    const served = o.previousConfig ? await servedBy(sm, o.previousConfig) : [];
    let previous = served.find((v) => v !== o.versionArn);
    if (!previous && !served.length)
        previous = before.current !== o.versionArn ? before.current : before.previous;
    if (!previous && served.length)
        previous = before.previous;
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
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
/** The versions a config provably serves; none when it cannot be read. */
async function servedBy(sm, config) {
    try {
        return await (0,_live_js__WEBPACK_IMPORTED_MODULE_2__/* .servedVersions */ .RI)(sm, await (0,_live_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfig */ .Xg)(sm, config));
    }
    catch {
        return [];
    }
}
/** Marks the endpoint's last change as a rollback, so a second rollback without a target is refused. */
async function markRollback(sm, endpointArn) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
    await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:AddTags', () => sm.send(new c.AddTagsCommand({ ResourceArn: endpointArn, Tags: [{ Key: KIND_TAG, Value: 'rollback' }] })));
}


/***/ }),

/***/ 43457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ configsOf),
/* harmony export */   IH: () => (/* binding */ describePackage),
/* harmony export */   Km: () => (/* binding */ settledConfig),
/* harmony export */   RI: () => (/* binding */ servedVersions),
/* harmony export */   Xg: () => (/* binding */ readConfig)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15857);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38150);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5448);
/* harmony import */ var _serves_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72691);





/** The tag this action puts on every model it creates (plan.ts), naming the version it was made from. */
const MODEL_TAG = 'model-package-arn';
/** DescribeEndpointConfig and the model of each of its production variants. */
async function readConfig(sm, name) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__/* .sagemakerSdk */ .nP)();
    const config = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: name })));
    const out = { name, models: [] };
    if (config.CreationTime)
        out.created = config.CreationTime;
    for (const variant of config.ProductionVariants ?? []) {
        if (!variant.ModelName) {
            out.models.push({ name: '', containers: [] });
            continue;
        }
        const model = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeModel', () => sm.send(new c.DescribeModelCommand({ ModelName: variant.ModelName })));
        const live = { name: variant.ModelName, containers: [model.PrimaryContainer, ...(model.Containers ?? [])].filter((k) => !!k) };
        // Only a model built from an image needs its tag: it names the version to check the image against.
        if (live.containers.length === 1 && !live.containers[0].ModelPackageName && model.ModelArn) {
            const tag = (await (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .tagsOf */ .Fg)(sm, model.ModelArn))[MODEL_TAG];
            if (tag !== undefined)
                live.tag = tag;
        }
        out.models.push(live);
    }
    return out;
}
/** The live config of an endpoint that is InService with no update pending (undefined otherwise). */
function settledConfig(ep) {
    if (ep.EndpointStatus !== 'InService' || ep.PendingDeploymentSummary)
        return undefined;
    return ep.EndpointConfigName || undefined;
}
async function describePackage(sm, arn) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__/* .sagemakerSdk */ .nP)();
    return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeModelPackage', () => sm.send(new c.DescribeModelPackageCommand({ ModelPackageName: arn })));
}
/**
 * The versions a config provably serves: a ModelPackageName as SageMaker reports it, or the version a model's tag
 * names once its own container matches the model's image. A tag that cannot be confirmed names nothing.
 */
async function servedVersions(sm, config) {
    const out = new Set();
    for (const model of config.models) {
        const named = (0,_serves_js__WEBPACK_IMPORTED_MODULE_3__/* .namedVersion */ .e$)(model);
        if (!named)
            continue;
        if (model.containers[0].ModelPackageName) {
            out.add(named);
            continue;
        }
        const pkg = await describePackage(sm, named).catch(() => undefined);
        if (pkg && (0,_serves_js__WEBPACK_IMPORTED_MODULE_3__/* .modelServes */ .ck)(model, pkg))
            out.add(named);
    }
    return [...out];
}
/** This action's endpoint configs of `endpoint` (by name; a name cut to 63 characters also by its `endpoint` tag). */
async function configsOf(sm, endpoint) {
    const { ListEndpointConfigsCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__/* .sagemakerSdk */ .nP)();
    const out = [];
    let token;
    do {
        const page = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListEndpointConfigs', () => sm.send(new ListEndpointConfigsCommand({ NameContains: endpoint.slice(0, 40), MaxResults: 100, ...(token ? { NextToken: token } : {}) })));
        for (const c of page.EndpointConfigs ?? []) {
            if (c.EndpointConfigName && (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .isOurName */ .Yg)(endpoint, c.EndpointConfigName))
                out.push({ name: c.EndpointConfigName, ...(c.CreationTime ? { created: c.CreationTime } : {}) });
        }
        token = page.NextToken;
    } while (token);
    const mine = [];
    for (const c of out) {
        if (c.name.startsWith(`${endpoint}-v`))
            mine.push(c);
        else if (await cutNameIsOurs(sm, endpoint, c.name))
            mine.push(c);
    }
    return mine;
}
async function cutNameIsOurs(sm, endpoint, name) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__/* .sagemakerSdk */ .nP)();
    const config = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: name })));
    return !!config.EndpointConfigArn && (await (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .tagsOf */ .Fg)(sm, config.EndpointConfigArn)).endpoint === endpoint;
}


/***/ }),

/***/ 72691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TW: () => (/* binding */ configServes),
/* harmony export */   ck: () => (/* binding */ modelServes),
/* harmony export */   e$: () => (/* binding */ namedVersion)
/* harmony export */ });
/* unused harmony export sameImage */
/* harmony import */ var _inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97748);

/**
 * The same image: the very reference, or the same repository at the same digest (a version registered by tag
 * records the digest it resolved to in ImageDigest).
 */
function sameImage(served, image, digest) {
    if (served === image)
        return true;
    const a = (0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(served);
    const b = (0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(image);
    if (typeof a === 'string' || typeof b === 'string')
        return false;
    const wanted = b.digest ?? digest;
    return !!a.digest && a.digest === wanted && a.registry === b.registry && a.repository === b.repository;
}
/**
 * A model serves the version when its one container names the version's ARN (ModelPackageName, the association
 * SageMaker keeps), or, for a model built from an image (private registries, pending versions: no
 * ModelPackageName), when its image and model data are the version's own. A model tag naming another version
 * rules the model out; a tag alone never rules it in.
 */
function modelServes(model, pkg) {
    const arn = pkg.ModelPackageArn;
    if (!arn || model.containers.length !== 1)
        return false;
    const served = model.containers[0];
    if (served.ModelPackageName)
        return served.ModelPackageName === arn;
    if (model.tag !== undefined && model.tag !== arn)
        return false;
    const own = pkg.InferenceSpecification?.Containers?.[0];
    if (!own?.Image || !served.Image)
        return false;
    return sameImage(served.Image, own.Image, own.ImageDigest) && (served.ModelDataUrl ?? '') === (own.ModelDataUrl ?? '');
}
/** Every production variant of the config serves the version (and there is at least one). */
function configServes(config, pkg) {
    return config.models.length > 0 && config.models.every((m) => modelServes(m, pkg));
}
/** The version a model names: its ModelPackageName, else its tag (a hint to be checked with modelServes). */
function namedVersion(model) {
    if (model.containers.length !== 1)
        return undefined;
    return model.containers[0].ModelPackageName ?? model.tag;
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

//# sourceMappingURL=495.index.js.map