export const id = 469;
export const ids = [469];
export const modules = {

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

/***/ 30469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployVersion: () => (/* binding */ deployVersion)
});

// EXTERNAL MODULE: ./src/report/console-links.ts
var console_links = __webpack_require__(63143);
// EXTERNAL MODULE: ./src/deploy/plan.ts + 1 modules
var deploy_plan = __webpack_require__(452);
// EXTERNAL MODULE: ./src/deploy/endpoint.ts
var endpoint = __webpack_require__(38150);
;// CONCATENATED MODULE: ./src/deploy/verdict.ts
/** SageMaker's reasons usually end with a period; ours follow them with a sentence of our own. */
const sentence = (text) => text.trim().replace(/\.+$/, '');
/** The endpoint statuses in which an operation is under way: the one vocabulary for "busy" in the deploy path. */
const BUSY_STATUSES = new Set(['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting']);
const isBusy = (ep) => BUSY_STATUSES.has(ep?.EndpointStatus ?? '');
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
    if (BUSY_STATUSES.has(status))
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

// EXTERNAL MODULE: ./src/aws/poll.ts
var poll = __webpack_require__(55672);
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
/**
 * Polls DescribeEndpoint (through the one polling primitive) until the deployment of `configName` ends or the
 * deadline passes. The first reads after UpdateEndpoint may still show the old config InService: that is no
 * rollback until the update was seen (in progress, on the new config, or LastModifiedTime after `since`).
 */
