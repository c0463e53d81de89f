export const id = 1167;
export const ids = [1167,7994];
export const modules = {

/***/ 71167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upsertComment: () => (/* binding */ upsertComment)
});

;// CONCATENATED MODULE: ./src/report/github-comment.ts
/**
 * The comment's hidden marker: one sticky comment per PR, group and comment-id, which registration, deploys and
 * promotions all update (the PR's story in one place). `channel` separates reports of another kind (status, prune).
 */
function marker(group, channel, commentId) {
    const key = [group, channel ?? '-', commentId || 'default'].map((s) => s.replace(/[^A-Za-z0-9._:/-]/g, '_')).join(' ');
    return `<!-- sagemaker-private-registry-action: ${key} -->`;
}
const STATE_PREFIX = '<!-- sagemaker-private-registry-action-state: ';
/** The state block: the body's last line, nothing after it but the final newline. */
const STATE = /\n<!-- sagemaker-private-registry-action-state: ([A-Za-z0-9+/=]+) -->\n$/;
const HISTORY_MAX = 20;
/** History travels inside the comment as base64 JSON, so nothing from it is ever rendered raw. */
function encodeState(history, id) {
    const state = { ...(id !== undefined ? { id } : {}), history: history.slice(-HISTORY_MAX) };
    return `${STATE_PREFIX}${Buffer.from(JSON.stringify(state), 'utf8').toString('base64')} -->`;
}
const isString = (v) => typeof v === 'string';
const optional = (v, test) => v === undefined || test(v);
/** An entry as this action writes it; anything else (a forged or damaged state) is dropped. */
function isEntry(h) {
    if (!h || typeof h !== 'object' || Array.isArray(h))
        return false;
    const e = h;
    return isString(e.commit) && isString(e.image) && isString(e.approval) && isString(e.time) &&
        optional(e.version, Number.isInteger) && optional(e.arn, isString) && optional(e.digest, isString) && optional(e.failed, (v) => typeof v === 'boolean');
}
/** Reads the state block at its fixed place (the last line); a block anywhere else is not this action's. */
function readState(body) {
    const m = STATE.exec(body);
    if (!m)
        return { history: [] };
    try {
        const parsed = JSON.parse(Buffer.from(m[1], 'base64').toString('utf8'));
        // Comments written before the id was recorded hold the bare history array.
        const raw = Array.isArray(parsed) ? { history: parsed } : parsed;
        const history = Array.isArray(raw?.history) ? raw.history.filter(isEntry) : [];
        return Number.isSafeInteger(raw?.id) ? { id: raw.id, history } : { history };
    }
    catch {
        return { history: [] };
    }
}
function decodeState(body) {
    return readState(body).history;
}
/** Adds this run to the history, replacing an entry for the same version (a re-run) instead of repeating it. */
function mergeHistory(history, entry) {
    const same = (h) => (entry.arn ? h.arn === entry.arn : h.commit === entry.commit && h.image === entry.image && h.failed);
    return [...history.filter((h) => !same(h)), entry];
}
/** Marker first, state last: the only places findComment looks. `id` is the comment's own id, once known. */
function commentBody(markerLine, report, history, id) {
    return `${markerLine}\n${report}\n${encodeState(history, id)}\n`;
}
/**
 * The login comments from this token appear under. A workflow's GITHUB_TOKEN is an installation token:
 * GET /user answers 403 for it, and GraphQL's viewer is the app ("github-actions"), whose comments
 * are authored by "<app>[bot]". A personal access token answers GET /user.
 */
async function tokenLogin(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch (err) {
        if (err.status !== 403)
            throw err;
    }
    try {
        const r = (await octokit.graphql('query { viewer { login } }'));
        const login = r.viewer?.login;
        if (login)
            return login.endsWith('[bot]') ? login : `${login}[bot]`;
    }
    catch {
        // fall through to the default workflow token's identity
    }
    return 'github-actions[bot]';
}
/**
 * Finds this action's comment: written by the token's own author, the marker at the very start of the body and
 * the state block at its fixed place, across every page. A comment whose state records its own id (written by
 * an earlier run of this action) is preferred; one whose state records another comment's id is a copy (for
 * example another workflow quoting this one) and is never taken. Otherwise the oldest candidate wins.
 */
