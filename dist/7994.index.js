export const id = 7994;
export const ids = [7994];
export const modules = {

/***/ 57994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ toHistory),
/* harmony export */   failedLine: () => (/* binding */ failedLine),
/* harmony export */   renderReport: () => (/* binding */ renderReport)
/* harmony export */ });
/* unused harmony exports utc, changesSince, ownLinks */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);
/* harmony import */ var _metrics_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24499);



const APPROVAL_LABEL = {
    Approved: '✅ Approved',
    Rejected: '⛔ Rejected',
    PendingManualApproval: '⏳ Pending manual approval'
};
/** A label for a word from AWS or from the comment's state: only the table's own keys, never Object.prototype's. */
function lookup(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}
function utc(iso) {
    return iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
}
function toHistory(r) {
    const entry = { commit: r.commit, image: r.image, approval: r.approval, time: r.time };
    if (r.version !== undefined)
        entry.version = r.version;
    if (r.arn)
        entry.arn = r.arn;
    if (r.digest)
        entry.digest = r.digest;
    if (r.error)
        entry.failed = true;
    return entry;
}
/** What differs from the last version this PR registered. */
function changesSince(previous, r) {
    if (!previous)
        return [];
    const out = [];
    if (previous.commit !== r.commit)
        out.push(`commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(previous.commit.slice(0, 12))} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.commit.slice(0, 12))}`);
    if (previous.image !== r.image)
        out.push(`image ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(previous.image)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.image)}`);
    else if (previous.digest !== r.digest && r.digest)
        out.push(`digest ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(previous.digest ?? 'unknown')} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.digest)}`);
    if (previous.version !== undefined && r.version !== undefined && previous.version !== r.version) {
        out.push(`version ${previous.version} → ${r.version}`);
    }
    if (previous.approval !== r.approval)
        out.push(`approval ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(previous.approval)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.approval)}`);
    return out;
}
const DEPLOY_LABEL = {
    planned: '📝 planned (dry run)',
    started: '🚀 started (not waited for)',
    'in-progress': '⏳ in progress',
    unchanged: '♻️ already live',
    succeeded: '✅ live',
    'rolled-back': '↩️ rolled back',
    failed: '❌ failed',
    'timed-out': '⌛ timed out (SageMaker continues the update)',
    cancelled: '🛑 cancelled (SageMaker continues the update)'
};
function title(r) {
    const d = r.deployment;
    if (d)
        return `### SageMaker deployment to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.endpointName)}: ${lookup(DEPLOY_LABEL, d.status) ?? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(d.status)}`;
    if (r.title)
        return `### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.title)}${r.error ? ': ❌ failed' : ''}`;
    const status = r.error ? '❌ failed' : r.dryRun ? '📝 dry run: nothing was written' : r.created === false ? '♻️ already registered' : '✅ registered';
    return `### SageMaker model registration: ${status}`;
}
function deploymentRows(d) {
    const rows = [['Endpoint', d.consoleUrl ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(d.endpointName, d.consoleUrl) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.endpointName)]];
    if (d.kind)
        rows.push(['Endpoint kind', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(d.kind)]);
    rows.push(['Deployment', lookup(DEPLOY_LABEL, d.status) ?? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(d.status)]);
    if (d.policy)
        rows.push(['Traffic policy', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(d.policy.startsWith('rolling') ? d.policy : `blue/green, ${d.policy}`)]);
    if (d.autoscaling)
        rows.push(['Autoscaling', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)([d.autoscaling.action, d.autoscaling.range, d.autoscaling.instanceCount !== undefined ? `${d.autoscaling.instanceCount} instance(s) kept` : ''].filter(Boolean).join(', '))]);
    if (d.createdAlarms?.length)
        rows.push(['Alarms created', d.createdAlarms.map((a) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(a)).join(', ')]);
    if (d.smoke)
        rows.push(['Smoke test', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(`${d.smoke.passed ? '✅' : '❌'} ${d.smoke.requests} requests, ${d.smoke.errors} errors, p50 ${d.smoke.p50} ms, p90 ${d.smoke.p90} ms, p99 ${d.smoke.p99} ms`)]);
    if (d.followUpWarnings?.length)
        rows.push(['Follow-up', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(`live, with ${d.followUpWarnings.length} follow-up warning(s) (see the job log)`)]);
    if (d.alarms?.length)
        rows.push(['Rollback alarms', d.alarms.map((a) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(a)).join(', ')]);
    if (d.phase)
        rows.push(['Phase', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(d.phase, 500)]);
    if (d.configName)
        rows.push(['Endpoint config', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.configName)]);
    if (d.previousConfig && d.previousConfig !== d.configName)
        rows.push(['Previous config (kept for rollback)', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.previousConfig)]);
    if (d.reason)
        rows.push(['Reason', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(d.reason, 1000)]);
    return rows;
}
/**
 * The links this action wrote into the report's text: its console links, the run (any attempt of it) and the pull
 * request of the run. They are built from the runner's own variables, so they stay clickable; nothing else does.
 */
