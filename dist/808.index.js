export const id = 808;
export const ids = [808];
export const modules = {

/***/ 8150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pi: () => (/* binding */ commands),
/* harmony export */   Pz: () => (/* binding */ endpointTags),
/* harmony export */   describeEndpoint: () => (/* binding */ describeEndpoint),
/* harmony export */   tP: () => (/* binding */ cleanup),
/* harmony export */   vS: () => (/* binding */ findEndpoint)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5448);


let sdk;
const commands = () => (sdk ??= Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(459)]).then(__webpack_require__.t.bind(__webpack_require__, 4459, 19)));
/** DescribeEndpoint, or undefined when the endpoint does not exist. */
async function findEndpoint(sm, name) {
    const { DescribeEndpointCommand } = await commands();
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
    const { DescribeEndpointCommand } = await commands();
    return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeEndpoint', () => sm.send(new DescribeEndpointCommand({ EndpointName: name })));
}
async function endpointTags(sm, arn) {
    const { ListTagsCommand } = await commands();
    const out = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListTags', () => sm.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 100 })));
    return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key, t.Value ?? '']));
}
async function taggedFor(sm, endpoint, names) {
    const { DescribeEndpointConfigCommand } = await commands();
    const mine = [];
    for (const name of names) {
        const config = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DescribeEndpointConfig', () => sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name })));
        if (config.EndpointConfigArn && (await endpointTags(sm, config.EndpointConfigArn)).endpoint === endpoint)
            mine.push(name);
    }
    return mine;
}
/**
 * Deletes the endpoint configs and models this action made for the endpoint, except the ones to keep
 * (the live config and the previous one, which a rollback needs). Returns what was deleted.
 */
async function cleanup(sm, endpoint, keep, log) {
    const { ListEndpointConfigsCommand, DeleteEndpointConfigCommand, DeleteModelCommand } = await commands();
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
    for (const name of doomed) {
        try {
            await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DeleteEndpointConfig', () => sm.send(new DeleteEndpointConfigCommand({ EndpointConfigName: name })));
            // Models carry the same name as their config.
            await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DeleteModel', () => sm.send(new DeleteModelCommand({ ModelName: name }))).catch((err) => {
                if (!/Could not find|not found/i.test(err.message))
                    throw err;
            });
            log.info(`Deleted the old endpoint config and model ${name}`);
        }
        catch (err) {
            log.warning(`Could not delete ${name}: ${err.message}`);
        }
    }
    return doomed;
}


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yg: () => (/* binding */ isOurName),
/* harmony export */   bJ: () => (/* binding */ planDeploy)
/* harmony export */ });
/* unused harmony exports resourceName, trafficPolicy, deploymentConfig */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7748);
/* harmony import */ var _register_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9030);



