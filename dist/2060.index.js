export const id = 2060;
export const ids = [2060,8630];
export const modules = {

/***/ 76599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ readToken),
/* harmony export */   CF: () => (/* binding */ cacheToken),
/* harmony export */   KQ: () => (/* binding */ cachedToken),
/* harmony export */   Nm: () => (/* binding */ sameOrigin),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   bV: () => (/* binding */ tokenKey),
/* harmony export */   p1: () => (/* binding */ challengeOf),
/* harmony export */   tB: () => (/* binding */ basicAuth),
/* harmony export */   uV: () => (/* binding */ parseChallenges)
/* harmony export */ });
/* unused harmony export clearTokenCache */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * The pieces of registry authentication: WWW-Authenticate challenges, the Bearer token cache of the run, the
 * token server's answer, Basic credentials, and where credentials may be sent (same origin, https or loopback).
 */


const TOKEN_TTL_MARGIN_MS = 10_000;
const tokenCache = new Map();
/** Forgets the Bearer tokens of this run. */
function clearTokenCache() {
    tokenCache.clear();
}
/** The cached token for a realm, service, scope and credentials; undefined when there is none or it has expired. */
function cachedToken(key) {
    const cached = tokenCache.get(key);
    return cached && cached.expiresAt > Date.now() ? cached : undefined;
}
function cacheToken(key, token) {
    tokenCache.set(key, token);
}
/** The cache key of a token: realm, service, scope and (hashed) credentials. */
function tokenKey(realm, service, scope, creds) {
    return [realm, service ?? '', scope, creds ? credentialKey(creds) : ''].join('\n');
}
/** The token in a token server's 200 answer, with its expiry (60 s when not given, less a safety margin). */
async function readToken(res, failed) {
    let json;
    try {
        json = (await res.json());
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ)
            throw err; // too large, or broke off on the way
        throw failed('answered with something that is not JSON');
    }
    const token = typeof json.token === 'string' && json.token ? json.token : json.access_token;
    if (typeof token !== 'string' || !token)
        throw failed('answered without a token or access_token');
    const seconds = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : 60;
    return { token, expiresAt: Date.now() + seconds * 1000 - TOKEN_TTL_MARGIN_MS };
}
const CHALLENGE_PART = /[\s,]*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s*(=)\s*(?:"((?:[^"\\]|\\.)*)"?|([!#$%&'*+.^_`|~0-9A-Za-z-]+))?)?/y;
/** Parses WWW-Authenticate: challenges, each a scheme and comma-separated key=value or key="quoted" params. */
function parseChallenges(header) {
    const out = [];
    const part = new RegExp(CHALLENGE_PART);
    for (let pos = 0; pos < header.length;) {
        part.lastIndex = pos;
        const m = part.exec(header);
        if (!m) {
            pos++;
            continue;
        }
        pos = part.lastIndex;
        const [, name, equals, quoted, bare] = m;
        if (!equals)
            out.push({ scheme: name.toLowerCase(), params: {} });
        else if (out.length)
            out[out.length - 1].params[name.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
    }
    return out;
}
/** The WWW-Authenticate header of a 401 (the body is discarded). */
async function challengeOf(res) {
    await res.body?.cancel();
    return res.headers.get('www-authenticate');
}
function basicAuth(creds) {
    return Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
}
function credentialKey(creds) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${creds.username}\n${creds.password}`).digest('hex');
}
function sameOrigin(a, b) {
    try {
        return new URL(a).origin === new URL(b).origin;
    }
    catch {
        return false;
    }
}
function isLoopback(host) {
    const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return name === 'localhost' || name === '127.0.0.1' || name === '::1';
}


/***/ }),

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


/***/ }),

/***/ 26351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WA: () => (/* binding */ DIGEST_PATTERN),
  Z2: () => (/* binding */ MEDIA_TYPES),
  WR: () => (/* binding */ RegistryHttp)
});

// UNUSED EXPORTS: CredentialsRequiredError, MANIFEST_ACCEPT, TransientError, clearTokenCache, defaultSleep, errorCodes, isLoopback, parseChallenges

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/auth.ts
var auth = __webpack_require__(76599);
// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(28630);
;// CONCATENATED MODULE: ./src/oci/body.ts
/**
 * Bounded response bodies. A registry is untrusted: manifests, indexes, tag lists, error bodies and token answers
 * are read while streaming up to MAX_DOCUMENT_BYTES (a huge or decompression-bomb body is cut off, never held), and
 * a body that breaks off on the way fails with a short message instead of a network stack.
 */


/** The most a manifest, index, tag list, error body or token answer may hold (4 MiB). */
const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
/** A body that broke off while it was read (worth another try). */
class BodyReadError extends errors/* ActionError */.lZ {
    name = 'BodyReadError';
}
/** A body larger than its limit. */
class BodyTooLargeError extends errors/* ActionError */.lZ {
    name = 'BodyTooLargeError';
}
/**
 * The response with its body limited to `limit` bytes (after any content decoding) and read failures turned into
 * BodyReadError; `what` names the sender in messages. Responses without a body are returned as they are.
 */
function capResponse(res, what, limit = MAX_DOCUMENT_BYTES) {
    if (!res.body)
        return res;
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
        void res.body.cancel().catch(() => undefined);
        const body = new ReadableStream({ start: (c) => c.error(tooLarge(what, limit)) });
        return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    }
    const reader = res.body.getReader();
    let total = 0;
    const body = new ReadableStream({
        async pull(controller) {
            let chunk;
            try {
                chunk = await reader.read();
            }
            catch (err) {
                controller.error(new BodyReadError(`Reading the answer of ${what} failed (${(0,oci_errors/* networkFailure */.rd)(err, 0).reason.slice(0, 100)}).`));
                return;
            }
            if (chunk.done)
                return controller.close();
            total += chunk.value.byteLength;
            if (total > limit) {
                await reader.cancel().catch(() => undefined);
                controller.error(tooLarge(what, limit));
                return;
            }
            controller.enqueue(chunk.value);
        },
        cancel: (reason) => reader.cancel(reason)
    });
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}
function tooLarge(what, limit) {
    return new BodyTooLargeError(`${what} answered with more than ${limit / 1024 / 1024} MiB where a small document was expected; refusing to read it.`);
}
/** Reads a (capped) body as bytes. */
async function readBytes(res) {
    return Buffer.from(await res.arrayBuffer());
}

;// CONCATENATED MODULE: ./src/oci/refusals.ts
/** What a registry's refusal means for the person reading the log: messages only, never credentials. Pure. */



function missingHint(push) {
    return push ? 'give credentials that may push' : 'set registry-secret-arn to a secret holding them';
}
/** The message for a 401 or 403. Without credentials it is a CredentialsRequiredError (callers may fall back). */
function refusal(who, status, challenge) {
    const { where, push } = who;
    const verb = push ? 'pushing to' : 'pulling';
    const scopeError = challenge ? (0,auth/* parseChallenges */.uV)(challenge).find((c) => c.params.error)?.params.error : undefined;
    if (status === 401) {
        if (!who.hasCredentials)
            return new oci_errors.CredentialsRequiredError(`${where} requires credentials (HTTP 401) and none were given: ${missingHint(push)}.`);
        if (who.bearer && scopeError === 'insufficient_scope') {
            return new errors/* ActionError */.lZ(`${where} refused the token (HTTP 401, insufficient_scope): the credentials do not allow ${verb} this repository.`);
        }
        return new errors/* ActionError */.lZ(`${where} rejected the credentials (HTTP 401): check the username and password${push ? ' for pushing' : ' in the registry secret'}.`);
    }
    const anonymous = push ? 'anonymous pushes are not allowed' : 'anonymous pulls are not allowed; set registry-secret-arn';
    if (!who.hasCredentials)
        return new oci_errors.CredentialsRequiredError(`${where} denied access (HTTP ${status}): ${anonymous}.`);
    return new errors/* ActionError */.lZ(`${where} denied access (HTTP ${status}): the credentials do not allow ${verb} this repository.`);
}
/** The message for any other unexpected status; `subject` says what was asked for. */
function statusError(who, a) {
    const tries = a.status === 429 || a.status >= 500 ? ` after ${a.retries + 1} attempt${a.retries ? 's' : ''}` : '';
    return new errors/* ActionError */.lZ(`${who.where} answered HTTP ${a.status}${a.codes.length ? ` (${a.codes.join(', ')})` : ''} for ${a.subject}${tries}.`);
}

;// CONCATENATED MODULE: ./src/oci/fetch.ts
/**
 * fetch for the registry transport: a time-out per attempt within the run's deadline, retries of network errors,
 * 429 and 5xx with exponential backoff and Retry-After, and redirects followed by hand: https only (plain http only
 * when the registry itself is loopback or explicitly insecure), Authorization only to the registry's own origin.
 * Streamed request bodies are sent once (never replayed).
 */



const MAX_DELAY_MS = 60_000;
const MAX_REDIRECTS = 5;
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The error for a run whose time budget is spent. */
function budgetError(what, repository) {
    return new errors/* ActionError */.lZ(`The run's time budget ran out while talking to ${what} for ${repository}; nothing more was asked of it.`);
}
/** fetch with a time-out per attempt, retrying network errors, 429 and 5xx with exponential backoff. */
async function fetchWithRetries(policy, req) {
    const init = req.init ?? {};
    const streamed = init.body instanceof ReadableStream;
    const attempts = streamed ? 1 : policy.retries + 1;
    const repo = policy.repository;
    for (let attempt = 1;; attempt++) {
        const remaining = remainingMs(policy);
        if (remaining <= 0)
            throw budgetError(req.what, repo);
        let got;
        let failure;
        try {
            const timeout = AbortSignal.timeout(Math.min(policy.timeoutMs, remaining));
            const signal = !init.signal ? timeout : policy.deadline === undefined ? init.signal : AbortSignal.any([init.signal, AbortSignal.timeout(remaining)]);
            got = await followRedirects(policy, req, signal);
        }
        catch (err) {
            if (err instanceof errors/* ActionError */.lZ)
                throw err;
            failure = (0,oci_errors/* networkFailure */.rd)(err, policy.timeoutMs);
        }
        const res = got?.res;
        if (got && res.status !== 429 && res.status < 500)
            return got;
        const reason = res ? `HTTP ${res.status}` : failure.reason;
        if (attempt >= attempts || failure?.tls || failure?.final || init.signal?.aborted) {
            if (got)
                return got;
            const hint = failure?.tls ? 'check its certificate, or whether it only speaks plain http' : 'check the host, port and network access from the runner';
            const tries = `${attempt} attempt${attempt === 1 ? '' : 's'}`;
            const message = streamed
                ? `Sending data to ${req.what} for ${repo} failed (${reason}).`
                : `Cannot reach ${req.what} for ${repo} (${reason}) after ${tries}: ${hint}.`;
            throw streamed && !failure?.tls ? new oci_errors/* TransientError */.N_(message) : new errors/* ActionError */.lZ(message);
        }
        const delay = Math.min(MAX_DELAY_MS, Math.max(1000 * 2 ** (attempt - 1), (0,oci_errors/* retryAfterMs */.Vs)(res?.headers.get('retry-after'))));
        await res?.body?.cancel();
        if (delay >= remainingMs(policy))
            throw budgetError(req.what, repo);
        policy.log?.warning(`Request to ${req.what} for ${repo} failed (${reason}); retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${attempts}).`);
        await policy.sleep(delay);
    }
}
function remainingMs(policy) {
    return policy.deadline === undefined ? Number.POSITIVE_INFINITY : policy.deadline - Date.now();
}
/**
 * One attempt, following up to 5 redirects by hand: https only (http only when policy.allowHttp), Authorization
 * kept only while the target stays on the registry's own origin.
 */