async function waitForDeployment(sm, endpointName, configName, expectedDigest, opts) {
    const start = opts.clock.now();
    let lastKey = '';
    let phaseSince = start;
    let polls = 0;
    let seen = !opts.since;
    let last;
    const read = async () => {
        polls++;
        const ep = await (0,endpoint.describeEndpoint)(sm, endpointName);
        let verdict = judge(ep, configName, expectedDigest);
        if (!seen) {
            seen = verdict.state === 'in-progress' || ep.EndpointConfigName === configName || (!!ep.LastModifiedTime && ep.LastModifiedTime > opts.since);
            if (!seen && verdict.state === 'rolled-back')
                verdict = { state: 'in-progress', phase: `${describePhase(ep)}; the update is not visible yet` };
        }
        const now = opts.clock.now();
        if (verdict.state === 'in-progress' && phaseKey(ep) !== lastKey) {
            lastKey = phaseKey(ep);
            phaseSince = now;
            opts.log.info(`[${Math.round((now - start) / 1000)} s] ${describePhase(ep)}`);
            await opts.onPhase?.(ep, verdict.phase);
        }
        return (last = { ep, verdict });
    };
    try {
        const end = await (0,poll/* poll */.wt)({
            read,
            done: (s) => s.verdict.state !== 'in-progress',
            clock: opts.clock,
            timeoutMs: Math.max(0, opts.deadline - start),
            delayMs: () => nextDelay(last.ep, phaseSince, opts.clock.now(), opts),
            what: `endpoint ${endpointName}`
        });
        return { verdict: end.verdict, endpoint: end.ep, polls };
    }
    catch (err) {
        if (!(err instanceof poll/* WaitTimeout */.vw) || !last)
            throw err;
        return { verdict: { state: 'timed-out', phase: describePhase(last.ep) }, endpoint: last.ep, polls };
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/aws/errors.ts + 1 modules
var aws_errors = __webpack_require__(81919);
// EXTERNAL MODULE: ./src/register/model-registry.ts + 1 modules
var model_registry = __webpack_require__(26714);
// EXTERNAL MODULE: ./src/deploy/live.ts
var deploy_live = __webpack_require__(43457);
// EXTERNAL MODULE: ./src/deploy/serves.ts
var serves = __webpack_require__(72691);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
;// CONCATENATED MODULE: ./src/deploy/preflight.ts










/** Checks before any write: the version is deployable and the endpoint can take an update. */
async function checkVersion(sm, o) {
    const pkg = await (0,model_registry/* describeVersion */.MP)(sm, o.versionArn);
    o.onVersion?.(pkg);
    const approval = (o.dryRun && o.dryRunApproval) || (pkg.ModelApprovalStatus ?? 'PendingManualApproval');
    if (pkg.ModelPackageStatus !== 'Completed')
        throw new errors/* ActionError */.lZ(`Model package ${o.versionArn} is ${pkg.ModelPackageStatus}; only Completed versions can be deployed.`);
    if (!o.deploy.deployApproval.includes(approval)) {
        throw new errors/* ActionError */.lZ(`Model package ${o.versionArn} is ${approval}; deploy-approval allows ${o.deploy.deployApproval.join(', ')}. Approve the version, or set deploy-approval to deploy it anyway (for example to a staging endpoint).`);
    }
    return pkg;
}
/** The endpoint as it stands once no other update is running (undefined: it does not exist yet). */
async function readEndpoint(sm, o) {
    const name = o.deploy.endpointName;
    let ep = await (0,endpoint.findEndpoint)(sm, name);
    if (!ep && !o.deploy.createEndpoint)
        throw new errors/* ActionError */.lZ(`Endpoint ${name} does not exist and create-endpoint is false.`);
    if (ep && isBusy(ep)) {
        if (o.deploy.onBusy === 'fail') {
            throw new errors/* ActionError */.lZ(`Endpoint ${name} is ${ep.EndpointStatus} (${describePhase(ep)}): another deployment is in progress and updates are never stacked. Re-run when it ends, or set on-busy: wait.`);
        }
        o.log.info(`Endpoint ${name} is ${ep.EndpointStatus}; waiting for the update in progress to end first.`);
        try {
            ep = await (0,poll/* poll */.wt)({ read: () => (0,endpoint.describeEndpoint)(sm, name), done: (e) => !isBusy(e), clock: o.clock, timeoutMs: Math.max(0, o.deadline - o.clock.now()), delayMs: () => o.pollMs, what: `endpoint ${name}` });
        }
        catch (err) {
            if (err instanceof poll/* WaitTimeout */.vw)
                throw new errors/* ActionError */.lZ(`Endpoint ${name} stayed ${ep.EndpointStatus} past wait-timeout; not stacking another update.`);
            throw err;
        }
    }
    if (ep?.EndpointStatus === 'Failed') {
        throw new errors/* ActionError */.lZ(`Endpoint ${name} is Failed (${ep.FailureReason ?? 'no reason given'}): only DeleteEndpoint works on it. Delete it and deploy again.`);
    }
    return ep;
}
/**
 * True (and `d` filled) when the endpoint already serves this version on a config this action made, as its live
 * config says: InService with no update pending, and the model of every variant serves the version (serves.ts).
 * The endpoint's ledger tags are not asked: anyone allowed to tag it could make a promotion report "unchanged"
 * while the old model serves. A live state that cannot be read is not "unchanged": the version is deployed again.
 */
async function alreadyServes(sm, o, ep, d, pkg) {
    const config = (0,deploy_live.settledConfig)(ep);
    if (!config || !ep.EndpointArn || !(0,deploy_plan/* isOurName */.Yg)(o.deploy.endpointName, config))
        return false;
    let live;
    try {
        live = await (0,deploy_live.readConfig)(sm, config);
    }
    catch (err) {
        o.log.info(`Could not read what endpoint ${o.deploy.endpointName} serves (${err.message}); deploying ${o.versionArn}.`);
        return false;
    }
    if (!(0,serves/* configServes */.TW)(live, pkg))
        return false;
    Object.assign(d, { status: 'unchanged', endpointArn: ep.EndpointArn, configName: config, modelName: live.models[0].name });
    o.log.info(`Endpoint ${o.deploy.endpointName} already serves ${o.versionArn} (${config}); nothing to deploy.`);
    return true;
}
/**
 * Blue/green and rolling updates need the new config to keep the live variant's name, and this action deploys
 * one variant: a multi-variant endpoint or another variant-name would fail in SageMaker after models were made.
 */
function checkVariants(o, ep) {
    const variants = (ep.ProductionVariants ?? []).map((v) => v.VariantName ?? '');
    if (variants.length > 1) {
        throw new errors/* ActionError */.lZ(`Endpoint ${o.deploy.endpointName} has ${variants.length} production variants (${variants.join(', ')}): this action deploys one variant, and SageMaker's blue/green and rolling updates need the new config to keep every live variant. Update it another way, or deploy to an endpoint with one variant.`);
    }
    const live = variants[0] ?? 'AllTraffic';
    if (o.deploy.variantName && o.deploy.variantName !== live) {
        throw new errors/* ActionError */.lZ(`variant-name ${o.deploy.variantName} differs from the live variant ${live} of endpoint ${o.deploy.endpointName}: a blue/green update needs the same variant name. Set variant-name: ${live}, or leave it unset to keep the live one.`);
    }
    return live;
}
async function readLiveFleet(sm, o, ep) {
    const variant = checkVariants(o, ep);
    const v = ep.ProductionVariants?.[0];
    const fleet = { variant };
    const count = v?.CurrentInstanceCount ?? v?.DesiredInstanceCount;
    if (count !== undefined)
        fleet.instanceCount = count;
    if (ep.LastModifiedTime)
        fleet.lastModified = ep.LastModifiedTime;
    if (!o.clients)
        return fleet;
    try {
        const { readScaling } = await __webpack_require__.e(/* import() */ 7600).then(__webpack_require__.bind(__webpack_require__, 27600));
        const scaling = await readScaling(await o.clients.autoscaling(), o.deploy.endpointName, variant);
        if (scaling)
            fleet.scaling = scaling;
    }
    catch (err) {
        o.log.warning(`Could not read the autoscaling of ${o.deploy.endpointName}/${variant} (${err.message}); deploying as if it had none.`);
        return fleet;
    }
    if (fleet.scaling && ep.EndpointConfigName) {
        const c = await (0,sdk/* sagemakerSdk */.nP)();
        const config = await (0,aws_errors/* send */.tN)('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: ep.EndpointConfigName })));
        const type = config.ProductionVariants?.find((p) => p.VariantName === variant)?.InstanceType;
        if (type)
            fleet.instanceType = type;
    }
    return fleet;
}

;// CONCATENATED MODULE: ./src/deploy/existing.ts


/**
 * Creates the resource, or continues with the one of that name when it is identical. Returns whether this attempt
 * made it (created, or adopted by a retry of its own request), so that a later failure may remove it; a resource
 * that existed before this attempt is never removed.
 */
async function createOnce(o) {
    let taken;
    try {
        await o.create();
        return true;
    }
    catch (err) {
        if (!alreadyExists(err))
            throw (0,aws_errors/* explainAwsError */.Ni)(err, o.action);
        taken = err;
    }
    const field = await o.differs();
    if (field !== undefined) {
        throw new errors/* ActionError */.lZ(`The ${o.what} already exists and differs from what this run asks for (${field}): it was not made by this run; delete it or re-run the workflow (a new run attempt uses new names).`);
    }
    return retried(taken);
}
function alreadyExists(err) {
    const e = err;
    return e.name === 'ValidationException' && /Cannot create already existing/i.test(e.message ?? '');
}
/** The SDK sent the request more than once: the earlier attempt may have run and lost its answer. */
function retried(err) {
    return (err.$metadata?.attempts ?? 1) > 1;
}
/**
 * Whether `found` (a description) has every value `asked` (a request) sets: objects field by field, lists item by
 * item with the same length. SageMaker adds what it derives (a container's image from its model package), so
 * fields the request leaves out are not compared here.
 */
function covers(asked, found) {
    if (Array.isArray(asked))
        return Array.isArray(found) && found.length === asked.length && asked.every((a, i) => covers(a, found[i]));
    if (asked !== null && typeof asked === 'object') {
        if (found === null || typeof found !== 'object' || Array.isArray(found))
            return false;
        return Object.entries(asked).every(([k, v]) => v === undefined || covers(v, found[k]));
    }
    return asked === found;
}
const containersOf = (m) => m.PrimaryContainer ? [m.PrimaryContainer] : (m.Containers ?? []);
/** The first field of a model that is not what `asked` asks for (undefined: identical). */
function modelDiffers(asked, found) {
    if (found.ExecutionRoleArn !== asked.ExecutionRoleArn)
        return 'ExecutionRoleArn';
    if (!covers(asked.VpcConfig, found.VpcConfig))
        return 'VpcConfig';
    if ((asked.EnableNetworkIsolation ?? false) !== (found.EnableNetworkIsolation ?? false))
        return 'EnableNetworkIsolation';
    const want = containersOf(asked);
    const have = containersOf(found);
    if (want.length !== have.length)
        return 'containers';
    const i = want.findIndex((c, n) => containerDiffers(c, have[n]));
    return i < 0 ? undefined : `container ${i + 1}`;
}
/**
 * The version a container serves and its environment are compared whole, present or not; an image pulled through
 * the VPC only when asked (no ImageConfig = SageMaker's default, Platform); the rest as asked (covers).
 */
function containerDiffers(asked, found) {
    if (found.ModelPackageName !== asked.ModelPackageName)
        return true;
    if (!asked.ImageConfig && (found.ImageConfig?.RepositoryAccessMode ?? 'Platform') !== 'Platform')
        return true;
    const env = [asked.Environment ?? {}, found.Environment ?? {}];
    if (!covers(env[0], env[1]) || !covers(env[1], env[0]))
        return true;
    return !covers({ ...asked, Environment: undefined }, found);
}
/** The first field of an endpoint config that is not what `asked` asks for (undefined: identical). */
function configDiffers(asked, found) {
    if (!covers(asked.ProductionVariants, found.ProductionVariants))
        return 'ProductionVariants';
    if (found.KmsKeyId !== asked.KmsKeyId)
        return 'KmsKeyId';
    if (!covers(asked.DataCaptureConfig, found.DataCaptureConfig))
        return 'DataCaptureConfig';
    if (!covers(asked.AsyncInferenceConfig, found.AsyncInferenceConfig))
        return 'AsyncInferenceConfig';
    return undefined;
}

;// CONCATENATED MODULE: ./src/deploy/update.ts




/**
 * Creates the model and config, then updates (or creates) the endpoint; removes what it made if that fails. A retry
 * meeting its own first attempt (an answer lost to a dropped connection) continues: see existing.ts.
 */
async function startUpdate(sm, o, plan, ep) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    o.log.info(`Creating model ${plan.modelName} (${plan.privateRegistry ? 'private registry through the VPC' : 'from the model package'})`);
    const made = { model: false, config: false };
    try {
        made.model = await createOnce({
            action: 'sagemaker:CreateModel',
            what: `model ${plan.modelName}`,
            create: () => sm.send(new c.CreateModelCommand(plan.createModel)),
            differs: async () => modelDiffers(plan.createModel, await (0,aws_errors/* send */.tN)('sagemaker:DescribeModel', () => sm.send(new c.DescribeModelCommand({ ModelName: plan.modelName }))))
        });
        made.config = await createOnce({
            action: 'sagemaker:CreateEndpointConfig',
            what: `endpoint config ${plan.configName}`,
            create: () => sm.send(new c.CreateEndpointConfigCommand(plan.createConfig)),
            differs: async () => configDiffers(plan.createConfig, await (0,aws_errors/* send */.tN)('sagemaker:DescribeEndpointConfig', () => sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: plan.configName }))))
        });
        return await startEndpoint(sm, o, plan, ep);
    }
    catch (err) {
        // Nothing half-made stays behind: the model (and config) this attempt made for an update that never started.
        if (made.config)
            await sm.send(new c.DeleteEndpointConfigCommand({ EndpointConfigName: plan.configName })).catch(() => undefined);
        if (made.model)
            await sm.send(new c.DeleteModelCommand({ ModelName: plan.modelName })).catch(() => undefined);
        throw err;
    }
}
async function startEndpoint(sm, o, plan, ep) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    const name = o.deploy.endpointName;
    if (ep) {
        const alarms = plan.deploymentConfig.AutoRollbackConfiguration?.Alarms?.map((a) => a.AlarmName) ?? [];
        const kind = plan.deploymentConfig.RollingUpdatePolicy ? '' : 'blue/green, ';
        o.log.info(`Updating endpoint ${name} to ${plan.configName}: ${kind}${plan.policy}${alarms.length ? `, auto-rollback on ${alarms.join(', ')}` : ''}`);
        const update = () => sm.send(new c.UpdateEndpointCommand({ EndpointName: name, EndpointConfigName: plan.configName, DeploymentConfig: plan.deploymentConfig }));
        return (await (0,aws_errors/* send */.tN)('sagemaker:UpdateEndpoint', () => towardOurs(update, sm, name, plan.configName))).EndpointArn;
    }
    o.log.info(`Creating endpoint ${name} with ${plan.configName}`);
    const create = () => sm.send(new c.CreateEndpointCommand({ EndpointName: name, EndpointConfigName: plan.configName, Tags: plan.createConfig.Tags }));
    return (await (0,aws_errors/* send */.tN)('sagemaker:CreateEndpoint', () => towardOurs(create, sm, name, plan.configName))).EndpointArn;
}
/**
 * An endpoint create or update refused because the endpoint exists or is busy: when SageMaker describes it being
 * created or updated to this run's config (the retried request met its own first attempt), the run continues to the
 * wait; otherwise (someone else's update) the refusal stands.
 */
