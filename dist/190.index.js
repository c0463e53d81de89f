export const id = 190;
export const ids = [190];
export const modules = {

/***/ 8190:
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
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6145);
/* harmony import */ var _inputs_readers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8961);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5828);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4285);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7521);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4331);
/* harmony import */ var _serving_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3462);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1573);








const STATUS_OUTPUTS = ['versions', 'comment-url'];
function readStatus(read, common) {
    return { group: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readGroupInput */ .Wq)(read, common.region, true), limit: (0,_inputs_readers_js__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(read, 'max-versions', 50, 1, 1000) };
}
async function versionStatuses(sm, c) {
    const view = await (0,_serving_js__WEBPACK_IMPORTED_MODULE_4__/* .servingView */ .O)(sm);
    const out = [];
    for (const summary of await (0,_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .listVersions */ .yO)(sm, c.group, c.limit)) {
        const arn = summary.ModelPackageArn ?? '';
        // Commit and image are not in the listing's summaries: one DescribeModelPackage per version.
        const pkg = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .describe */ .q0)(sm, arn);
        const stage = pkg.ModelLifeCycle;
        out.push({
            version: pkg.ModelPackageVersion ?? (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_6__/* .versionFromArn */ .Yu)(arn),
            arn,
            approval: pkg.ModelApprovalStatus ?? '',
            stage: stage ? `${stage.Stage}${stage.StageStatus ? ` (${stage.StageStatus})` : ''}` : '',
            commit: (0,_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .commitOf */ .D3)(pkg),
            image: pkg.InferenceSpecification?.Containers?.[0]?.Image ?? '',
            created: (pkg.CreationTime ?? summary.CreationTime)?.toISOString() ?? '',
            endpoints: (view.serving.get(arn) ?? []).sort()
        });
    }
    if (view.unresolved.length)
        _log_js__WEBPACK_IMPORTED_MODULE_1__.warning(`Could not read what these endpoints serve (config or model deleted): ${view.unresolved.join(', ')}`);
    return out;
}
function statusTable(group, versions) {
    const lines = [`### SageMaker model versions of ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(group)}`, ''];
    if (!versions.length)
        return `${lines.join('\n')}\n_No versions._\n`;
    lines.push('| Version | Approval | Stage | Commit | Image | Created (UTC) | Serving on |', '|---|---|---|---|---|---|---|');
    for (const v of versions) {
        const endpoints = v.endpoints.length ? v.endpoints.map((e) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(e)).join(', ') : '–';
        const created = v.created.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
        lines.push(`| ${v.version} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__.escapeMarkdown)(v.approval)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__.escapeMarkdown)(v.stage || '–')} | ${v.commit ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(v.commit.slice(0, 12)) : '–'} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(v.image, 120)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__.escapeMarkdown)(created)} | ${endpoints} |`);
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