function ownLinks(r) {
    const exact = new Set([r.consoleUrl, r.deployment?.consoleUrl, r.runUrl].filter((u) => !!u));
    const run = r.runUrl ? /^(https:\/\/.+)\/actions\/runs\/\d+$/.exec(r.runUrl) : null;
    if (run && r.prNumber !== undefined)
        exact.add(`${run[1]}/pull/${r.prNumber}`);
    return (url) => exact.has(url) || (!!r.runUrl && url.startsWith(`${r.runUrl}/attempts/`) && /^\d{1,9}$/.test(url.slice(r.runUrl.length + 10)));
}
/**
 * The one way an error reaches a summary or a comment: AWS's own words and unexpected errors (their text and stack
 * trace) stay in the job log (masked by the runner), and the rest is made inert markdown (the action's own links,
 * such as the console link of an endpoint still updating, stay clickable when `own` names them).
 */
function failedLine(error, own = () => false) {
    return `**What failed:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeWithLinks */ .pl)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .publicMessage */ .jA)(error), own, 2000)}`;
}
function renderReport(r, history = []) {
    const lines = [title(r), ''];
    const own = ownLinks(r);
    if (r.headline)
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeWithLinks */ .pl)(r.headline, own, 500), '');
    const rows = [['Model package group', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.group)]];
    if (r.version !== undefined) {
        const label = `${r.version}${r.created === false ? ' (registered by an earlier run)' : ''}`;
        rows.push(['Version', r.consoleUrl ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(label, r.consoleUrl) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(label)]);
    }
    if (r.arn)
        rows.push(['Version ARN', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.arn)]);
    rows.push(['Approval', lookup(APPROVAL_LABEL, r.approval) ?? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.approval)]);
    rows.push(['Image', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.image)]);
    rows.push(['Image digest', r.digest ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.digest) : '_not resolved (registered by tag)_']);
    if (r.registry)
        rows.push(['Registry', `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.registryKind ?? '')} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.registry)})`]);
    if (r.skipModelValidation)
        rows.push(['SkipModelValidation', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.skipModelValidation)]);
    rows.push(['Commit', `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.commit.slice(0, 12))}${r.refName ? ` on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.refName)}` : ''}`]);
    rows.push(['Time', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(utc(r.time))]);
    if (r.runUrl)
        rows.push(['Run', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)('workflow run', r.runUrl)]);
    if (r.deployment)
        rows.push(...deploymentRows(r.deployment));
    lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(rows));
    if (r.gate)
        lines.push('', (0,_metrics_report_js__WEBPACK_IMPORTED_MODULE_1__/* .gateMarkdown */ .b)(r.gate));
    if (r.error)
        lines.push('', failedLine(r.error, own));
    const previous = history.at(-1);
    const changes = changesSince(previous, r);
    if (changes.length)
        lines.push('', `**Changed since the last registration from this PR:** ${changes.join('; ')}`);
    const earlier = history.filter((h) => h.arn !== r.arn || h.commit !== r.commit);
    if (earlier.length) {
        lines.push('', `<details><summary>Earlier registrations from this PR (${earlier.length})</summary>`, '');
        lines.push('| Version | Commit | Image | Approval | Time (UTC) |', '|---|---|---|---|---|');
        for (const h of [...earlier].reverse()) {
            const version = h.failed ? 'failed' : String(h.version ?? '–');
            lines.push(`| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(version)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(h.commit.slice(0, 12))} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(h.image)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(h.approval)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(utc(h.time))} |`);
        }
        lines.push('', '</details>');
    }
    return lines.join('\n') + '\n';
}


/***/ })

};

//# sourceMappingURL=7994.index.js.map