async function findComment(octokit, target, markerLine) {
    const candidates = [];
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100
    });
    for await (const page of pages) {
        for (const c of page.data) {
            if (!c.body?.startsWith(`${markerLine}\n`) || !STATE.test(c.body))
                continue;
            const { id } = readState(c.body);
            if (id !== undefined && id !== c.id)
                continue;
            candidates.push({ id: c.id, body: c.body, url: c.html_url, author: c.user?.login ?? '', ...(id !== undefined ? { recordedId: id } : {}) });
        }
    }
    if (!candidates.length)
        return undefined;
    const login = await tokenLogin(octokit);
    const own = candidates.filter((c) => c.author === login).sort((a, b) => a.id - b.id);
    const found = own.find((c) => c.recordedId === c.id) ?? own[0];
    return found && { id: found.id, body: found.body, url: found.url };
}
function isPermissionError(err) {
    const e = err;
    return e.status === 403 || e.status === 404 || /Resource not accessible by integration/i.test(e.message ?? '');
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
;// CONCATENATED MODULE: ./src/report/pr-comment.ts


/** The comment found or written earlier in this run, so progress updates cost one request each. */
const known = new Map();
/**
 * Creates or updates this action's one comment on the run's pull request. Never fails the step:
 * no PR is an info line, missing permissions (fork PRs, read-only tokens) a warning.
 * Returns the comment URL when one exists after the call.
 */
async function upsertComment(ctx, report, opts) {
    if (opts.mode === 'false')
        return undefined;
    if (ctx.prNumber === undefined) {
        opts.log.info(`No pull request for this ${ctx.eventName || 'unknown'} event: skipping the PR comment.`);
        return undefined;
    }
    if (!opts.token) {
        opts.log.warning('No github-token: skipping the PR comment.');
        return undefined;
    }
    const [owner, repo] = ctx.repository.split('/');
    if (!owner || !repo)
        return undefined;
    const target = { owner, repo, issueNumber: ctx.prNumber };
    const markerLine = marker(report.group, opts.channel, opts.commentId);
    try {
        const { getOctokit } = await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 92413));
        const octokit = getOctokit(opts.token);
        const cacheKey = `${ctx.repository}#${ctx.prNumber} ${markerLine}`;
        // null: looked earlier in this run and found none (so on-failure progress updates list comments once).
        let existing = known.get(cacheKey);
        if (existing === undefined) {
            const found = await findComment(octokit, target, markerLine);
            existing = found ? { ...found, history: decodeState(found.body) } : null;
            known.set(cacheKey, existing);
        }
        if (opts.mode === 'on-failure' && !report.error && !existing)
            return undefined;
        const history = existing?.history ?? [];
        // The state records the comment's own id once it is known, so later runs can tell it from a copy.
        const bodyWith = (id) => opts.render
            ? commentBody(markerLine, opts.render(), history, id)
            : commentBody(markerLine, (0,summary.renderReport)(report, history), mergeHistory(history, (0,summary/* toHistory */.GQ)(report)), id);
        const body = bodyWith(existing?.id);
        if (existing) {
            // Unchanged, or changed only by recording the id: nothing worth a request.
            if (existing.body === body || existing.body === bodyWith()) {
                opts.log.info(`PR comment unchanged: ${existing.url}`);
                return existing.url;
            }
            const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
            known.set(cacheKey, { ...existing, body, url: data.html_url });
            opts.log.info(`Updated the PR comment: ${data.html_url}`);
            return data.html_url;
        }
        const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: target.issueNumber, body });
        known.set(cacheKey, { id: data.id, url: data.html_url, body, history });
        opts.log.info(`Commented on the PR: ${data.html_url}`);
        return data.html_url;
    }
    catch (err) {
        const message = err.message?.split('\n')[0] ?? String(err);
        if (isPermissionError(err)) {
            opts.log.warning(`Could not write the PR comment (${message}). Fork PRs and read-only tokens cannot comment; grant pull-requests: write to enable it.`);
        }
        else {
            opts.log.warning(`Could not write the PR comment: ${message}`);
        }
        return undefined;
    }
}


/***/ }),

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

//# sourceMappingURL=1167.index.js.map