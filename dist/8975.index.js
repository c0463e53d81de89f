export const id = 8975;
export const ids = [8975];
export const modules = {

/***/ 51356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ROLLBACK_OUTPUTS: () => (/* binding */ ROLLBACK_OUTPUTS),
/* harmony export */   provenServed: () => (/* binding */ provenServed),
/* harmony export */   readRollback: () => (/* binding */ readRollback),
/* harmony export */   rollbackSpec: () => (/* binding */ rollbackSpec),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(26145);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81919);
/* harmony import */ var _deploy_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38150);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86125);
/* harmony import */ var _deploy_ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35874);
/* harmony import */ var _deploy_live_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43457);
/* harmony import */ var _deploy_rollback_target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57841);
/* harmony import */ var _inputs_registry_role_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75775);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83916);
/* harmony import */ var _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(31677);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49301);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6871);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(67521);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8938);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(68654);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(15857);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4700);

















const ROLLBACK_OUTPUTS = ['model-package-arn', 'from-model-package-arn', ..._deploy_js__WEBPACK_IMPORTED_MODULE_10__/* .DEPLOY_OUTPUTS */ .bE, 'comment-url'];
function readRollback(read, common) {
    const endpointName = read('endpoint-name');
    if (!endpointName)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('endpoint-name', '', 'is required: the endpoint to roll back');
    if (!_inputs_constraints_js__WEBPACK_IMPORTED_MODULE_8__/* .ENTITY_NAME */ .sB.test(endpointName))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('endpoint-name', endpointName, 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
    const to = read('to');
    const config = { endpointName, read };
    const registryRole = (0,_inputs_registry_role_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegistryRoleArn */ .jp)(read);
    if (registryRole)
        config.registryRole = registryRole;
    if (/^\d+$/.test(to)) {
        if (!/^[1-9]\d{0,8}$/.test(to))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('to', to, 'must be a version number (1, 2, …) or a version ARN');
        config.to = Number(to);
    }
    else if (to) {
        config.to = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .readVersionArn */ .EG)(read, 'to', common.region);
    }
    return config;
}
/**
 * Deploy inputs the workflow left empty take the live endpoint's values, so a rollback needs only the endpoint; the
 * endpoint's kind and its settings too, unless the workflow names another kind.
 */