const NAME_MAX = 63;
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
    return `all at once${bake}${end}`;
}
function deploymentConfig(d) {
    const routing = {
        Type: d.trafficRouting === 'canary' ? 'CANARY' : d.trafficRouting === 'linear' ? 'LINEAR' : 'ALL_AT_ONCE',
        // Required by the API even for ALL_AT_ONCE.
        WaitIntervalInSeconds: d.waitIntervalSeconds
    };
    if (d.trafficRouting === 'canary')
        routing.CanarySize = d.canarySize;
    if (d.trafficRouting === 'linear')
        routing.LinearStepSize = d.linearStepSize;
    const config = {
        BlueGreenUpdatePolicy: {
            TrafficRoutingConfiguration: routing,
            TerminationWaitInSeconds: d.terminationWaitSeconds,
            MaximumExecutionTimeoutInSeconds: d.maxExecutionTimeoutSeconds
        }
    };
    if (d.rollbackAlarms.length)
        config.AutoRollbackConfiguration = { Alarms: d.rollbackAlarms.map((AlarmName) => ({ AlarmName })) };
    return config;
}
function planDeploy({ deploy, ctx, pkg, providerArn, liveVariant }) {
    const versionArn = pkg.ModelPackageArn;
    const version = pkg.ModelPackageVersion ?? Number(/\/(\d+)$/.exec(versionArn)?.[1] ?? 0);
    const container = pkg.InferenceSpecification?.Containers?.[0];
    if (!container?.Image)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Model package ${versionArn} has no container image to deploy.`);
    const meta = pkg.CustomerMetadataProperties ?? {};
    const ref = (0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRef */ .Q)(container.Image);
    const privateRegistry = meta['repository-access-mode'] === 'Vpc' || (typeof ref !== 'string' && ref.kind !== 'ecr');
    const name = resourceName(deploy.endpointName, version, ctx.runId || 'local', ctx.runAttempt || '1', versionArn);
    const variantName = deploy.variantName ?? liveVariant ?? 'AllTraffic';
    const tags = [
        { Key: 'managed-by', Value: _register_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_NAME */ .px },
        { Key: 'endpoint', Value: deploy.endpointName },
        { Key: 'model-package-arn', Value: versionArn },
        { Key: 'git-commit', Value: (0,_register_plan_js__WEBPACK_IMPORTED_MODULE_2__.metadataValue)(ctx.sha || 'unknown') }
    ];
    const environment = { ...(container.Environment ?? {}), ...deploy.environment };
    const hasEnv = Object.keys(environment).length > 0;
    const vpc = deploy.vpcSubnets.length ? { Subnets: deploy.vpcSubnets, SecurityGroupIds: deploy.vpcSecurityGroups } : undefined;
    const createModel = { ModelName: name, ExecutionRoleArn: deploy.executionRoleArn, Tags: tags };
    if (privateRegistry) {
        if (!vpc) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Model package ${versionArn} uses an image outside ECR (${container.Image}): SageMaker pulls it through your VPC (RepositoryAccessMode Vpc), so set vpc-subnets and vpc-security-groups.`);
        }
        const provider = providerArn ?? meta['registry-credentials-provider-arn'];
        // A model package cannot carry ImageConfig, so the container is built from the version's own description;
        // the link back to the version lives in the tags.
        createModel.PrimaryContainer = {
            Image: container.Image,
            ImageConfig: { RepositoryAccessMode: 'Vpc', ...(provider ? { RepositoryAuthConfig: { RepositoryCredentialsProviderArn: provider } } : {}) },
            ...(container.ModelDataUrl ? { ModelDataUrl: container.ModelDataUrl } : {}),
            ...(hasEnv ? { Environment: environment } : {})
        };
    }
    else if (pkg.ModelApprovalStatus === 'Approved') {
        // SageMaker links the endpoint to the version in lineage only when the model references the package.
        createModel.Containers = [{ ModelPackageName: versionArn, ...(hasEnv ? { Environment: environment } : {}) }];
    }
    else {
        // A model can reference only Approved versions; a pending one (deploy-approval allowed it, e.g. for
        // staging) is deployed from its own description, linked to the version by the tags.
        createModel.PrimaryContainer = {
            Image: container.Image,
            ...(container.ModelDataUrl ? { ModelDataUrl: container.ModelDataUrl } : {}),
            ...(hasEnv ? { Environment: environment } : {})
        };
    }
    if (vpc)
        createModel.VpcConfig = vpc;
    if (deploy.networkIsolation)
        createModel.EnableNetworkIsolation = true;
    const createConfig = {
        EndpointConfigName: name,
        ProductionVariants: [
            {
                VariantName: variantName,
                ModelName: name,
                InitialInstanceCount: deploy.instanceCount,
                InstanceType: deploy.instanceType,
                InitialVariantWeight: 1
            }
        ],
        Tags: tags
    };
    if (deploy.kmsKeyId)
        createConfig.KmsKeyId = deploy.kmsKeyId;
    if (deploy.dataCapture) {
        createConfig.DataCaptureConfig = {
            EnableCapture: true,
            InitialSamplingPercentage: deploy.dataCapture.samplingPercent,
            DestinationS3Uri: deploy.dataCapture.destination,
            CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }]
        };
    }
    const plan = {
        endpointName: deploy.endpointName,
        modelName: name,
        configName: name,
        variantName,
        versionArn,
        privateRegistry,
        createModel,
        createConfig,
        deploymentConfig: deploymentConfig(deploy),
        policy: trafficPolicy(deploy)
    };
    const digest = container.ImageDigest ?? (typeof ref !== 'string' ? ref.digest : undefined);
    if (digest)
        plan.expectedDigest = digest;
    return plan;
}


/***/ }),