async function towardOurs(call, sm, name, config) {
    try {
        return await call();
    }
    catch (err) {
        const e = err;
        if (e.name !== 'ValidationException' || !/Cannot (create already existing|update in-progress)/i.test(e.message ?? ''))
            throw err;
        const own = await startedWith(sm, name, config);
        if (own === undefined)
            throw err;
        return own;
    }
}
/** The endpoint, when it is being created or updated to `config`, or already serves it. */
async function startedWith(sm, name, config) {
    const ep = await (0,endpoint.findEndpoint)(sm, name);
    if (ep && (ep.EndpointConfigName === config || ep.PendingDeploymentSummary?.EndpointConfigName === config))
        return ep;
    return undefined;
}
/**
 * SageMaker refuses an update that changes the instance type of a scalable variant: the target and its policies
 * are removed first and put back after (`restore`). Returns the restore, or undefined when nothing was removed.
 */
async function suspendScaling(o, live, d) {
    const scaling = live?.scaling;
    if (!scaling || !o.clients || !live.instanceType || live.instanceType === o.deploy.instanceType)
        return undefined;
    const aas = await o.clients.autoscaling();
    const { deregister, restore } = await __webpack_require__.e(/* import() */ 7600).then(__webpack_require__.bind(__webpack_require__, 27600));
    o.log.info(`The instance type changes (${live.instanceType} → ${o.deploy.instanceType}) on an autoscaled variant: deregistering its scalable target and ${scaling.policies.length} policy(ies) for the update; they are registered again after it.`);
    await deregister(aas, scaling);
    d.autoscaling = { ...d.autoscaling, action: 're-registered around the instance-type change' };
    return () => restore(aas, scaling);
}

