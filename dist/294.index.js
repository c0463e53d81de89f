export const id = 294;
export const ids = [294];
export const modules = {

/***/ 294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PRUNE_OUTPUTS: () => (/* binding */ PRUNE_OUTPUTS),
/* harmony export */   decide: () => (/* binding */ decide),
/* harmony export */   pruneSpec: () => (/* binding */ pruneSpec),
/* harmony export */   pruneSummary: () => (/* binding */ pruneSummary),
/* harmony export */   readPrune: () => (/* binding */ readPrune),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _inputs_readers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8961);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5828);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4285);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7521);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4331);
/* harmony import */ var _serving_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3462);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1573);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5857);










const PRUNE_OUTPUTS = ['deleted', 'kept', 'comment-url'];
/** Versions read at most: a group larger than this is pruned in several runs (the oldest are never seen first). */
const MAX_VERSIONS = 10_000;
function readPrune(read, common) {
    return {
        group: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readGroupInput */ .Wq)(read, common.region, true),
        keepLatest: (0,_inputs_readers_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(read, 'keep-latest', 10, 0, 10_000),
        keepDays: (0,_inputs_readers_js__WEBPACK_IMPORTED_MODULE_2__/* .integer */ .nd)(read, 'keep-days', 30, 0, 36_500),
        keepApproved: (0,_inputs_readers_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(read, 'keep-approved', true)
    };
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
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_8__/* .sagemakerSdk */ .nP)();
    const deleted = [];
    for (const arn of arns) {
        try {
            await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:DeleteModelPackage', () => sm.send(new c.DeleteModelPackageCommand({ ModelPackageName: arn })));
            deleted.push(arn);
        }
        catch (err) {
            _log_js__WEBPACK_IMPORTED_MODULE_3__.warning(`Could not delete ${arn}: ${err.message}`);
        }
    }
    return deleted;
}
function pruneSummary(group, decisions, deleted, dryRun) {
    const kept = decisions.filter((d) => d.keep);
    const verb = dryRun ? 'Would delete' : 'Deleted';
    const lines = [`### SageMaker model retention for ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(group)}${dryRun ? ': 📝 dry run, nothing was deleted' : ''}`, ''];
    lines.push(`${verb} ${deleted.length} version(s); kept ${kept.length}.`, '');
    if (deleted.length)
        lines.push(`<details><summary>${verb} (${deleted.length})</summary>`, '', ...deleted.map((a) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(a)}`), '', '</details>', '');
    if (kept.length) {
        lines.push('| Kept version | Why |', '|---|---|');
        for (const d of kept.slice(0, 100))
            lines.push(`| ${d.version} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__.escapeMarkdown)(d.keep)} |`);
        if (kept.length > 100)
            lines.push(`| … | ${kept.length - 100} more |`);
    }
    return `${lines.join('\n')}\n`;
}
async function execute(s, c, io) {
    s.group = c.group.name;
    const sm = await io.clients.sagemaker();
    const view = await (0,_serving_js__WEBPACK_IMPORTED_MODULE_6__/* .servingView */ .O)(sm);
    if (view.unresolved.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Not pruning: what endpoints ${view.unresolved.join(', ')} serve could not be read, so a served version could be deleted. Nothing was deleted.`);
    }
    const versions = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_7__/* .listVersions */ .yO)(sm, c.group, MAX_VERSIONS);
    // A runner clock behind the service's must not make the newest versions look old: never earlier than the newest.
    const now = Math.max(Date.now(), ...versions.map((v) => v.CreationTime?.getTime() ?? 0));
    const decisions = decide(versions, c, view, now);
    const doomed = decisions.filter((d) => !d.keep).map((d) => d.arn);
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`${versions.length} version(s) of ${c.group.name}, ${view.endpoints} endpoint(s) in the Region; ${doomed.length} to delete.`);
    const deleted = s.common.dryRun ? doomed : await remove(sm, doomed);
    if (s.common.dryRun)
        for (const arn of doomed)
            _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Dry run: would delete ${arn}`);
    s.outputs.deleted = JSON.stringify(deleted);
    s.outputs.kept = JSON.stringify(decisions.filter((d) => d.keep).map((d) => d.arn));
    s.markdown = pruneSummary(c.group.name, decisions, deleted, s.common.dryRun);
    if (deleted.length < doomed.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Deleted ${deleted.length} of ${doomed.length} versions; see the warnings for the others.`);
}
const pruneSpec = {
    name: 'prune',
    title: 'SageMaker model retention',
    outputs: PRUNE_OUTPUTS,
    read: (read, common) => readPrune(read, common),
    execute,
    commentChannel: 'prune'
};
function run(deps = (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultDeps */ .m)()) {
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runCommand */ .d)(pruneSpec, deps);
}


/***/ })

};

//# sourceMappingURL=294.index.js.map