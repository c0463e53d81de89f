export const id = 6887;
export const ids = [6887];
export const modules = {

/***/ 16887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DeploymentRecorder: () => (/* binding */ DeploymentRecorder)
/* harmony export */ });
/* harmony import */ var _deployment_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43136);

/** Superseded deployments looked at after a success (the newest of the environment). */
const SUPERSEDED_MAX = 10;
class DeploymentRecorder {
    ctx;
    token;
    facts;
    log;
    octokit;
    id;
    production = false;
    off = false;
    constructor(ctx, token, facts, log) {
        this.ctx = ctx;
        this.token = token;
        this.facts = facts;
        this.log = log;
    }
    repo() {
        const [owner = '', repo = ''] = this.ctx.repository.split('/');
        return { owner, repo };
    }
    /** Runs one call; the first failure warns and switches recording off for the rest of the run. */
    async call(what, fn) {
        if (this.off)
            return undefined;
        try {
            if (!this.octokit)
                this.octokit = (await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 92413))).getOctokit(this.token);
            return await fn(this.octokit);
        }
        catch (err) {
            this.off = true;
            const status = err.status;
            const why = status === 403 || status === 404 ? `HTTP ${status}: the token needs deployments: write` : `HTTP ${status ?? 'error'}`;
            this.log.warning(`Could not ${what} (${why}); the deploy goes on without a GitHub deployment record.`);
            return undefined;
        }
    }
    /** Creates the deployment and marks it in_progress. */
    async start() {
        if (!this.token || !/^[^/]+\/[^/]+$/.test(this.ctx.repository)) {
            this.off = true;
            return this.log.info('No token or repository: the deploy is not recorded as a GitHub deployment.');
        }
        const created = await this.call('create a GitHub deployment', (o) => o.request('POST /repos/{owner}/{repo}/deployments', { ...this.repo(), ...(0,_deployment_record_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentRequest */ .f_)(this.facts) }));
        const data = created?.data;
        if (!data?.id)
            return;
        this.id = data.id;
        this.production = data.production_environment === true;
        const where = `GitHub deployment ${this.id} (environment ${this.facts.environment})`;
        this.log.info((await this.status('in_progress')) ? `${where} is in progress.` : `${where} was created; GitHub did not take its status.`);
    }
    /** The final status; after a success, the superseded ones become inactive. */
    async finish(state, outcome) {
        if (this.id === undefined || !state)
            return;
        await this.status(state, outcome);
        if (state === 'success' && this.production)
            await this.supersede();
    }
    /** Sets a status; whether GitHub took it. */
    async status(state, outcome, id = this.id) {
        const body = {
            ...this.repo(),
            deployment_id: id,
            state,
            description: (0,_deployment_record_js__WEBPACK_IMPORTED_MODULE_0__/* .stateDescription */ .GS)(state, this.facts, outcome),
            environment_url: this.facts.url,
            ...(this.ctx.runUrl ? { log_url: this.ctx.runUrl } : {})
        };
        const set = await this.call(`set the GitHub deployment's status to ${state}`, (o) => o.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', body));
        return set !== undefined;
    }
    async supersede() {
        const list = await this.call('list the environment’s GitHub deployments', (o) => o.request('GET /repos/{owner}/{repo}/deployments', { ...this.repo(), environment: this.facts.environment, per_page: SUPERSEDED_MAX }));
        for (const d of (list?.data ?? [])) {
            if (d.id === this.id)
                continue;
            const statuses = await this.call('read a GitHub deployment’s status', (o) => o.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...this.repo(), deployment_id: d.id, per_page: 1 }));
            if (statuses?.data?.[0]?.state === 'success')
                await this.status('inactive', undefined, d.id);
        }
    }
}


/***/ })

};

//# sourceMappingURL=6887.index.js.map