/***/ 5808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployVersion: () => (/* binding */ deployVersion)
});

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/report/console-links.ts
var console_links = __webpack_require__(3143);
// EXTERNAL MODULE: ./src/deploy/plan.ts
var deploy_plan = __webpack_require__(5448);
// EXTERNAL MODULE: ./src/deploy/endpoint.ts
var endpoint = __webpack_require__(8150);
;// CONCATENATED MODULE: ./src/deploy/verdict.ts
/** SageMaker's reasons usually end with a period; ours follow them with a sentence of our own. */
const sentence = (text) => text.trim().replace(/\.+$/, '');
const IN_PROGRESS = new Set(['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting']);
/** One line saying where a deployment is: status, variant phase, traffic shifted so far. */
function describePhase(ep) {
    const pending = ep.PendingDeploymentSummary?.ProductionVariants ?? [];
    const parts = [ep.EndpointStatus ?? 'unknown'];
    for (const v of pending) {
        const status = v.VariantStatus?.[0];
        if (status)
            parts.push(`${v.VariantName}: ${status.Status}${status.StatusMessage ? ` (${status.StatusMessage})` : ''}`);
        if (v.DesiredWeight && v.CurrentWeight !== undefined) {
            parts.push(`new fleet traffic ${Math.round((100 * v.CurrentWeight) / v.DesiredWeight)}%`);
        }
    }
    if (!pending.length) {
        const status = ep.ProductionVariants?.[0]?.VariantStatus?.[0];
        if (status)
            parts.push(`${status.Status}${status.StatusMessage ? ` (${status.StatusMessage})` : ''}`);
    }
    return parts.join('; ');
}
/** The key of a phase, for noticing phase changes (messages carry counters; statuses do not). */
function phaseKey(ep) {
    const v = ep.PendingDeploymentSummary?.ProductionVariants?.[0];
    return `${ep.EndpointStatus}/${v?.VariantStatus?.[0]?.Status ?? ''}/${v?.CurrentWeight ?? ''}`;
}
function deployedDigests(ep) {
    return (ep.ProductionVariants ?? []).flatMap((v) => (v.DeployedImages ?? []).map((i) => /@(sha256:[0-9a-f]{64})$/.exec(i.ResolvedImage ?? '')?.[1] ?? ''));
}
/**
 * Whether a deployment of `configName` is done. Success only when the endpoint is InService on the new
 * config with nothing pending and (when known) the expected digest deployed: InService on any other config
 * is a rollback, which SageMaker reports as a healthy endpoint.
 */
function judge(ep, configName, expectedDigest) {
    const status = ep.EndpointStatus ?? '';
    if (IN_PROGRESS.has(status))
        return { state: 'in-progress', phase: describePhase(ep) };
    if (status === 'InService') {
        if (ep.EndpointConfigName === configName && !ep.PendingDeploymentSummary) {
            const digests = deployedDigests(ep);
            if (expectedDigest && digests.some(Boolean) && !digests.includes(expectedDigest)) {
                return { state: 'failed', reason: `the endpoint serves ${digests.filter(Boolean).join(', ')}, not the expected ${expectedDigest}` };
            }
            return { state: 'succeeded' };
        }
        if (ep.PendingDeploymentSummary)
            return { state: 'in-progress', phase: describePhase(ep) };
        return {
            state: 'rolled-back',
            reason: ep.FailureReason || `the endpoint is InService on ${ep.EndpointConfigName}, not on the new ${configName}`
        };
    }
    if (status === 'UpdateRollbackFailed') {
        return {
            state: 'failed',
            reason: `UpdateRollbackFailed: ${sentence(ep.FailureReason ?? 'the update and its rollback both failed')}. The endpoint may serve a mix of the old and new fleets: fix the cause, then deploy a known-good version or update the endpoint again.`
        };
    }
    if (status === 'Failed') {
        return { state: 'failed', reason: `Failed: ${sentence(ep.FailureReason ?? 'no reason given')}. Only DeleteEndpoint works on a Failed endpoint: delete it and deploy again.` };
    }
    return { state: 'failed', reason: `the endpoint is ${status || 'in an unknown state'}${ep.FailureReason ? `: ${ep.FailureReason}` : ''}` };
}

;// CONCATENATED MODULE: ./src/deploy/wait.ts


/**
 * How long to sleep: the base interval normally; during a bake, the rest of the bake as measured on our
 * own clock (the service's timestamps and ours need not agree), at most 4 intervals, so the wait is quick
 * near the expected transitions and light on the API while nothing can change.
 */
