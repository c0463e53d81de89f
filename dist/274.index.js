export const id = 274;
export const ids = [274,874];
export const modules = {

/***/ 89741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ readOrGone),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   tF: () => (/* binding */ UseReader)
/* harmony export */ });
/* unused harmony exports isGone, versionArn */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15857);
/* harmony import */ var _deploy_ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35874);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);




/** SageMaker's answer for a hosting resource that does not exist (ValidationException "Could not find …"). */
function isGone(err) {
    const e = (err ?? {});
    return (e.name === 'ValidationException' || e.name === 'ResourceNotFound') && /Could not find|does not exist/i.test(e.message ?? '');
}
/** One read: undefined when the resource does not exist; any other failure names `what`. */
async function readOrGone(what, action, call) {
    try {
        return await call();
    }
    catch (err) {
        if (isGone(err))
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`Could not read ${what}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explainAwsError */ .Ni)(err, action).message}`);
    }
}
/** Every item of a paged SageMaker list. */
async function listAll(action, page) {
    const out = [];
    let token;
    do {
        const got = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)(action, () => page(token));
        out.push(...(got.items ?? []));
        token = got.next;
    } while (token);
    return out;
}
/** A version named `group/n` (a form CreateModel accepts) as its ARN, in the model's account and Region. */
function versionArn(ref, modelArn) {
    if (ref.startsWith('arn:') || !modelArn)
        return ref;
    const [, partition, , region, account] = modelArn.split(':');
    return `arn:${partition}:sagemaker:${region}:${account}:model-package/${ref}`;
}
class UseReader {
    sm;
    models = new Map();
    configs = new Map();
    constructor(sm) {
        this.sm = sm;
    }
    /** The versions a model was created from; undefined when the model does not exist. */
    model(name) {
        const key = name.toLowerCase();
        if (!this.models.has(key))
            this.models.set(key, this.readModel(name));
        return this.models.get(key);
    }
    /** The versions of an endpoint configuration's production and shadow variants; undefined when it does not exist. */
    config(name) {
        const key = name.toLowerCase();
        if (!this.configs.has(key))
            this.configs.set(key, this.readConfig(name));
        return this.configs.get(key);
    }
    /** The tags of a resource; undefined when it does not exist. */
    async tags(what, arn) {
        const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
        const out = await readOrGone(what, 'sagemaker:ListTags', () => this.sm.send(new c.ListTagsCommand({ ResourceArn: arn, MaxResults: 100 })));
        return out && Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    }
    /** The endpoint and versions of an inference component; undefined when it does not exist. */
    async component(name) {
        const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
        const ic = await readOrGone(`inference component ${name}`, 'sagemaker:DescribeInferenceComponent', () => this.sm.send(new c.DescribeInferenceComponentCommand({ InferenceComponentName: name })));
        if (!ic)
            return undefined;
        const models = [ic.Specification, ...(ic.Specifications ?? [])].map((s) => s?.ModelName).filter((m) => !!m);
        return { endpoint: ic.EndpointName ?? '', ...(await this.useOfModels(models)) };
    }
    async useOfModels(names) {
        const use = { versions: [], missingModels: [] };
        for (const name of new Set(names)) {
            const versions = await this.model(name);
            if (versions)
                use.versions.push(...versions.filter((v) => !use.versions.includes(v)));
            else
                use.missingModels.push(name);
        }
        return use;
    }
    async readModel(name) {
        const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
        const model = await readOrGone(`model ${name}`, 'sagemaker:DescribeModel', () => this.sm.send(new c.DescribeModelCommand({ ModelName: name })));
        if (!model)
            return undefined;
        const named = [model.PrimaryContainer, ...(model.Containers ?? [])].map((k) => k?.ModelPackageName).filter((n) => !!n);
        if (named.length)
            return [...new Set(named.map((n) => versionArn(n, model.ModelArn)))];
        if (!model.ModelArn)
            return [];
        const tags = await this.tags(`model ${name}`, model.ModelArn);
        if (!tags)
            return undefined;
        return tags[_deploy_ledger_js__WEBPACK_IMPORTED_MODULE_1__.CURRENT_TAG] ? [tags[_deploy_ledger_js__WEBPACK_IMPORTED_MODULE_1__.CURRENT_TAG]] : [];
    }
    async readConfig(name) {
        const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerSdk */ .nP)();
        const config = await readOrGone(`endpoint configuration ${name}`, 'sagemaker:DescribeEndpointConfig', () => this.sm.send(new c.DescribeEndpointConfigCommand({ EndpointConfigName: name })));
        if (!config)
            return undefined;
        const variants = [...(config.ProductionVariants ?? []), ...(config.ShadowProductionVariants ?? [])];
        const use = await this.useOfModels(variants.map((v) => v.ModelName).filter((m) => !!m));
        return { ...use, components: (config.ProductionVariants ?? []).some((v) => !v.ModelName) };
    }
}


