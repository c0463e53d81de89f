export const id = 167;
export const ids = [167,518];
export const modules = {

/***/ 1167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upsertComment: () => (/* binding */ upsertComment)
});

;// CONCATENATED MODULE: ./src/report/github-comment.ts
/** The comment's hidden marker: one sticky comment per PR, group, endpoint and comment-id. */
function marker(group, endpoint, commentId) {
    const key = [group, endpoint ?? '-', commentId || 'default'].map((s) => s.replace(/[^A-Za-z0-9._:/-]/g, '_')).join(' ');
    return `<!-- sagemaker-private-registry-action: ${key} -->`;
}
const STATE = /<!-- sagemaker-private-registry-action-state: ([A-Za-z0-9+/=]+) -->/;
const HISTORY_MAX = 20;
/** History travels inside the comment as base64 JSON, so nothing from it is ever rendered raw. */
function encodeState(history) {
    const json = JSON.stringify(history.slice(-HISTORY_MAX));
    return `<!-- sagemaker-private-registry-action-state: ${Buffer.from(json, 'utf8').toString('base64')} -->`;
}
function decodeState(body) {
    const m = STATE.exec(body);
    if (!m)
        return [];
    try {
        const parsed = JSON.parse(Buffer.from(m[1], 'base64').toString('utf8'));
        return Array.isArray(parsed) ? parsed.filter((h) => h && typeof h === 'object' && typeof h.commit === 'string') : [];
    }
    catch {
        return [];
    }
}
/** Adds this run to the history, replacing an entry for the same version (a re-run) instead of repeating it. */
function mergeHistory(history, entry) {
    const same = (h) => (entry.arn ? h.arn === entry.arn : h.commit === entry.commit && h.image === entry.image && h.failed);
    return [...history.filter((h) => !same(h)), entry];
}
function commentBody(markerLine, report, history) {
    return `${markerLine}\n${report}\n${encodeState(history)}\n`;
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
/** Finds this action's comment: the marker AND the token's own author, across every page. */
async function findComment(octokit, target, markerLine) {
    const candidates = [];
    const authors = new Map();
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100
    });
    for await (const page of pages) {
        for (const c of page.data) {
            if (c.body?.includes(markerLine)) {
                candidates.push({ id: c.id, body: c.body, url: c.html_url });
                authors.set(c.id, c.user?.login ?? '');
            }
        }
    }
    if (!candidates.length)
        return undefined;
    const login = await tokenLogin(octokit);
    return candidates.find((c) => authors.get(c.id) === login);
}
function isPermissionError(err) {
    const e = err;
    return e.status === 403 || e.status === 404 || /Resource not accessible by integration/i.test(e.message ?? '');
}

// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(6518);
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
    const markerLine = marker(report.group, opts.endpoint, opts.commentId);
    try {
        const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
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
        const body = commentBody(markerLine, (0,summary.renderReport)(report, history), mergeHistory(history, (0,summary.toHistory)(report)));
        if (existing) {
            if (existing.body === body) {
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

//# sourceMappingURL=167.index.js.map