export const id = 883;
export const ids = [883,874];
export const modules = {

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

/***/ 32883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tidyUnchanged: () => (/* binding */ tidyUnchanged)
/* harmony export */ });
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38150);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35874);
/* harmony import */ var _live_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43457);



async function tidyUnchanged(sm, o, d) {
    const endpoint = o.deploy.endpointName;
    const live = d.configName;
    if (!d.endpointArn || !live)
        return;
    const warn = (what, err) => {
        const message = `${what}: ${err.message}`;
        (d.followUpWarnings ??= []).push(message);
        o.log.warning(message);
    };
    let ledger;
    try {
        ledger = await (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__.readLedger)(sm, d.endpointArn);
        if (ledger.current !== o.versionArn) {
            o.log.info(`The ledger of ${endpoint} does not name ${o.versionArn}, which its live config serves: recording it.`);
            const { metadataValue } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 59030));
            ledger = await (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__.recordDeployment)(sm, { endpointArn: d.endpointArn, versionArn: o.versionArn, ctx: o.ctx, clean: metadataValue });
        }
    }
    catch (err) {
        return warn('Could not record the deployment on the endpoint tags', err);
    }
    try {
        const { previous } = ledger;
        const kept = previous ? await newestConfigOf(sm, endpoint, previous, live) : undefined;
        if (previous && !kept) {
            // Which config a rollback would use is unknown: deleting nothing is the safe choice.
            o.log.info(`No config of ${endpoint} serves the previous version ${previous}; old configs are left for the next deploy's cleanup.`);
            return;
        }
        if (kept)
            d.previousConfig = kept;
        await (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanup */ .tP)(sm, endpoint, [live, ...(kept ? [kept] : [])], o.log);
    }
    catch (err) {
        warn('Could not clean up old endpoint configs', err);
    }
}
/** The newest of this action's configs for `endpoint` (other than `live`) whose model serves `versionArn`. */
async function newestConfigOf(sm, endpoint, versionArn, live) {
    const configs = (await (0,_live_js__WEBPACK_IMPORTED_MODULE_2__/* .configsOf */ .$d)(sm, endpoint)).filter((c) => c.name !== live);
    configs.sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));
    for (const c of configs)
        if ((await (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__.versionsOfConfig)(sm, c.name).catch(() => [])).includes(versionArn))
            return c.name;
    return undefined;
}


/***/ })

};

//# sourceMappingURL=883.index.js.map