/***/ }),

/***/ 23462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ servingView)
/* harmony export */ });
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15857);
/* harmony import */ var _deploy_ledger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35874);
/* harmony import */ var _model_use_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89741);



async function endpointNames(sm) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    const all = await (0,_model_use_js__WEBPACK_IMPORTED_MODULE_1__/* .listAll */ ._w)('sagemaker:ListEndpoints', async (token) => {
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
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    const names = await (0,_model_use_js__WEBPACK_IMPORTED_MODULE_1__/* .listAll */ ._w)('sagemaker:ListInferenceComponents', async (token) => {
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
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sagemakerSdk */ .nP)();
    const ep = await (0,_model_use_js__WEBPACK_IMPORTED_MODULE_1__/* .readOrGone */ .HK)(`endpoint ${name}`, 'sagemaker:DescribeEndpoint', () => sm.send(new c.DescribeEndpointCommand({ EndpointName: name })));
    if (!ep)
        return; // deleted since it was listed
    view.endpoints++;
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
    const options = { components: o.components ?? false, reader: o.reader ?? new _model_use_js__WEBPACK_IMPORTED_MODULE_1__/* .UseReader */ .tF(sm) };
    const view = { serving: new Map(), ledger: new Set(), endpoints: 0, components: 0, unresolved: [] };
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

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   pl: () => (/* binding */ escapeWithLinks),
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
/** One line, cut at max characters (with an ellipsis). */
function shorten(text, max) {
    const oneLine = text.replace(/[\r\n\t]+/g, ' ');
    return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}
function inert(text) {
    const escaped = text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
    return defuse(escaped);
}
/**
 * Makes untrusted text (branch names, tags, descriptions, metadata, error messages) inert in GitHub markdown:
 * no HTML, no characters that break a table row or start markup, nothing GitHub turns into a ping or a link.
 */
function escapeMarkdown(text, max = 300) {
    return inert(shorten(text, max));
}
/** An https URL with nothing that could end an autolink or a table cell early. */
const SAFE_URL = /^https:\/\/[^\s()<>|`'"\\[\]]+$/;
const URLS = /https:\/\/[^\s()<>|`'"\\[\]]+/g;
/**
 * Like escapeMarkdown, but the URLs this action built itself (the run, the pull request, console links: `own`
 * says which) stay whole and clickable, as autolinks. Only an exact match is kept: a URL that merely starts like one
 * of ours, and every other part of the text, is made inert as usual.
 */
function escapeWithLinks(text, own, max = 300) {
    const short = shorten(text, max);
    const parts = [];
    let last = 0;
    for (const m of short.matchAll(URLS)) {
        const url = m[0].replace(/[.,;:!?]+$/, '');
        if (!SAFE_URL.test(url) || !own(url))
            continue;
        parts.push(inert(short.slice(last, m.index)), `<${url}>`);
        last = m.index + url.length;
    }
    parts.push(inert(short.slice(last)));
    return parts.join('');
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

//# sourceMappingURL=274.index.js.map