;// CONCATENATED MODULE: ./src/deploy/follow-up.ts





/**
 * The smoke test of a live deployment. A failure fails the step; with on-smoke-failure: rollback the endpoint
 * first goes back to the previous config in one all-at-once update.
 */
async function runSmoke(sm, o, d) {
    const smoke = o.deploy.smoke;
    const { smokeTest, describeSmoke } = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 50697));
    const r = (d.smoke = o.deploy.async ? await asyncSmoke(o, o.deploy.async.outputS3Uri) : await smokeTest(await o.clients.runtime(), { endpointName: o.deploy.endpointName, smoke }));
    o.log.info(`Smoke test of ${o.deploy.endpointName}: ${describeSmoke(r)}${r.passed ? '' : `: ${r.failure}`}`);
    if (r.passed)
        return;
    const name = o.deploy.endpointName;
    if (smoke.onFailure === 'rollback' && d.previousConfig) {
        await rollBack(sm, o, d, d.previousConfig);
        Object.assign(d, { status: 'rolled-back', reason: `smoke test failed: ${r.failure}` });
        throw new errors/* ActionError */.lZ(`Smoke test of ${name} failed (${r.failure}); rolled back to ${d.previousConfig}, which the endpoint serves again.`);
    }
    Object.assign(d, { status: 'failed', reason: `smoke test failed: ${r.failure}` });
    const offer = d.previousConfig
        ? ` Roll back in one step: re-run with on-smoke-failure: rollback, or run the rollback workflow (the previous config ${d.previousConfig} is kept).`
        : '';
    throw new errors/* ActionError */.lZ(`Smoke test of ${name} failed: ${r.failure}. The endpoint serves the new config ${d.configName}.${offer}`);
}
/** An async endpoint's smoke test: InvokeEndpointAsync, results read from S3 within the wait budget. */
async function asyncSmoke(o, outputS3Uri) {
    const { asyncSmokeTest } = await __webpack_require__.e(/* import() */ 732).then(__webpack_require__.bind(__webpack_require__, 10732));
    const [rt, s3] = await Promise.all([o.clients.runtime(), o.clients.s3()]);
    const runKey = `${o.ctx.runId || 'local'}-${o.ctx.runAttempt || '1'}`;
    return asyncSmokeTest(rt, s3, { endpointName: o.deploy.endpointName, smoke: o.deploy.smoke, outputS3Uri, runKey, clock: o.clock, deadline: o.deadline, pollMs: o.pollMs });
}
async function rollBack(sm, o, d, config) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    const name = o.deploy.endpointName;
    o.log.info(`Rolling ${name} back to ${config} (all at once).`);
    const before = await (0,endpoint.findEndpoint)(sm, name);
    await (0,aws_errors/* send */.tN)('sagemaker:UpdateEndpoint', () => sm.send(new c.UpdateEndpointCommand({
        EndpointName: name,
        EndpointConfigName: config,
        DeploymentConfig: { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 0 } } }
    })));
    const result = await waitForDeployment(sm, name, config, undefined, {
        clock: o.clock,
        deadline: o.deadline,
        pollMs: o.pollMs,
        log: o.log,
        ...(before?.LastModifiedTime ? { since: before.LastModifiedTime } : {})
    });
    if (result.verdict.state !== 'succeeded') {
        Object.assign(d, { status: 'failed' });
        throw new errors/* ActionError */.lZ(`The smoke test failed and the rollback of ${name} to ${config} did not complete (${result.verdict.state}); the endpoint serves ${result.endpoint.EndpointConfigName}.`);
    }
}
/**
 * Work after a live deployment: autoscaling, lineage, tags, version metadata and stage, cleanup. None of it may
 * turn a live, healthy endpoint into a failed step: each failure becomes a follow-up warning.
 */
