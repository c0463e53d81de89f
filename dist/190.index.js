export const id = 190;
export const ids = [190];
export const modules = {

/***/ 4700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U2: () => (/* binding */ stageText),
/* harmony export */   Up: () => (/* binding */ stageOn),
/* harmony export */   du: () => (/* binding */ markRolledBack)
/* harmony export */ });
/* unused harmony exports DEPLOYED, ROLLED_BACK, recordedEndpoint */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
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

/***/ 18190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATUS_OUTPUTS: () => (/* binding */ STATUS_OUTPUTS),
/* harmony export */   readStatus: () => (/* binding */ readStatus),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   statusSpec: () => (/* binding */ statusSpec),
/* harmony export */   statusTable: () => (/* binding */ statusTable),
/* harmony export */   versionStatuses: () => (/* binding */ versionStatuses)
/* harmony export */ });
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26145);
/* harmony import */ var _inputs_readers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18961);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49301);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(54285);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67521);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3754);
/* harmony import */ var _serving_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23462);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4700);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81573);









const STATUS_OUTPUTS = ['versions', 'comment-url'];
function readStatus(read, common) {
    return { group: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readGroupInput */ .Wq)(read, common.region, true), limit: (0,_inputs_readers_js__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(read, 'max-versions', 50, 1, 1000) };
}
async function versionStatuses(sm, c) {
    const view = await (0,_serving_js__WEBPACK_IMPORTED_MODULE_4__/* .servingView */ .O)(sm);
    // Every endpoint seen serving a version: a stage record naming one of them is checked against what it serves.
    const seen = new Set([...view.serving.values()].flat());
    const out = [];
    for (const summary of await (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .listVersions */ .yO)(sm, c.group, c.limit)) {
        const arn = summary.ModelPackageArn ?? '';
        // Commit and image are not in the listing's summaries: one DescribeModelPackage per version.
        const pkg = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .describe */ .q0)(sm, arn);
        const endpoints = (view.serving.get(arn) ?? []).sort();
        out.push({
            version: pkg.ModelPackageVersion ?? (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_7__/* .versionFromArn */ .Yu)(arn),
            arn,
            approval: pkg.ModelApprovalStatus ?? '',
            stage: (0,_stage_js__WEBPACK_IMPORTED_MODULE_5__/* .stageText */ .U2)(pkg.ModelLifeCycle, endpoints, seen),
            commit: (0,_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .commitOf */ .D3)(pkg),
            image: pkg.InferenceSpecification?.Containers?.[0]?.Image ?? '',
            created: (pkg.CreationTime ?? summary.CreationTime)?.toISOString() ?? '',
            endpoints
        });
    }
    if (view.unresolved.length)
        _log_js__WEBPACK_IMPORTED_MODULE_1__.warning(`Could not read what these endpoints serve (config or model deleted): ${view.unresolved.join(', ')}`);
    return out;
}
function statusTable(group, versions) {
    const lines = [`### SageMaker model versions of ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(group)}`, ''];
    if (!versions.length)
        return `${lines.join('\n')}\n_No versions._\n`;
    lines.push('| Version | Approval | Stage | Commit | Image | Created (UTC) | Serving on |', '|---|---|---|---|---|---|---|');
    for (const v of versions) {
        const endpoints = v.endpoints.length ? v.endpoints.map((e) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(e)).join(', ') : '–';
        const created = v.created.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
        lines.push(`| ${v.version} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeMarkdown */ .FV)(v.approval)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeMarkdown */ .FV)(v.stage || '–')} | ${v.commit ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(v.commit.slice(0, 12)) : '–'} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(v.image, 120)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeMarkdown */ .FV)(created)} | ${endpoints} |`);
    }
    return `${lines.join('\n')}\n`;
}
async function execute(s, c, io) {
    s.group = c.group.name;
    const versions = await versionStatuses(await io.clients.sagemaker(), c);
    s.outputs.versions = JSON.stringify(versions);
    s.markdown = statusTable(c.group.name, versions);
    const serving = versions.filter((v) => v.endpoints.length);
    _log_js__WEBPACK_IMPORTED_MODULE_1__.info(`${versions.length} version(s) of ${c.group.name}; ${serving.map((v) => `v${v.version} on ${v.endpoints.join(', ')}`).join('; ') || 'none serving'}.`);
}
const statusSpec = {
    name: 'status',
    title: 'SageMaker model versions',
    outputs: STATUS_OUTPUTS,
    read: (read, common) => readStatus(read, common),
    execute,
    commentChannel: 'status'
};
function run(deps = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultDeps */ .m)()) {
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runCommand */ .d)(statusSpec, deps);
}


/***/ })

};

//# sourceMappingURL=190.index.js.map