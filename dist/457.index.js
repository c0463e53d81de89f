export const id = 457;
export const ids = [457];
export const modules = {

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

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yg: () => (/* binding */ isOurName),
/* harmony export */   bJ: () => (/* binding */ planDeploy)
/* harmony export */ });
/* unused harmony exports resourceName, trafficPolicy, deploymentConfig, checkEnvironment */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97748);
/* harmony import */ var _register_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59030);
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26145);




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


/***/ })

};

//# sourceMappingURL=457.index.js.map