async function followUp(sm, o, d, plan) {
    const warnings = [...(d.followUpWarnings ?? [])];
    const step = async (what, work) => {
        try {
            await work();
        }
        catch (err) {
            warnings.push(`${what}: ${err.message}`);
            o.log.warning(`${what}: ${err.message}`);
        }
    };
    const cfg = o.deploy.autoscaling;
    if (cfg) {
        await step('Could not register autoscaling', async () => {
            const { applyAutoscaling, fromZeroAlarm } = await __webpack_require__.e(/* import() */ 7600).then(__webpack_require__.bind(__webpack_require__, 27600));
            const { range, fromZeroPolicyArn } = await applyAutoscaling(await o.clients.autoscaling(), o.deploy.endpointName, plan.variantName, cfg, !!o.deploy.async);
            if (fromZeroPolicyArn) {
                const { putAlarms } = await __webpack_require__.e(/* import() */ 4676).then(__webpack_require__.bind(__webpack_require__, 44676));
                await putAlarms(await o.clients.cloudwatch(), [fromZeroAlarm(o.deploy.endpointName, plan.variantName, fromZeroPolicyArn)]);
            }
            d.autoscaling = { ...d.autoscaling, action: 'registered', range };
            o.log.info(`Autoscaling of ${o.deploy.endpointName}/${plan.variantName}: ${range}`);
        });
    }
    const endpointArn = d.endpointArn;
    if (endpointArn) {
        await step('Could not record the deployment on the endpoint tags', async () => {
            const [{ recordDeployment }, { metadataValue }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 35874)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 59030))]);
            await recordDeployment(sm, { endpointArn, versionArn: o.versionArn, ctx: o.ctx, ...(d.previousConfig ? { previousConfig: d.previousConfig } : {}), clean: metadataValue });
        });
    }
    await step('Could not record the deployment on the version', () => recordOnVersion(sm, o));
    const keep = [plan.configName, ...(d.previousConfig ? [d.previousConfig] : [])];
    await step('Could not clean up old endpoint configs', async () => void (await (0,endpoint.cleanup)(sm, o.deploy.endpointName, keep, o.log)));
    if (endpointArn) {
        await step('Could not record the lineage association', async () => {
            const { associateVersion } = await __webpack_require__.e(/* import() */ 1213).then(__webpack_require__.bind(__webpack_require__, 91213));
            d.lineage = await associateVersion(sm, { versionArn: o.versionArn, endpointArn, endpointName: o.deploy.endpointName });
        });
    }
    if (warnings.length)
        d.followUpWarnings = warnings;
    if (warnings.length)
        o.log.info(`Endpoint ${o.deploy.endpointName} is live, with ${warnings.length} follow-up warning(s).`);
}
/** A registry write: with registry-role-arn, through that role (the version may be another account's). */
async function recordOnVersion(sm, o) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    const writer = o.deploy.registryRoleArn && o.clients?.registry ? await o.clients.registry(o.deploy.registryRoleArn) : sm;
    const { metadataValue } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 59030));
    const key = `endpoint.${o.deploy.endpointName}`.slice(0, 128);
    const stage = o.deploy.stage;
    await (0,aws_errors/* send */.tN)('sagemaker:UpdateModelPackage', () => writer.send(new c.UpdateModelPackageCommand({
        ModelPackageArn: o.versionArn,
        CustomerMetadataProperties: { [key]: metadataValue(`deployed ${new Date().toISOString()}`) },
        ...(stage ? { ModelLifeCycle: { Stage: stage, StageStatus: 'Deployed', StageDescription: `Serving on ${o.deploy.endpointName}` } } : {})
    })));
}

