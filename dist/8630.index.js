export const id = 8630;
export const ids = [8630];
export const modules = {

/***/ 28630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CredentialsRequiredError: () => (/* binding */ CredentialsRequiredError),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   dG: () => (/* binding */ CERT_CODE),
/* harmony export */   fv: () => (/* binding */ errorCodes),
/* harmony export */   rd: () => (/* binding */ networkFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * What went wrong talking to a registry: the error codes of its JSON error bodies, why a fetch failed (and whether
 * trying again is worth it), and the error for a streamed body that did not get through.
 */

/** A streamed request body that did not get through (network failure or time-out): worth another try from the start. */
class TransientError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    name = 'TransientError';
}
/**
 * The registry wants credentials and none were given (or it does not allow anonymous access): the one refusal
 * `resolve-digest: auto` may answer by registering the tag unpinned.
 */
class CredentialsRequiredError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    name = 'CredentialsRequiredError';
}
/** The error codes of a registry's JSON error body (consumes the body). */
async function errorCodes(res) {
    try {
        const doc = JSON.parse(await res.text());
        return (doc.errors ?? []).map((e) => e.code).filter((c) => typeof c === 'string');
    }
    catch {
        return [];
    }
}
/** A certificate the runner does not trust: the registry speaks TLS, so plain http is no fallback. */
const CERT_CODE = /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID)/;
const TLS_CODE = /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)/;
/** Why fetch failed, in a few words; TLS failures and unknown hosts are not worth retrying. */
function networkFailure(err, timeoutMs) {
    const e = err;
    if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') {
        return { reason: `no answer within ${Math.round(timeoutMs / 100) / 10} s`, tls: false };
    }
    const code = e?.cause?.code;
    // ENOTFOUND: the name does not exist (a typo stays a typo); EAI_AGAIN is a resolver hiccup worth retrying.
    if (code === 'ENOTFOUND')
        return { reason: 'DNS lookup failed: ENOTFOUND, no such host', tls: false, final: true };
    if (code === 'EAI_AGAIN')
        return { reason: `DNS lookup failed: ${code}`, tls: false };
    if (code && TLS_CODE.test(code))
        return { reason: `TLS error ${code}`, tls: true };
    return { reason: code ?? e?.cause?.message ?? e?.message ?? String(err), tls: false };
}
/** The wait a Retry-After header asks for (seconds or an HTTP date), 0 when there is none. */
function retryAfterMs(value) {
    if (!value)
        return 0;
    const seconds = Number(value.trim());
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? 0 : Math.max(0, date - Date.now());
}


/***/ })

};

//# sourceMappingURL=8630.index.js.map