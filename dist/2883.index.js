export const id = 2883;
export const ids = [2883];
export const modules = {

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
        await (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.cleanup)(sm, endpoint, [live, ...(kept ? [kept] : [])], o.log);
    }
    catch (err) {
        warn('Could not clean up old endpoint configs', err);
    }
}
/** The newest of this action's configs for `endpoint` (other than `live`) whose model serves `versionArn`. */
async function newestConfigOf(sm, endpoint, versionArn, live) {
    const configs = (await (0,_live_js__WEBPACK_IMPORTED_MODULE_2__.configsOf)(sm, endpoint)).filter((c) => c.name !== live);
    configs.sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));
    for (const c of configs)
        if ((await (0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__.versionsOfConfig)(sm, c.name).catch(() => [])).includes(versionArn))
            return c.name;
    return undefined;
}


/***/ })

};

//# sourceMappingURL=2883.index.js.map