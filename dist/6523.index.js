export const id = 6523;
export const ids = [6523];
export const modules = {

/***/ 16367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xr: () => (/* binding */ callerAccount),
/* harmony export */   e9: () => (/* binding */ stsFor),
/* harmony export */   vw: () => (/* binding */ inOtherAccount)
/* harmony export */ });
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15857);

const asked = new WeakMap();
/** An STS client with the SageMaker client's credentials, Region and retries. */
async function stsFor(sm) {
    const { STSClient } = await (0,_sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .stsSdk */ .nB)();
    const region = await sm.config.region().catch(() => undefined);
    return new STSClient({ ...(region ? { region } : {}), credentials: sm.config.credentials, maxAttempts: await sm.config.maxAttempts() });
}
/** The 12-digit account of the client's credentials; undefined when STS cannot tell (the caller then assumes the worst). */
function callerAccount(sm) {
    let answer = asked.get(sm);
    if (!answer)
        asked.set(sm, (answer = ask(sm)));
    return answer;
}
async function ask(sm) {
    try {
        const { GetCallerIdentityCommand } = await (0,_sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .stsSdk */ .nB)();
        const out = await (await stsFor(sm)).send(new GetCallerIdentityCommand({}));
        return /^\d{12}$/.test(out.Account ?? '') ? out.Account : undefined;
    }
    catch {
        return undefined;
    }
}
/** Whether a group (or version) ARN belongs to another account than the client's: unknown counts as another. */
async function inOtherAccount(sm, account) {
    if (!account)
        return false;
    return (await callerAccount(sm)) !== account;
}


/***/ }),

/***/ 86523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryClient: () => (/* binding */ registryClient),
/* harmony export */   sessionName: () => (/* binding */ sessionName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49301);
/* harmony import */ var _inputs_registry_role_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75775);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81919);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16367);
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15857);






/** RoleSessionName: 2-64 of [\w+=,.@-], naming the run. */
function sessionName(runId) {
    return `gha-${runId.replace(/[^\w+=,.@-]/g, '-') || 'local'}`.slice(0, 64);
}
async function registryClient(sm, roleArn, opts) {
    const owner = (0,_inputs_registry_role_js__WEBPACK_IMPORTED_MODULE_2__/* .roleAccount */ .cP)(roleArn);
    const caller = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .callerAccount */ .Xr)(sm);
    if (caller === owner) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`registry-role-arn ${roleArn} is a role of account ${owner}, which this run's credentials already belong to: set it only when the group is in another account.`);
    }
    const { AssumeRoleCommand } = await (0,_sdk_js__WEBPACK_IMPORTED_MODULE_5__/* .stsSdk */ .nB)();
    const sts = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .stsFor */ .e9)(sm);
    const assume = async () => {
        const out = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: sessionName(opts.runId), DurationSeconds: 3600 })).catch((err) => {
            throw assumeRefused(err, roleArn, caller);
        });
        const c = out.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`sts:AssumeRole of registry-role-arn ${roleArn} returned no credentials.`);
        _log_js__WEBPACK_IMPORTED_MODULE_1__.setSecret(c.SecretAccessKey);
        _log_js__WEBPACK_IMPORTED_MODULE_1__.setSecret(c.SessionToken);
        return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, ...(c.Expiration ? { expiration: c.Expiration } : {}) };
    };
    let first = await assume();
    _log_js__WEBPACK_IMPORTED_MODULE_1__.info(`Registry writes (approval, stage) use registry-role-arn ${roleArn} (session ${sessionName(opts.runId)}).`);
    const credentials = async () => {
        const now = first;
        first = undefined;
        return now ?? assume();
    };
    const { SageMakerClient: Client } = await (0,_sdk_js__WEBPACK_IMPORTED_MODULE_5__/* .sagemakerSdk */ .nP)();
    return new Client({ ...(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .clientConfig */ .yO)(opts), region: await sm.config.region(), credentials });
}
/** An AssumeRole refusal names the role, the account asking and what each side must allow; AWS's text stays in the log. */
function assumeRefused(err, roleArn, caller) {
    const e = err;
    if (e.name !== 'AccessDenied' && e.name !== 'AccessDeniedException' && e.$metadata?.httpStatusCode !== 403)
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .explainAwsError */ .Ni)(err, 'sts:AssumeRole');
    _log_js__WEBPACK_IMPORTED_MODULE_1__.info(`AWS said: ${String(err.message ?? '').replace(/\s+/g, ' ').slice(0, 500)}`);
    const who = caller ? `account ${caller} (this run's credentials)` : "this run's account";
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`sts:AssumeRole of registry-role-arn ${roleArn} was refused: the role's trust policy in account ${(0,_inputs_registry_role_js__WEBPACK_IMPORTED_MODULE_2__/* .roleAccount */ .cP)(roleArn)} must allow ${who}, and the role this run assumed needs sts:AssumeRole on it.`);
}


/***/ })

};

//# sourceMappingURL=6523.index.js.map