export const id = 4523;
export const ids = [4523];
export const modules = {

/***/ 24523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ login),
/* harmony export */   readEvent: () => (/* binding */ readEvent),
/* harmony export */   requireWriteAccess: () => (/* binding */ requireWriteAccess),
/* harmony export */   t: () => (/* binding */ requireWriter)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * Who may act from a comment. Anyone can comment on a public repository's pull requests, and an issue_comment run
 * acts on the PR's head (possibly a fork's): the commenter must have write access.
 */


function readEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}
/** A GitHub login as it may be shown (anything else is not one). */
const login = (v) => (typeof v === 'string' && /^[A-Za-z0-9-]+(\[bot\])?$/.test(v) ? v : undefined);
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
/**
 * On issue_comment events the commenter must have write access: author_association OWNER (the account that owns
 * the repository), or the collaborator permission API saying admin, maintain or write. MEMBER and COLLABORATOR are
 * not enough alone: an organisation member or an invited collaborator may hold only read or triage. Anything else
 * (or no answer) is refused.
 */
async function requireWriteAccess(ctx, payload, token) {
    if (ctx.eventName !== 'issue_comment')
        return;
    await requireWriter(ctx, token, { login: payload.comment?.user?.login, association: payload.comment?.author_association, role: "the comment's author", act: "act from a comment (a fork's PR head is not built, registered or promoted for others)" });
}
/** Refuses unless `who` has admin, maintain or write on the repository (OWNER, or GitHub's permission API). Fails closed. */
async function requireWriter(ctx, token, who) {
    const user = login(who.login);
    const association = String(who.association ?? 'NONE');
    if (user && association === 'OWNER')
        return;
    const [owner, repo] = ctx.repository.split('/');
    let permission = 'unknown';
    if (user && owner && repo && token) {
        try {
            const { getOctokit } = await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 92413));
            const { data } = await getOctokit(token).rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user });
            permission = String(data.role_name ?? data.permission);
            if (WRITE_PERMISSIONS.has(permission))
                return;
        }
        catch (err) {
            permission = `not readable: ${String(err.status ?? 'no answer')}`;
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Refused: ${who.role} ${user ? `@${user}` : '(unknown)'} (association ${association.replace(/[^A-Z_]/g, '').slice(0, 20)}, permission ${permission.replace(/[^\w :-]/g, '').slice(0, 60)}) has no write access to ${ctx.repository}; only people with write access may ${who.act}. Nothing was changed.`);
}


/***/ })

};

//# sourceMappingURL=4523.index.js.map