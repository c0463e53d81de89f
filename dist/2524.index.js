export const id = 2524;
export const ids = [2524];
export const modules = {

/***/ 52524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readPull),
/* harmony export */   withPullRequestHead: () => (/* binding */ withPullRequestHead)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const text = (v, max = 255) => (typeof v === 'string' ? v.slice(0, max) : '');
/**
 * One GET of the pull request. Fails closed: a pull request that cannot be read stops the step before any write
 * (the caller would otherwise act on the default branch's commit, which nobody reviewed).
 */
async function readPull(ctx, token, number) {
    const [owner, repo] = ctx.repository.split('/');
    if (!owner || !repo || !token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Refused: pull request #${number} cannot be read (${token ? 'no repository' : 'no github-token'}); nothing was changed.`);
    try {
        const { getOctokit } = await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 92413));
        const { data } = await getOctokit(token).rest.pulls.get({ owner, repo, pull_number: number });
        const sha = text(data.head?.sha);
        if (!/^[0-9a-f]{40}$/.test(sha))
            throw new Error('no head commit in the answer');
        return {
            number,
            headSha: sha,
            headRef: text(data.head?.ref),
            headRepo: text(data.head?.repo?.full_name),
            baseRef: text(data.base?.ref),
            state: text(data.state, 20),
            merged: data.merged === true
        };
    }
    catch (err) {
        const status = err.status;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Refused: pull request #${number} of ${ctx.repository} could not be read (${status ? `HTTP ${status}` : 'no answer'}); nothing was changed.`);
    }
}
/**
 * An issue_comment on a pull request runs on the default branch: GITHUB_SHA is not the PR's commit. The PR's
 * head commit and branch come from the pull request itself; without an answer the step fails (fail closed).
 */
async function withPullRequestHead(ctx, token, log) {
    if (ctx.eventName !== 'issue_comment' || ctx.prNumber === undefined)
        return ctx;
    const pull = await readPull(ctx, token, ctx.prNumber);
    log.info(`Pull request #${ctx.prNumber}: head ${pull.headSha} on ${pull.headRef.replace(/[^\w./-]/g, '_')}`);
    return { ...ctx, sha: pull.headSha, refName: pull.headRef, refType: 'pull' };
}


/***/ })

};

//# sourceMappingURL=2524.index.js.map