// EXTERNAL MODULE: ./src/deploy/kind.ts
var kind = __webpack_require__(86125);
// EXTERNAL MODULE: ./src/deploy/experiments.ts
var deploy_experiments = __webpack_require__(15907);
// EXTERNAL MODULE: ./src/aws/arns.ts
var arns = __webpack_require__(26145);
;// CONCATENATED MODULE: ./src/deploy/image-access.ts
/**
 * Why a fleet may not start when the version's image lives in another account's ECR repository: the endpoint's
 * account pulls it only when that repository's policy allows it. Decided from facts the action holds (the image URI
 * and the endpoint's ARN), never from SageMaker's failure text. Pure.
 */

const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._/-]{0,255}?)(?:[:@]|$)/;
/** The account, Region and repository of an ECR image URI; undefined for any other image. */
function ecrImage(image) {
    const m = ECR_IMAGE.exec(image ?? '');
    return m ? { account: m[1], region: m[2], repository: m[3] } : undefined;
}
/** One sentence for a failed or rolled-back deployment whose image is in another account's ECR; undefined otherwise. */
function crossAccountImageHint(image, endpointArn) {
    const ecr = ecrImage(image);
    const endpointAccount = endpointArn ? (0,arns/* parseArn */.Lw)(endpointArn)?.account : undefined;
    if (!ecr || !endpointAccount || ecr.account === endpointAccount)
        return undefined;
    return (`The image is in repository ${ecr.repository} of account ${ecr.account}: its repository policy must let account ${endpointAccount} pull it ` +
        `(ecr:BatchGetImage, ecr:GetDownloadUrlForLayer; run share/ there with ecr-repositories: ${ecr.repository}), and this account's execution role needs the same actions on it.`);
}