async function followRedirects(policy, req, signal) {
    const origin = req.origin ?? req.url;
    let { url, method } = req;
    let headers = { ...req.headers };
    let body = req.init?.body;
    for (let hop = 0;; hop++) {
        // A streamed body with any redirect mode but 'error' is teed by fetch for a replay, holding every byte sent in memory.
        const redirect = body instanceof ReadableStream ? 'error' : 'manual';
        const res = await policy.fetch(url, { method, headers, signal, redirect, ...(body !== undefined ? { body, duplex: 'half' } : {}) });
        const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
        if (!location)
            return { res, url };
        await res.body?.cancel();
        const next = redirectTarget(location, url, policy, req.what);
        if (hop >= MAX_REDIRECTS)
            throw new errors/* ActionError */.lZ(`${req.what} for ${policy.repository} redirected more than ${MAX_REDIRECTS} times.`);
        if (body instanceof ReadableStream)
            throw new errors/* ActionError */.lZ(`${req.what} for ${policy.repository} redirected an upload, which cannot be sent twice.`);
        if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
            method = method === 'HEAD' ? 'HEAD' : 'GET';
            body = undefined;
        }
        if (!(0,auth/* sameOrigin */.Nm)(next, origin)) {
            headers = { ...headers };
            delete headers.Authorization;
        }
        url = next;
    }
}
/** The absolute URL of a redirect, refused when it is not http(s), or plain http without policy.allowHttp. */
function redirectTarget(location, base, policy, what) {
    let next;
    try {
        next = new URL(location, base);
    }
    catch {
        throw new errors/* ActionError */.lZ(`${what} for ${policy.repository} redirected to something that is not a URL.`);
    }
    if (next.protocol === 'https:' || (next.protocol === 'http:' && policy.allowHttp))
        return next.toString();
    throw new errors/* ActionError */.lZ(`${what} for ${policy.repository} redirected to ${next.protocol === 'http:' ? `plain http (${next.host})` : 'a URL that is not https'}; only https redirects are followed.`);
}

