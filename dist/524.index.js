export const id = 524;
export const ids = [524];
export const modules = {

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withPullRequestHead: () => (/* binding */ withPullRequestHead)
/* harmony export */ });
/**
 * An issue_comment on a pull request runs on the default branch: GITHUB_SHA is not the PR's commit. The PR's
 * head commit and branch come from the pull request itself (one GET). Without access the run goes on with a
 * warning and the default branch's commit.
 */
async function withPullRequestHead(ctx, token, log) {
    if (ctx.eventName !== 'issue_comment' || ctx.prNumber === undefined || !token)
        return ctx;
    const [owner, repo] = ctx.repository.split('/');
    if (!owner || !repo)
        return ctx;
    try {
        const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
        const { data } = await getOctokit(token).rest.pulls.get({ owner, repo, pull_number: ctx.prNumber });
        log.info(`Pull request #${ctx.prNumber}: head ${data.head.sha} on ${data.head.ref}`);
        return { ...ctx, sha: data.head.sha, refName: data.head.ref, refType: 'pull' };
    }
    catch (err) {
        log.warning(`Could not read pull request #${ctx.prNumber} (${err.message?.split('\n')[0]}); using ${ctx.sha} as the commit.`);
        return ctx;
    }
}


/***/ })

};

//# sourceMappingURL=524.index.js.map