;// CONCATENATED MODULE: ./src/deploy/step.ts










/**
 * Deploys a registered version to an endpoint (blue/green or rolling) and reports success only when the new
 * config is live. Fills `d` as it goes; throws ActionError with the reason on any failure. Work after a live
 * deployment never fails the step: it becomes follow-up warnings.
 */
async function deployVersion(sm, o, d) {
    d.consoleUrl = (0,console_links/* endpointUrl */.P)(o.region, o.deploy.endpointName);
    d.kind = o.deploy.endpointType;
    if ((o.deploy.alarms || o.deploy.smoke || o.deploy.autoscaling) && !o.clients)
        throw new errors/* ActionError */.lZ('create-alarms, smoke-payload and autoscaling need the CloudWatch, SageMaker Runtime and Application Auto Scaling clients.');
    const pkg = await checkVersion(sm, o);
    const ep = await readEndpoint(sm, o);
    const kindNote = ep ? (0,kind/* checkKindChange */.LF)(o.deploy.endpointName, o.deploy.endpointType, ep) : undefined;
    if (kindNote)
        o.log.info(kindNote);
    const experiments = ep ? await (0,deploy_experiments/* runningExperiments */.OQ)(sm, o.deploy.endpointName) : [];
    if (ep && (await alreadyServes(sm, o, ep, d, pkg))) {
        if (experiments.length)
            return o.log.info(`Old endpoint configs and models of ${o.deploy.endpointName} are left while ${(0,deploy_experiments/* describeRunning */.Rh)(experiments)} runs on it.`);
        if (!o.dryRun)
            await (await __webpack_require__.e(/* import() */ 2883).then(__webpack_require__.bind(__webpack_require__, 32883))).tidyUnchanged(sm, o, d);
        return;
    }
    if (experiments.length)
        throw (0,deploy_experiments/* deployRefusal */.uF)(o.deploy.endpointName, experiments);
    const live = ep ? await readLiveFleet(sm, o, ep) : undefined;
    const alarmDefs = o.deploy.alarms ? (await __webpack_require__.e(/* import() */ 4676).then(__webpack_require__.bind(__webpack_require__, 44676))).alarmDefinitions(o.deploy.endpointName, live?.variant ?? o.deploy.variantName ?? 'AllTraffic', o.deploy.alarms) : [];
    const plan = (0,deploy_plan/* planDeploy */.bJ)({
        deploy: o.deploy,
        ctx: o.ctx,
        pkg,
        ...(o.providerArn ? { providerArn: o.providerArn } : {}),
        ...(live ? { liveVariant: live.variant } : {}),
        ...keptCapacity(o, live, d),
        createdAlarms: alarmDefs.map((a) => a.AlarmName)
    });
    d.policy = plan.policy;
    if (ep?.EndpointConfigName)
        d.previousConfig = ep.EndpointConfigName;
    if (o.dryRun)
        return dryRun(o, d, plan, ep);
    if (alarmDefs.length)
        d.createdAlarms = await (await __webpack_require__.e(/* import() */ 4676).then(__webpack_require__.bind(__webpack_require__, 44676))).putAlarms(await o.clients.cloudwatch(), alarmDefs);
    const restoreScaling = await suspendScaling(o, live, d);
    try {
        d.endpointArn = await startUpdate(sm, o, plan, ep).catch((err) => {
            d.status = 'failed'; // the endpoint was not changed
            throw err;
        });
        Object.assign(d, { status: 'started', configName: plan.configName, modelName: plan.modelName, alarms: [...o.deploy.rollbackAlarms, ...(d.createdAlarms ?? [])] });
        o.onStarted?.(d);
        if (!o.deploy.wait)
            return o.log.info('wait is false: not waiting for the deployment. SageMaker continues it; follow it in the console.');
        await settle(o, d, await waitFor(sm, o, d, plan, live), pkg.InferenceSpecification?.Containers?.[0]?.Image);
        if (o.deploy.smoke)
            await runSmoke(sm, o, d);
    }
    finally {
        if (restoreScaling)
            await restoreAfter(o, d, restoreScaling);
    }
    await followUp(sm, o, d, plan);
}
/** An autoscaled fleet starts the new config at its live size: a plain update would reset it to instance-count. */
function keptCapacity(o, live, d) {
    if (!live?.scaling || live.instanceCount === undefined)
        return {};
    d.autoscaling = { action: 'kept', instanceCount: live.instanceCount, range: `${live.scaling.target.MinCapacity}-${live.scaling.target.MaxCapacity} instances` };
    // An async fleet scaled in to zero starts at one instance: a config's InitialInstanceCount is at least 1.
    const count = Math.max(1, live.instanceCount);
    if (count !== o.deploy.instanceCount)
        o.log.info(`The variant autoscales: the new fleet starts at the live ${count} instance(s), not instance-count ${o.deploy.instanceCount}.`);
    return { instanceCount: count };
}
async function restoreAfter(o, d, restore) {
    try {
        await restore();
        o.log.info(`Registered the autoscaling of ${o.deploy.endpointName} again.`);
    }
    catch (err) {
        const message = `Could not register the autoscaling of ${o.deploy.endpointName} again: ${err.message}. The endpoint does not scale until it is registered.`;
        (d.followUpWarnings ??= []).push(message);
        o.log.warning(message);
    }
}
function dryRun(o, d, plan, ep) {
    d.status = 'planned';
    o.log.info(`Dry run: CreateModel ${JSON.stringify(plan.createModel)}`);
    o.log.info(`Dry run: CreateEndpointConfig ${JSON.stringify(plan.createConfig)}`);
    o.log.info(ep ? `Dry run: UpdateEndpoint ${JSON.stringify({ EndpointName: o.deploy.endpointName, EndpointConfigName: plan.configName, DeploymentConfig: plan.deploymentConfig })}` : `Dry run: CreateEndpoint ${o.deploy.endpointName}`);
}
async function waitFor(sm, o, d, plan, live) {
    await warnIfCredentialsExpireFirst(sm, o);
    d.status = 'in-progress';
    return waitForDeployment(sm, o.deploy.endpointName, plan.configName, plan.expectedDigest, {
        clock: o.clock,
        deadline: o.deadline,
        pollMs: o.pollMs,
        log: o.log,
        bakeSeconds: o.deploy.waitIntervalSeconds,
        ...(live?.lastModified ? { since: live.lastModified } : {}),
        onPhase: async (_ep, phase) => {
            d.phase = phase;
            await o.onPhase?.(d);
        }
    });
}
/**
 * Turns the wait's verdict into the deployment's status; throws unless the new config is live. A failure of a version
 * whose image is in another account's ECR says which repository policy must allow the pull.
 */