;// CONCATENATED MODULE: ./src/oci/token.ts
/**
 * A Bearer token from a registry's token server (the realm of its challenge). The realm is named by the untrusted
 * registry: https only (plain http only when registry and realm are both loopback, or the registry is insecure);
 * the answer is capped; the token is masked the moment it exists.
 */






function realmUrl(r) {
    let url;
    try {
        url = new URL(r.realm);
    }
    catch {
        throw new errors/* ActionError */.lZ(`${r.where} sent a token realm that is not a URL: ${JSON.stringify(r.realm.slice(0, 100))}.`);
    }
    const httpOk = url.protocol === 'http:' && (r.insecure === true || ((0,auth/* isLoopback */.U9)(r.registry) && (0,auth/* isLoopback */.U9)(url.host)));
    if (url.protocol !== 'https:' && !httpOk) {
        throw new errors/* ActionError */.lZ(`${r.where} sent a token realm over plain http (${url.origin.slice(0, 100)}); credentials are only sent to https realms.`);
    }
    if (r.service)
        url.searchParams.set('service', r.service);
    for (const scope of r.scopes)
        url.searchParams.append('scope', scope);
    return url;
}
async function requestToken(r) {
    const url = realmUrl(r);
    const headers = { Accept: 'application/json' };
    if (r.credentials)
        headers.Authorization = `Basic ${(0,auth/* basicAuth */.tB)(r.credentials)}`;
    const server = `the token server ${url.host}`;
    const got = await fetchWithRetries(r.policy, { url: url.toString(), method: 'GET', headers, what: `token server ${url.host}` });
    const res = capResponse(got.res, `${r.where}: ${server}`);
    if (res.status !== 200)
        await res.body?.cancel();
    if ((res.status === 401 || res.status === 403) && !r.credentials) {
        throw new oci_errors.CredentialsRequiredError(`${r.where}: ${server} requires credentials (HTTP ${res.status}) and none were given: ${missingHint(r.push)}.`);
    }
    if (res.status === 401 || res.status === 403) {
        const which = r.push ? 'the credentials for pushing' : 'the username and password in the registry secret';
        throw new errors/* ActionError */.lZ(`${r.where}: ${server} rejected the credentials (HTTP ${res.status}): check ${which}.`);
    }
    if (res.status !== 200)
        throw new errors/* ActionError */.lZ(`${r.where}: ${server} answered HTTP ${res.status}.`);
    const token = await (0,auth/* readToken */.AI)(res, (what) => new errors/* ActionError */.lZ(`${r.where}: ${server} ${what}.`));
    r.setSecret?.(token.token);
    return token;
}

