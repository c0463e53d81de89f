export const id = 664;
export const ids = [664];
export const modules = {

/***/ 7664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upsertComment: () => (/* binding */ upsertComment)
});

;// CONCATENATED MODULE: ./src/github-comment.ts
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

// EXTERNAL MODULE: ./src/report.ts + 1 modules
var src_report = __webpack_require__(5272);
;// CONCATENATED MODULE: ./src/pr-comment.ts


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
        const existing = await findComment(octokit, target, markerLine);
        if (opts.mode === 'on-failure' && !report.error && !existing)
            return undefined;
        const history = existing ? decodeState(existing.body) : [];
        const body = commentBody(markerLine, (0,src_report/* renderReport */.B1)(report, history), mergeHistory(history, (0,src_report/* toHistory */.GQ)(report)));
        if (existing) {
            if (existing.body === body) {
                opts.log.info(`PR comment unchanged: ${existing.url}`);
                return existing.url;
            }
            const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
            opts.log.info(`Updated the PR comment: ${data.html_url}`);
            return data.html_url;
        }
        const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: target.issueNumber, body });
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


/***/ })

};

//# sourceMappingURL=664.index.js.map