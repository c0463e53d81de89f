export const id = 495;
export const ids = [495,874];
export const modules = {

/***/ 93839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bE: () => (/* binding */ DEPLOY_OUTPUTS),
/* harmony export */   fw: () => (/* binding */ deployTo),
/* harmony export */   qx: () => (/* binding */ readDeploy)
/* harmony export */ });
/* harmony import */ var _inputs_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92207);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49301);


const DEPLOY_OUTPUTS = ['deployment-status', 'endpoint-arn', 'endpoint-config-name', 'model-name'];
/** The deploy inputs, when endpoint-name is set; the time budget grows with the policy as in the top-level action. */
function readDeploy(read, common) {
    const deploy = (0,_inputs_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .readDeployConfig */ .Q)(read, undefined);
    if (deploy && !read('wait-timeout'))
        common.waitTimeoutSeconds = Math.max(30 * 60, deploy.maxExecutionTimeoutSeconds + 15 * 60);
    return deploy;
}
async function deployTo(s, io, deploy, versionArn) {
    const { deployVersion } = await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(991)]).then(__webpack_require__.bind(__webpack_require__, 29991));
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
// EXTERNAL MODULE: ./src/commands/run.ts
var run = __webpack_require__(94331);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
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
    if (s.deployment?.status === 'succeeded')
        await (0,deploy_ledger.markRollback)(sm, ep.EndpointArn).catch((err) => log.warning(`Could not mark the rollback in the ledger: ${err.message}`));
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