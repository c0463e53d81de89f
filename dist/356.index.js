export const id = 356;
export const ids = [356,874];
export const modules = {

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ROLLBACK_OUTPUTS: () => (/* binding */ ROLLBACK_OUTPUTS),
/* harmony export */   readRollback: () => (/* binding */ readRollback),
/* harmony export */   rollbackSpec: () => (/* binding */ rollbackSpec),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6145);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _deploy_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8150);
/* harmony import */ var _deploy_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5874);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1677);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5828);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3839);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7521);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8938);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4331);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1573);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5857);













const ROLLBACK_OUTPUTS = ['model-package-arn', 'from-model-package-arn', ..._deploy_js__WEBPACK_IMPORTED_MODULE_6__/* .DEPLOY_OUTPUTS */ .bE, 'comment-url'];
function readRollback(read, common) {
    const endpointName = read('endpoint-name');
    if (!endpointName)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('endpoint-name', '', 'is required: the endpoint to roll back');
    if (!_inputs_constraints_js__WEBPACK_IMPORTED_MODULE_4__/* .ENTITY_NAME */ .sB.test(endpointName))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('endpoint-name', endpointName, 'must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit');
    const to = read('to');
    const config = { endpointName, read };
    if (/^\d+$/.test(to)) {
        if (!/^[1-9]\d{0,8}$/.test(to))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('to', to, 'must be a version number (1, 2, …) or a version ARN');
        config.to = Number(to);
    }
    else if (to) {
        config.to = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readVersionArn */ .EG)(read, 'to', common.region);
    }
    return config;
}
/** Deploy inputs the workflow left empty take the live endpoint's values, so a rollback needs only the endpoint. */
async function liveDefaults(sm, ep) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_11__/* .sagemakerSdk */ .nP)();
    const config = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: ep.EndpointConfigName })));
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
/** The version the endpoint serves now: the ledger, else the model of its live config. */
async function currentVersion(sm, ep) {
    const ledger = await (0,_deploy_ledger_js__WEBPACK_IMPORTED_MODULE_2__.readLedger)(sm, ep.EndpointArn);
    const live = ep.EndpointConfigName ? await (0,_deploy_ledger_js__WEBPACK_IMPORTED_MODULE_2__.versionsOfConfig)(sm, ep.EndpointConfigName) : [];
    // What the endpoint really runs wins over a tag (an update rolled back by SageMaker leaves the old config live).
    const current = live.length && ledger.current && !live.includes(ledger.current) ? live[0] : (ledger.current ?? live[0]);
    return { ...ledger, ...(current ? { current } : {}) };
}
function targetOf(c, { current, previous, rolledBack }) {
    if (typeof c.to === 'string')
        return c.to;
    if (typeof c.to === 'number') {
        if (!current)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`Endpoint ${c.endpointName} serves no model package version this action can see; give to as a version ARN.`);
        return current.replace(/\/\d+$/, `/${c.to}`);
    }
    if (!previous)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`Endpoint ${c.endpointName} has no earlier version in its deployment ledger (tag previous-model-package-arn); name one with to.`);
    // After a rollback, "previous" is the version just rolled back from: going there again is not a rollback.
    if (rolledBack) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`Endpoint ${c.endpointName} was last changed by a rollback (from v${(0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_12__/* .versionFromArn */ .Yu)(previous)}); a second rollback goes further back only when you name the version with to.`);
    }
    return previous;
}
async function execute(s, c, io) {
    const sm = await io.clients.sagemaker();
    const ep = await (0,_deploy_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .findEndpoint */ .vS)(sm, c.endpointName);
    if (!ep?.EndpointArn)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`Endpoint ${c.endpointName} does not exist: there is nothing to roll back.`);
    const ledger = await currentVersion(sm, ep);
    const { current } = ledger;
    const target = targetOf(c, ledger);
    if (target === current)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`Endpoint ${c.endpointName} already serves ${target}; nothing to roll back.`);
    const defaults = await liveDefaults(sm, ep);
    const deploy = (0,_deploy_js__WEBPACK_IMPORTED_MODULE_6__/* .readDeploy */ .qx)((name) => c.read(name) || (defaults[name] ?? ''), s.common);
    // The budget follows the policy, as in the top-level action (unless wait-timeout is set).
    if (!c.read('wait-timeout'))
        io.deadline = io.clock.now() + s.common.waitTimeoutSeconds * 1000;
    const pkg = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_10__/* .describe */ .q0)(sm, target);
    const from = current ? `v${(0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_12__/* .versionFromArn */ .Yu)(current)}` : 'an unknown version';
    const headline = `Rolled back ${c.endpointName} from ${from} to v${pkg.ModelPackageVersion ?? (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_12__/* .versionFromArn */ .Yu)(target)}${current && (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_12__/* .groupNameFromArn */ .sS)(current) !== pkg.ModelPackageGroupName ? ` of ${pkg.ModelPackageGroupName}` : ''}`;
    s.report = { ...(0,_report_js__WEBPACK_IMPORTED_MODULE_8__/* .versionReport */ .v)(pkg, s.ctx, { dryRun: s.common.dryRun, region: await io.clients.region(), title: 'SageMaker rollback' }), headline };
    Object.assign(s.outputs, { 'model-package-arn': pkg.ModelPackageArn ?? target, 'from-model-package-arn': current ?? '' });
    _log_js__WEBPACK_IMPORTED_MODULE_5__.info(`${headline} (${current ?? 'unknown'} → ${target}).`);
    await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_6__/* .deployTo */ .fw)(s, io, deploy, pkg.ModelPackageArn ?? target);
    if (s.deployment?.status === 'succeeded')
        await (0,_deploy_ledger_js__WEBPACK_IMPORTED_MODULE_2__.markRollback)(sm, ep.EndpointArn).catch((err) => _log_js__WEBPACK_IMPORTED_MODULE_5__.warning(`Could not mark the rollback in the ledger: ${err.message}`));
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
function run(deps = (0,_run_js__WEBPACK_IMPORTED_MODULE_9__/* .defaultDeps */ .m)()) {
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_9__/* .runCommand */ .d)(rollbackSpec, deps);
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


/***/ })

};

//# sourceMappingURL=356.index.js.map