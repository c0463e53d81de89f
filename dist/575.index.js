export const id = 575;
export const ids = [575,874];
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

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(99378);
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
// EXTERNAL MODULE: ./src/commands/run.ts
var run = __webpack_require__(94331);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
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

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
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
/**
 * Makes untrusted text (branch names, tags, descriptions, metadata, error messages) inert in GitHub markdown:
 * no HTML, no characters that break a table row or start markup, nothing GitHub turns into a ping or a link.
 */
function escapeMarkdown(text, max = 300) {
    const oneLine = text.replace(/[\r\n\t]+/g, ' ');
    const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
    const escaped = short
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
    return defuse(escaped);
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

//# sourceMappingURL=575.index.js.map