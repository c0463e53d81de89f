export const id = 518;
export const ids = [518];
export const modules = {

/***/ 6518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changesSince: () => (/* binding */ changesSince),
  renderReport: () => (/* binding */ renderReport),
  toHistory: () => (/* binding */ toHistory),
  utc: () => (/* binding */ utc)
});

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Makes untrusted text (branch names, tags, descriptions, metadata) inert in GitHub markdown:
 * no HTML, no @-mentions or #-references that notify, no characters that break a table row.
 */
function escapeMarkdown(text, max = 300) {
    const oneLine = text.replace(/[\r\n\t]+/g, ' ');
    const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
    return short
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .replace(/@/g, '&#64;');
}
/** Text shown as inline code: backticks inside are replaced so the span cannot be closed early. */
function code(text, max = 300) {
    const oneLine = text.replace(/[\r\n\t]+/g, ' ').replace(/`/g, "'");
    const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
    return `\`${short.replace(/\|/g, '\\|')}\``;
}
function markdown_link(label, url) {
    if (!/^https:\/\/[^\s()<>]+$/.test(url))
        return escapeMarkdown(label);
    return `[${escapeMarkdown(label)}](${url})`;
}
function table(rows) {
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

;// CONCATENATED MODULE: ./src/report/summary.ts

const APPROVAL_LABEL = {
    Approved: '✅ Approved',
    Rejected: '⛔ Rejected',
    PendingManualApproval: '⏳ Pending manual approval'
};
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
        out.push(`commit ${code(previous.commit.slice(0, 12))} → ${code(r.commit.slice(0, 12))}`);
    if (previous.image !== r.image)
        out.push(`image ${code(previous.image)} → ${code(r.image)}`);
    else if (previous.digest !== r.digest && r.digest)
        out.push(`digest ${code(previous.digest ?? 'unknown')} → ${code(r.digest)}`);
    if (previous.version !== undefined && r.version !== undefined && previous.version !== r.version) {
        out.push(`version ${previous.version} → ${r.version}`);
    }
    if (previous.approval !== r.approval)
        out.push(`approval ${escapeMarkdown(previous.approval)} → ${escapeMarkdown(r.approval)}`);
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
        return `### SageMaker deployment to ${code(d.endpointName)}: ${DEPLOY_LABEL[d.status] ?? escapeMarkdown(d.status)}`;
    const status = r.error ? '❌ failed' : r.dryRun ? '📝 dry run: nothing was written' : r.created === false ? '♻️ already registered' : '✅ registered';
    return `### SageMaker model registration: ${status}`;
}
function deploymentRows(d) {
    const rows = [['Endpoint', d.consoleUrl ? markdown_link(d.endpointName, d.consoleUrl) : code(d.endpointName)]];
    rows.push(['Deployment', DEPLOY_LABEL[d.status] ?? escapeMarkdown(d.status)]);
    if (d.policy)
        rows.push(['Traffic policy', escapeMarkdown(`blue/green, ${d.policy}`)]);
    if (d.alarms?.length)
        rows.push(['Rollback alarms', d.alarms.map((a) => code(a)).join(', ')]);
    if (d.phase)
        rows.push(['Phase', escapeMarkdown(d.phase, 500)]);
    if (d.configName)
        rows.push(['Endpoint config', code(d.configName)]);
    if (d.previousConfig && d.previousConfig !== d.configName)
        rows.push(['Previous config (kept for rollback)', code(d.previousConfig)]);
    if (d.reason)
        rows.push(['Reason', escapeMarkdown(d.reason, 1000)]);
    return rows;
}
function renderReport(r, history = []) {
    const lines = [title(r), ''];
    const rows = [['Model package group', code(r.group)]];
    if (r.version !== undefined) {
        const label = `${r.version}${r.created === false ? ' (registered by an earlier run)' : ''}`;
        rows.push(['Version', r.consoleUrl ? markdown_link(label, r.consoleUrl) : escapeMarkdown(label)]);
    }
    if (r.arn)
        rows.push(['Version ARN', code(r.arn)]);
    rows.push(['Approval', APPROVAL_LABEL[r.approval] ?? escapeMarkdown(r.approval)]);
    rows.push(['Image', code(r.image)]);
    rows.push(['Image digest', r.digest ? code(r.digest) : '_not resolved (registered by tag)_']);
    if (r.registry)
        rows.push(['Registry', `${escapeMarkdown(r.registryKind ?? '')} (${code(r.registry)})`]);
    if (r.skipModelValidation)
        rows.push(['SkipModelValidation', code(r.skipModelValidation)]);
    rows.push(['Commit', `${code(r.commit.slice(0, 12))}${r.refName ? ` on ${code(r.refName)}` : ''}`]);
    rows.push(['Time', escapeMarkdown(utc(r.time))]);
    if (r.runUrl)
        rows.push(['Run', markdown_link('workflow run', r.runUrl)]);
    if (r.deployment)
        rows.push(...deploymentRows(r.deployment));
    lines.push(table(rows));
    if (r.error)
        lines.push('', `**What failed:** ${escapeMarkdown(r.error, 2000)}`);
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
            lines.push(`| ${escapeMarkdown(version)} | ${code(h.commit.slice(0, 12))} | ${code(h.image)} | ${escapeMarkdown(h.approval)} | ${escapeMarkdown(utc(h.time))} |`);
        }
        lines.push('', '</details>');
    }
    return lines.join('\n') + '\n';
}


/***/ })

};

//# sourceMappingURL=518.index.js.map