function nextDelay(ep, phaseSince, now, opts) {
    const status = ep.PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status;
    if (status === 'Baking') {
        const message = ep.PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.StatusMessage ?? '';
        const seconds = Number(/Baking for (\d+) seconds/.exec(message)?.[1] ?? opts.bakeSeconds ?? 0);
        const remaining = seconds * 1000 - (now - phaseSince);
        return Math.max(opts.pollMs, Math.min(remaining, 4 * opts.pollMs));
    }
    return opts.pollMs;
}
/** Polls DescribeEndpoint until the deployment of `configName` ends or the deadline passes. */
async function waitForDeployment(sm, endpointName, configName, expectedDigest, opts) {
    const start = opts.clock.now();
    let lastKey = '';
    let phaseSince = start;
    for (let polls = 1;; polls++) {
        const ep = await (0,endpoint.describeEndpoint)(sm, endpointName);
        const verdict = judge(ep, configName, expectedDigest);
        const now = opts.clock.now();
        if (verdict.state !== 'in-progress')
            return { verdict, endpoint: ep, polls };
        const key = phaseKey(ep);
        const elapsed = Math.round((now - start) / 1000);
        if (key !== lastKey) {
            lastKey = key;
            phaseSince = now;
            opts.log.info(`[${elapsed} s] ${describePhase(ep)}`);
            await opts.onPhase?.(ep, verdict.phase);
        }
        if (now >= opts.deadline)
            return { verdict: { state: 'timed-out', phase: describePhase(ep) }, endpoint: ep, polls };
        await opts.clock.sleep(Math.min(nextDelay(ep, phaseSince, now, opts), Math.max(0, opts.deadline - now)));
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/register/model-registry.ts
var model_registry = __webpack_require__(658);
;// CONCATENATED MODULE: ./src/deploy/step.ts








const BUSY = new Set(['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting']);
/**
 * Deploys a registered version to an endpoint with blue/green traffic shifting and reports success only
 * when the new config is live. Fills `d` as it goes; throws ActionError with the reason on any failure.
 */
async function deployVersion(sm, o, d) {
    const { deploy } = o;
    d.consoleUrl = (0,console_links/* endpointUrl */.P)(o.region, deploy.endpointName);
    const pkg = await (0,model_registry/* describeVersion */.MP)(sm, o.versionArn);
    o.onVersion?.(pkg);
    const approval = pkg.ModelApprovalStatus ?? 'PendingManualApproval';
    if (pkg.ModelPackageStatus !== 'Completed')
        throw new src_errors/* ActionError */.lZ(`Model package ${o.versionArn} is ${pkg.ModelPackageStatus}; only Completed versions can be deployed.`);
    if (!deploy.deployApproval.includes(approval)) {
        throw new src_errors/* ActionError */.lZ(`Model package ${o.versionArn} is ${approval}; deploy-approval allows ${deploy.deployApproval.join(', ')}. Approve the version, or set deploy-approval to deploy it anyway (for example to a staging endpoint).`);
    }
    let ep = await (0,endpoint/* findEndpoint */.vS)(sm, deploy.endpointName);
    if (!ep && !deploy.createEndpoint)
        throw new src_errors/* ActionError */.lZ(`Endpoint ${deploy.endpointName} does not exist and create-endpoint is false.`);
    if (ep && BUSY.has(ep.EndpointStatus ?? '')) {
        if (deploy.onBusy === 'fail') {
            throw new src_errors/* ActionError */.lZ(`Endpoint ${deploy.endpointName} is ${ep.EndpointStatus} (${describePhase(ep)}): another deployment is in progress and updates are never stacked. Re-run when it ends, or set on-busy: wait.`);
        }
        o.log.info(`Endpoint ${deploy.endpointName} is ${ep.EndpointStatus}; waiting for the update in progress to end first.`);
        ep = await waitUntilIdle(sm, deploy.endpointName, o);
    }
    if (ep?.EndpointStatus === 'Failed') {
        throw new src_errors/* ActionError */.lZ(`Endpoint ${deploy.endpointName} is Failed (${ep.FailureReason ?? 'no reason given'}): only DeleteEndpoint works on it. Delete it and deploy again.`);
    }
    if (ep?.EndpointStatus === 'InService' && ep.EndpointArn && ep.EndpointConfigName && (0,deploy_plan/* isOurName */.Yg)(deploy.endpointName, ep.EndpointConfigName)) {
        const tags = await (0,endpoint/* endpointTags */.Pz)(sm, ep.EndpointArn);
        if (tags['model-package-arn'] === o.versionArn) {
            Object.assign(d, { status: 'unchanged', endpointArn: ep.EndpointArn, configName: ep.EndpointConfigName, modelName: ep.EndpointConfigName });
            o.log.info(`Endpoint ${deploy.endpointName} already serves ${o.versionArn} (${ep.EndpointConfigName}); nothing to deploy.`);
            return;
        }
    }
    const plan = (0,deploy_plan/* planDeploy */.bJ)({ deploy, ctx: o.ctx, pkg, ...(o.providerArn ? { providerArn: o.providerArn } : {}), ...(ep?.ProductionVariants?.[0]?.VariantName ? { liveVariant: ep.ProductionVariants[0].VariantName } : {}) });
    d.policy = plan.policy;
    if (ep?.EndpointConfigName)
        d.previousConfig = ep.EndpointConfigName;
    if (o.dryRun) {
        d.status = 'planned';
        o.log.info(`Dry run: CreateModel ${JSON.stringify(plan.createModel)}`);
        o.log.info(`Dry run: CreateEndpointConfig ${JSON.stringify(plan.createConfig)}`);
        o.log.info(ep ? `Dry run: UpdateEndpoint ${JSON.stringify({ EndpointName: deploy.endpointName, EndpointConfigName: plan.configName, DeploymentConfig: plan.deploymentConfig })}` : `Dry run: CreateEndpoint ${deploy.endpointName}`);
        return;
    }
    const c = await (0,endpoint/* commands */.Pi)();
    o.log.info(`Creating model ${plan.modelName} (${plan.privateRegistry ? 'private registry through the VPC' : 'from the model package'})`);
    await (0,errors/* send */.tN)('sagemaker:CreateModel', () => sm.send(new c.CreateModelCommand(plan.createModel)));
    let configMade = false;
    try {
        await (0,errors/* send */.tN)('sagemaker:CreateEndpointConfig', () => sm.send(new c.CreateEndpointConfigCommand(plan.createConfig)));
        configMade = true;
        if (ep) {
            o.log.info(`Updating endpoint ${deploy.endpointName} to ${plan.configName}: blue/green, ${plan.policy}${deploy.rollbackAlarms.length ? `, auto-rollback on ${deploy.rollbackAlarms.join(', ')}` : ''}`);
            const out = await (0,errors/* send */.tN)('sagemaker:UpdateEndpoint', () => sm.send(new c.UpdateEndpointCommand({ EndpointName: deploy.endpointName, EndpointConfigName: plan.configName, DeploymentConfig: plan.deploymentConfig })));
            d.endpointArn = out.EndpointArn;
        }
        else {
            o.log.info(`Creating endpoint ${deploy.endpointName} with ${plan.configName}`);
            const out = await (0,errors/* send */.tN)('sagemaker:CreateEndpoint', () => sm.send(new c.CreateEndpointCommand({ EndpointName: deploy.endpointName, EndpointConfigName: plan.configName, Tags: plan.createConfig.Tags })));
            d.endpointArn = out.EndpointArn;
        }
    }
    catch (err) {
        // Nothing half-made stays behind: the model (and config) of an update that never started are removed.
        if (configMade)
            await sm.send(new c.DeleteEndpointConfigCommand({ EndpointConfigName: plan.configName })).catch(() => undefined);
        await sm.send(new c.DeleteModelCommand({ ModelName: plan.modelName })).catch(() => undefined);
        throw err;
    }
    Object.assign(d, { status: 'started', configName: plan.configName, modelName: plan.modelName, alarms: deploy.rollbackAlarms });
    o.onStarted?.(d);
    if (!deploy.wait) {
        o.log.info('wait is false: not waiting for the deployment. SageMaker continues it; follow it in the console.');
        return;
    }
    await warnIfCredentialsExpireFirst(sm, o);
    d.status = 'in-progress';
    const result = await waitForDeployment(sm, deploy.endpointName, plan.configName, plan.expectedDigest, {
        clock: o.clock,
        deadline: o.deadline,
        pollMs: o.pollMs,
        log: o.log,
        bakeSeconds: deploy.waitIntervalSeconds,
        onPhase: async (_ep, phase) => {
            d.phase = phase;
            await o.onPhase?.(d);
        }
    });
    const v = result.verdict;
    if (v.state === 'succeeded') {
        Object.assign(d, { status: 'succeeded', phase: 'InService on the new config' });
        o.log.info(`Endpoint ${deploy.endpointName} is InService on ${plan.configName}.`);
        await afterSuccess(sm, o, d, plan.configName);
        return;
    }
    if (v.state === 'timed-out') {
        Object.assign(d, { status: 'timed-out', phase: v.phase });
        throw new src_errors/* ActionError */.lZ(`Timed out waiting for endpoint ${deploy.endpointName} (phase: ${v.phase}). SageMaker continues the update; follow it at ${d.consoleUrl}`);
    }
    if (v.state === 'rolled-back') {
        Object.assign(d, { status: 'rolled-back', reason: v.reason });
        const fired = deploy.rollbackAlarms.filter((a) => v.reason.includes(a));
        throw new src_errors/* ActionError */.lZ(`Deployment to ${deploy.endpointName} was rolled back: ${v.reason.trim().replace(/\.+$/, '')}${fired.length ? ` (alarm ${fired.join(', ')})` : ''}. The endpoint still serves ${result.endpoint.EndpointConfigName}.`);
    }
    Object.assign(d, { status: 'failed', reason: v.state === 'failed' ? v.reason : 'unknown' });
    throw new src_errors/* ActionError */.lZ(`Deployment to ${deploy.endpointName} failed: ${d.reason}`);
}
async function waitUntilIdle(sm, name, o) {
    const { describeEndpoint } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8150));
    for (;;) {
        const ep = await describeEndpoint(sm, name);
        if (!BUSY.has(ep.EndpointStatus ?? ''))
            return ep;
        if (o.clock.now() >= o.deadline)
            throw new src_errors/* ActionError */.lZ(`Endpoint ${name} stayed ${ep.EndpointStatus} past wait-timeout; not stacking another update.`);
        await o.clock.sleep(Math.min(o.pollMs, Math.max(0, o.deadline - o.clock.now())));
    }
}
async function warnIfCredentialsExpireFirst(sm, o) {
    try {
        const creds = await sm.config.credentials();
        const expiration = creds.expiration?.getTime();
        if (expiration && expiration < o.deadline - o.clock.now() + Date.now()) {
            o.log.warning(`The AWS credentials expire at ${new Date(expiration).toISOString()}, before wait-timeout ends: raise role-duration-seconds in configure-aws-credentials, or lower wait-timeout.`);
        }
    }
    catch {
        // credentials problems surface on the next call with a clear message
    }
}
/** Records which version serves where, and removes configs and models no longer needed for rollback. */
async function afterSuccess(sm, o, d, configName) {
    const c = await (0,endpoint/* commands */.Pi)();
    const { metadataValue } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9030));
    if (d.endpointArn) {
        await (0,errors/* send */.tN)('sagemaker:AddTags', () => sm.send(new c.AddTagsCommand({
            ResourceArn: d.endpointArn,
            Tags: [
                { Key: 'model-package-arn', Value: o.versionArn },
                { Key: 'git-commit', Value: metadataValue(o.ctx.sha || 'unknown') },
                ...(o.ctx.runId ? [{ Key: 'github-run-id', Value: o.ctx.runId }] : [])
            ]
        })));
    }
    const key = `endpoint.${o.deploy.endpointName}`.slice(0, 128);
    await (0,errors/* send */.tN)('sagemaker:UpdateModelPackage', () => sm.send(new c.UpdateModelPackageCommand({
        ModelPackageArn: o.versionArn,
        CustomerMetadataProperties: { [key]: metadataValue(`deployed ${new Date().toISOString()}`) },
        ...(o.deploy.stage ? { ModelLifeCycle: { Stage: o.deploy.stage, StageStatus: 'Deployed', StageDescription: `Serving on ${o.deploy.endpointName}` } } : {})
    })));
    const keep = [configName, ...(d.previousConfig ? [d.previousConfig] : [])];
    await (0,endpoint/* cleanup */.tP)(sm, o.deploy.endpointName, keep, o.log);
}


/***/ }),

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

//# sourceMappingURL=808.index.js.map