;// CONCATENATED MODULE: ./src/oci/http.ts
/**
 * Authenticated requests to one repository of an OCI registry (Node's fetch): Basic and Bearer challenges with
 * a token per scope (pull, or pull,push), a token cache for the run, time-outs within the run's deadline, retries
 * with backoff and Retry-After. The registry is untrusted: only its own origin's challenges are answered and only
 * it receives Authorization; documents are capped while streaming (body.ts); loopback or explicitly insecure
 * registries are tried over https first, plain http only when https is not spoken. Messages never include credentials.
 */










const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
};
const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');
const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRIES = 3;
/** Requests to one repository; the Authorization found on the first challenge is reused for the next requests. */
class RegistryHttp {
    access;
    opts;
    retries;
    timeoutMs;
    sleep;
    policy;
    scopes;
    authorization;
    bearer;
    scheme;
    decided = 'https';
    constructor(access, opts = {}) {
        this.access = access;
        this.opts = opts;
        this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.retries = opts.retries ?? DEFAULT_RETRIES;
        this.sleep = opts.sleep ?? defaultSleep;
        const { timeoutMs, retries, sleep } = this;
        const allowHttp = this.mayUseHttp();
        this.policy = { fetch: opts.fetchImpl ?? fetch, timeoutMs, retries, sleep, log: opts.log, repository: access.repository, deadline: opts.deadline, allowHttp };
        this.scopes = [`repository:${access.repository}:${access.push ? 'pull,push' : 'pull'}`];
        if (access.mountFrom && access.mountFrom !== access.repository)
            this.scopes.push(`repository:${access.mountFrom}:pull`);
    }
    /** The registry's origin: https, or http once https turned out not to be spoken (loopback or insecure only). */
    get base() {
        return `${this.decided}://${this.access.registry}`;
    }
    where() {
        return `Registry ${this.access.registry} (repository ${this.access.repository})`;
    }
    /** The URL of /v2/<repository>/<path>. */
    url(path) {
        return `${this.base}/v2/${this.access.repository}/${path}`;
    }
    /**
     * Sends a request, answering a 401 challenge (and renewing a cached or expired token once). A final 401 or 403
     * throws a message about the credentials; other statuses are returned, 429 and 5xx after the retries.
     */
    async request(method, url, init = {}) {
        url = await this.onOrigin(url);
        const streamed = init.body instanceof ReadableStream;
        if (this.bearer && this.bearer.expiresAt <= Date.now())
            await this.authenticate(this.bearer.header, true);
        let got = await this.send(method, url, init);
        if (got.res.status === 401 && !streamed) {
            const fromCache = await this.authenticate(await (0,auth/* challengeOf */.p1)(got.res));
            got = await this.send(method, url, init);
            if (got.res.status === 401 && fromCache) {
                // A cached token the registry no longer accepts: get a fresh one once.
                await this.authenticate(await (0,auth/* challengeOf */.p1)(got.res), true);
                got = await this.send(method, url, init);
            }
        }
        const { res } = got;
        if (res.status === 401 || res.status === 403) {
            await res.body?.cancel();
            throw this.authError(res.status, res.headers.get('www-authenticate'));
        }
        return res;
    }
    /** A small document (manifest, index, tag list): the response and its bytes, capped; a body that breaks off is retried. */
    async document(url, init = {}) {
        for (let attempt = 1;; attempt++) {
            const res = await this.request('GET', url, init);
            if (res.status !== 200)
                return { res };
            try {
                return { res, bytes: await readBytes(res) };
            }
            catch (err) {
                if (!(err instanceof BodyReadError) || attempt > this.retries)
                    throw err;
                const delay = 1000 * 2 ** (attempt - 1);
                if (this.opts.deadline !== undefined && Date.now() + delay >= this.opts.deadline)
                    throw budgetError(`registry ${this.access.registry}`, this.access.repository);
                this.opts.log?.warning(`${err.message} Retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${this.retries + 1}).`);
                await this.sleep(delay);
            }
        }
    }
    /** The message for a refused request. */
    authError(status, challenge) {
        return refusal(this.who(), status, challenge);
    }
    /** The message for any other unexpected status; `subject` says what was asked for. */
    statusError(status, codes, subject) {
        return statusError(this.who(), { status, codes, subject, retries: this.retries });
    }
    who() {
        return { where: this.where(), push: !!this.access.push, hasCredentials: this.opts.credentials !== undefined, bearer: !!this.bearer };
    }
    async send(method, url, init) {
        const headers = { Accept: MANIFEST_ACCEPT, 'Accept-Encoding': 'identity', ...init.headers };
        // Credentials only go to the registry itself, not to another host an upload Location or a redirect points at.
        if (this.authorization && (0,auth/* sameOrigin */.Nm)(url, this.base))
            headers.Authorization = this.authorization;
        const what = `registry ${this.access.registry}`;
        const got = await fetchWithRetries(this.policy, { url, method, headers, what, init, origin: this.base });
        if (got.res.status === 401 && !(0,auth/* sameOrigin */.Nm)(got.url, this.base)) {
            // A challenge is answered only when it comes from the registry itself, not from a host it redirected to.
            await got.res.body?.cancel();
            const host = new URL(got.url).host.slice(0, 100);
            throw new errors/* ActionError */.lZ(`${this.where()} redirected to ${host}, which asked for credentials (HTTP 401); credentials are only sent to the registry itself.`);
        }
        // Blobs stream through (their size and digest are checked on the way); everything else is a small document.
        const blob = /\/blobs\/sha256:[0-9a-f]{64}$/.test(new URL(url).pathname);
        return blob ? got : { res: capResponse(got.res, `${this.where()}`), url: got.url };
    }
    /** May this registry be spoken to over plain http (loopback, or insecure set)? */
    mayUseHttp() {
        return this.opts.insecure ?? (0,auth/* isLoopback */.U9)(this.access.registry);
    }
    /**
     * The URL on the registry's decided origin. Loopback and insecure registries are asked over https first (a TLS
     * registry behind a port-forward, say); plain http only when https is not spoken there at all.
     */
    async onOrigin(url) {
        this.scheme ??= this.mayUseHttp() ? this.probe() : Promise.resolve('https');
        this.decided = await this.scheme;
        const target = new URL(url);
        if (target.host !== this.access.registry.toLowerCase() || target.protocol === `${this.decided}:`)
            return url;
        target.protocol = `${this.decided}:`;
        return target.toString();
    }
    async probe() {
        const remaining = (this.opts.deadline ?? Number.POSITIVE_INFINITY) - Date.now();
        const signal = AbortSignal.timeout(Math.max(1, Math.min(this.timeoutMs, 5_000, remaining)));
        try {
            const res = await this.policy.fetch(`https://${this.access.registry}/v2/`, { signal, redirect: 'manual', headers: { 'Accept-Encoding': 'identity' } });
            await res.body?.cancel();
            return 'https';
        }
        catch (err) {
            const code = err?.cause?.code ?? '';
            // A certificate the runner does not trust still means the registry speaks TLS: report that, do not downgrade.
            if (oci_errors/* CERT_CODE */.dG.test(code))
                return 'https';
            if (this.opts.insecure)
                this.opts.log?.info(`${this.where()} does not speak https (${(0,oci_errors/* networkFailure */.rd)(err, this.timeoutMs).reason.slice(0, 80)}); using plain http.`);
            return 'http';
        }
    }
    /** Sets the Authorization header from a challenge. Returns true when a cached token was used. */
    async authenticate(header, refresh = false) {
        const challenges = header ? (0,auth/* parseChallenges */.uV)(header) : [];
        const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
        const creds = this.opts.credentials;
        if (bearer) {
            const key = (0,auth/* tokenKey */.bV)(bearer.params.realm, bearer.params.service, this.scopes.join(' '), creds);
            const cached = refresh ? undefined : (0,auth/* cachedToken */.KQ)(key);
            const token = cached ?? (await this.fetchToken(bearer.params.realm, bearer.params.service));
            (0,auth/* cacheToken */.CF)(key, token);
            this.bearer = { header: header, expiresAt: token.expiresAt };
            this.authorization = `Bearer ${token.token}`;
            return cached !== undefined;
        }
        if (challenges.some((c) => c.scheme === 'basic')) {
            if (!creds)
                throw this.authError(401);
            this.authorization = `Basic ${(0,auth/* basicAuth */.tB)(creds)}`;
            return false;
        }
        throw new errors/* ActionError */.lZ(`${this.where()} answered HTTP 401 with no usable authentication challenge (WWW-Authenticate: ${JSON.stringify(header ?? '')}).`);
    }
    fetchToken(realm, service) {
        const { credentials, insecure, setSecret } = this.opts;
        return requestToken({ realm, service, scopes: this.scopes, policy: this.policy, registry: this.access.registry, where: this.where(), push: !!this.access.push, credentials, insecure, setSecret });
    }
}