function settle(o, d, result, image) {
    const v = result.verdict;
    const hint = crossAccountImageHint(image, d.endpointArn);
    const also = hint ? ` ${hint}` : '';
    const name = o.deploy.endpointName;
    if (v.state === 'succeeded') {
        Object.assign(d, { status: 'succeeded', phase: 'InService on the new config' });
        o.log.info(`Endpoint ${name} is InService on ${d.configName}.`);
        return;
    }
    if (v.state === 'timed-out') {
        Object.assign(d, { status: 'timed-out', phase: v.phase });
        throw new errors/* ActionError */.lZ(`Timed out waiting for endpoint ${name} (phase: ${v.phase}). SageMaker continues the update; follow it at ${d.consoleUrl}`);
    }
    if (v.state === 'rolled-back') {
        Object.assign(d, { status: 'rolled-back', reason: v.reason });
        const fired = (d.alarms ?? []).filter((a) => v.reason.includes(a));
        throw new errors/* ActionError */.lZ(`Deployment to ${name} was rolled back: ${v.reason.trim().replace(/\.+$/, '')}${fired.length ? ` (alarm ${fired.join(', ')})` : ''}. The endpoint still serves ${result.endpoint.EndpointConfigName}.${fired.length ? '' : also}`);
    }
    Object.assign(d, { status: 'failed', reason: v.state === 'failed' ? v.reason : 'unknown' });
    throw new errors/* ActionError */.lZ(`Deployment to ${name} failed: ${d.reason}${also}`);
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


/***/ })

};

//# sourceMappingURL=469.index.js.map