async function liveDefaults(sm, ep, read) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_15__/* .sagemakerSdk */ .nP)();
    const config = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: ep.EndpointConfigName })));
    const variant = config.ProductionVariants?.[0];
    const kind = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .kindInputs */ .QS)(config);
    // endpoint-name is not among them: it is a required input.
    const out = { ...(!read('endpoint-type') || read('endpoint-type') === kind['endpoint-type'] ? kind : {}) };
    // A serverless target takes no instance settings: the deploy then says whether the live endpoint can become one.
    const instances = (read('endpoint-type') || out['endpoint-type']) !== 'serverless';
    if (instances && variant?.InstanceType)
        out['instance-type'] = variant.InstanceType;
    if (instances && variant?.InitialInstanceCount)
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
        const model = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeModel', () => sm.send(new c.DescribeModelCommand({ ModelName: variant.ModelName })));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ActionError */ .lZ(`Endpoint ${name} has no live endpoint config: there is nothing to roll back from.`);
    const config = await (0,_deploy_live_js__WEBPACK_IMPORTED_MODULE_4__.readConfig)(sm, ep.EndpointConfigName);
    const versions = await (0,_deploy_live_js__WEBPACK_IMPORTED_MODULE_4__.servedVersions)(sm, config);
    if (versions.length !== 1) {
        const what = versions.length ? `${versions.length} versions` : 'no model package version this action can verify';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ActionError */ .lZ(`Endpoint ${name} serves ${what} on its live config ${config.name}; a rollback starts from the one version it serves.`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ActionError */ .lZ(`Endpoint ${c.endpointName} has no earlier version in its deployment ledger (tag ${_deploy_ledger_js__WEBPACK_IMPORTED_MODULE_3__.PREVIOUS_TAG}); name one with to.`);
    // After a rollback, "previous" is the version just rolled back from: going there again is not a rollback.
    if (rolledBack) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ActionError */ .lZ(`Endpoint ${c.endpointName} was last changed by a rollback (from v${(0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_16__/* .versionFromArn */ .Yu)(previous)}); a second rollback goes further back only when you name the version with to.`);
    }
    const stale = (0,_deploy_rollback_target_js__WEBPACK_IMPORTED_MODULE_5__/* .ledgerRule */ .mx)(current, ledger.current);
    if (stale)
        throw (0,_deploy_rollback_target_js__WEBPACK_IMPORTED_MODULE_5__/* .refusal */ .x5)(c.endpointName, 'ledger', previous, stale);
    return { source: 'ledger', value: previous };
}
/** The target, described, once it passed every check; a refusal (before any write) otherwise. */
async function chooseTarget(sm, c, ep, live, ledger) {
    const { source, value } = candidate(c, live.current, ledger);
    const refuse = (rule) => (0,_deploy_rollback_target_js__WEBPACK_IMPORTED_MODULE_5__/* .refusal */ .x5)(c.endpointName, source, value, rule);
    const wrongArn = (0,_deploy_rollback_target_js__WEBPACK_IMPORTED_MODULE_5__/* .arnRule */ .yn)(ep.EndpointArn, live.current, value);
    if (wrongArn)
        throw refuse(wrongArn);
    const pkg = await (0,_deploy_live_js__WEBPACK_IMPORTED_MODULE_4__.describePackage)(sm, value).catch((err) => {
        _log_js__WEBPACK_IMPORTED_MODULE_9__.info(`DescribeModelPackage of the rollback target failed: ${err.message}`);
        throw refuse('could not be described (DescribeModelPackage failed; the reason is in the job log)');
    });
    const wrongVersion = (0,_deploy_rollback_target_js__WEBPACK_IMPORTED_MODULE_5__/* .versionRule */ .Ju)(value, pkg);
    if (wrongVersion)
        throw refuse(wrongVersion);
    if (source === 'ledger' && !(await provenServed(sm, c.endpointName, ep, live.config, pkg)))
        throw refuse(_deploy_rollback_target_js__WEBPACK_IMPORTED_MODULE_5__/* .NOT_PROVEN */ .$M);
    return pkg;
}
/** The version's deployment record, else an earlier config of this endpoint that still exists and serves it. */
async function provenServed(sm, name, ep, live, pkg) {
    const evidence = { endpointName: name, configs: [], ...(ep.CreationTime ? { endpointCreated: ep.CreationTime } : {}), ...(live.created ? { liveCreated: live.created } : {}) };
    if ((0,_deploy_rollback_target_js__WEBPACK_IMPORTED_MODULE_5__/* .metadataProves */ .X6)(pkg, evidence))
        return true;
    const before = live.created?.getTime();
    if (before === undefined)
        return false;
    for (const config of await (0,_deploy_live_js__WEBPACK_IMPORTED_MODULE_4__.configsOf)(sm, name)) {
        if (config.name === live.name || !config.created || config.created.getTime() >= before)
            continue;
        const read = await (0,_deploy_live_js__WEBPACK_IMPORTED_MODULE_4__.readConfig)(sm, config.name).catch(() => undefined);
        if (read)
            evidence.configs.push(read);
        if ((0,_deploy_rollback_target_js__WEBPACK_IMPORTED_MODULE_5__/* .configProves */ .K)(pkg, evidence))
            return true;
    }
    return false;
}
async function execute(s, c, io) {
    const sm = await io.clients.sagemaker();
    const ep = await (0,_deploy_endpoint_js__WEBPACK_IMPORTED_MODULE_1__.findEndpoint)(sm, c.endpointName);
    if (!ep?.EndpointArn)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ActionError */ .lZ(`Endpoint ${c.endpointName} does not exist: there is nothing to roll back.`);
    const live = await liveVersion(sm, ep, c.endpointName);
    const pkg = await chooseTarget(sm, c, ep, live, await (0,_deploy_ledger_js__WEBPACK_IMPORTED_MODULE_3__.readLedger)(sm, ep.EndpointArn));
    const { current } = live;
    const target = pkg.ModelPackageArn;
    const defaults = await liveDefaults(sm, ep, c.read);
    // The stage the version rolled back from holds on this endpoint moves to the target (an explicit `stage` wins).
    const fromStage = (0,_stage_js__WEBPACK_IMPORTED_MODULE_14__/* .stageOn */ .Up)(await (0,_deploy_live_js__WEBPACK_IMPORTED_MODULE_4__.describePackage)(sm, current).catch(() => undefined), c.endpointName);
    if (fromStage)
        defaults.stage = fromStage;
    const read = (0,_deploy_js__WEBPACK_IMPORTED_MODULE_10__/* .readDeploy */ .qx)((name) => c.read(name) || (defaults[name] ?? ''), s.common);
    const deploy = c.registryRole ? { ...read, registryRoleArn: c.registryRole } : read;
    // Before any write: the role is the served version's account's, and it can be assumed.
    const registry = c.registryRole ? await registryFor(io, c.registryRole, current) : sm;
    // The budget follows the policy, as in the top-level action (unless wait-timeout is set).
    if (!c.read('wait-timeout'))
        io.deadline = io.clock.now() + s.common.waitTimeoutSeconds * 1000;
    const from = `v${(0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_16__/* .versionFromArn */ .Yu)(current)}`;
    const headline = `Rolled back ${c.endpointName} from ${from} to v${pkg.ModelPackageVersion ?? (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_16__/* .versionFromArn */ .Yu)(target)}`;
    s.report = { ...(0,_report_js__WEBPACK_IMPORTED_MODULE_12__/* .versionReport */ .v)(pkg, s.ctx, { dryRun: s.common.dryRun, region: await io.clients.region(), title: 'SageMaker rollback' }), headline };
    Object.assign(s.outputs, { 'model-package-arn': target, 'from-model-package-arn': current });
    _log_js__WEBPACK_IMPORTED_MODULE_9__.info(`${headline} (${current} → ${target}).`);
    await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_10__/* .deployTo */ .fw)(s, io, deploy, target);
    if (s.deployment?.status === 'succeeded') {
        await (0,_deploy_ledger_js__WEBPACK_IMPORTED_MODULE_3__.markRollback)(sm, ep.EndpointArn).catch((err) => _log_js__WEBPACK_IMPORTED_MODULE_9__.warning(`Could not mark the rollback in the ledger: ${err.message}`));
        const to = `v${pkg.ModelPackageVersion ?? (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_16__/* .versionFromArn */ .Yu)(target)}`;
        if (fromStage)
            await (0,_stage_js__WEBPACK_IMPORTED_MODULE_14__/* .markRolledBack */ .du)(registry, { arn: current, stage: fromStage }, c.endpointName, to).catch((err) => _log_js__WEBPACK_IMPORTED_MODULE_9__.warning(`Could not mark ${from} as rolled back from stage ${fromStage}: ${err.message}`));
    }
    if (s.deployment?.status === 'planned')
        s.report.headline = `Dry run: would roll back ${c.endpointName} from ${from} to v${pkg.ModelPackageVersion}`;
}
/** The registry client of a rollback with registry-role-arn, whose account must own the version the endpoint serves. */
async function registryFor(io, role, current) {
    (0,_inputs_registry_role_js__WEBPACK_IMPORTED_MODULE_6__/* .checkRegistryRole */ .kr)(role, (0,_deploy_rollback_target_js__WEBPACK_IMPORTED_MODULE_5__/* .versionParts */ .VJ)(current)?.account, 'the version the endpoint serves');
    return io.clients.registry(role);
}
const rollbackSpec = {
    name: 'rollback',
    title: 'SageMaker rollback',
    outputs: ROLLBACK_OUTPUTS,
    read: (read, common) => readRollback(read, common),
    execute
};
function run(deps = (0,_run_js__WEBPACK_IMPORTED_MODULE_13__/* .defaultDeps */ .m)()) {
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_13__/* .runCommand */ .d)(rollbackSpec, deps);
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


/***/ })

};

//# sourceMappingURL=8975.index.js.map