/***/ }),

/***/ 32060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   c0: () => (/* binding */ mediaTypeOf),
/* harmony export */   eo: () => (/* binding */ manifestField),
/* harmony export */   nL: () => (/* binding */ indexEntries),
/* harmony export */   rB: () => (/* binding */ findPlatform)
/* harmony export */ });
/* unused harmony export MAX_INDEX_ENTRIES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26351);
/**
 * Manifests and multi-platform indexes as bytes: their digest checked against what they were asked by and what
 * the registry said, the index's entries read with every descriptor digest checked, a platform found in them.
 * No network here: client.ts and copy.ts fetch, this module decides whether what came back is acceptable.
 */



/** The most entries a multi-platform index may have. */
const MAX_INDEX_ENTRIES = 1000;
const INDEX_TYPES = new Set([_http_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.ociIndex, _http_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA_TYPES */ .Z2.dockerList]);
/** Checks manifest bytes against the digest they were asked by and the registry's header; returns their digest. */
function checkManifest(body, header, reference, where) {
    const computed = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex')}`;
    if (header && _http_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST_PATTERN */ .WA.test(header) && header !== computed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${where} sent a manifest whose sha256 is ${computed} but said its digest is ${header}.`);
    }
    if (_http_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST_PATTERN */ .WA.test(reference) && reference !== computed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${where} returned a manifest with digest ${computed}, not the requested ${reference}.`);
    }
    return computed;
}
/** os, architecture and variant names as the OCI spec writes them (they end up in messages). */
const PLATFORM_PART = /^[a-z0-9][a-z0-9._-]{0,31}$/i;
function indexEntries(body, where) {
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${where} returned a multi-platform index that is not JSON.`);
    }
    if (!Array.isArray(doc.manifests))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${where} returned a multi-platform index without a manifests list.`);
    if (doc.manifests.length > MAX_INDEX_ENTRIES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${where} returned a multi-platform index with ${doc.manifests.length} entries (at most ${MAX_INDEX_ENTRIES} are read).`);
    }
    const entries = [];
    for (const [i, m] of doc.manifests.entries()) {
        // Every descriptor digest is checked before use: it is shown in logs and asked for by URL.
        if (typeof m?.digest !== 'string' || !_http_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST_PATTERN */ .WA.test(m.digest)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${where} returned a multi-platform index whose entry ${i + 1} has no valid digest (expected sha256:<64 lowercase hex characters>).`);
        }
        const p = m.platform;
        if (typeof p?.os !== 'string' || typeof p.architecture !== 'string' || !PLATFORM_PART.test(p.os) || !PLATFORM_PART.test(p.architecture))
            continue;
        if (p.os === 'unknown' || p.architecture === 'unknown')
            continue; // build attestations, not images
        const variant = typeof p.variant === 'string' && PLATFORM_PART.test(p.variant) ? p.variant : undefined;
        const platform = [p.os, p.architecture, variant].filter(Boolean).join('/');
        entries.push({ digest: m.digest, platform, os: p.os, architecture: p.architecture, ...(variant ? { variant } : {}) });
    }
    return entries;
}
/** Finds os/architecture[/variant]; arm64 without a variant matches v8, and no variant asked matches any. */
function findPlatform(entries, wanted) {
    const [os, architecture, variant] = wanted.trim().toLowerCase().split('/');
    const sameVariant = (v) => variant === undefined || (v ?? defaultVariant(architecture)) === (variant || defaultVariant(architecture));
    return entries.find((e) => e.os === os && e.architecture === architecture && sameVariant(e.variant));
}
function defaultVariant(architecture) {
    return architecture === 'arm64' ? 'v8' : undefined;
}
function mediaTypeOf(contentType) {
    const value = contentType?.split(';')[0]?.trim();
    if (!value || value === 'application/json' || value === 'text/plain' || value === 'application/octet-stream')
        return undefined;
    return value;
}
function manifestField(body, field) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        const value = doc[field];
        return typeof value === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};

//# sourceMappingURL=2060.index.js.map