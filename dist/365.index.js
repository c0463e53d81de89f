export const id = 365;
export const ids = [365,734,630];
export const modules = {

/***/ 6599:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
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

/***/ 3734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   c0: () => (/* binding */ mediaTypeOf),
/* harmony export */   eo: () => (/* binding */ manifestField),
/* harmony export */   resolveDigest: () => (/* binding */ resolveDigest)
/* harmony export */ });
/* unused harmony export MAX_INDEX_ENTRIES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8630);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6351);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6599);
/**
 * Resolves an image reference to its manifest digest with the OCI distribution API, on top of the authenticated
 * transport in registry-http.ts (Basic and Bearer auth, time-outs, retries). Multi-platform indexes are read for
 * a platform's digest. Digests are always checked against the bytes or the registry's answer, never taken on trust.
 */






const TAG = /^[\w][\w.-]{0,127}$/;
/** The most entries a multi-platform index may have. */
const MAX_INDEX_ENTRIES = 1000;
const INDEX_TYPES = new Set([_http_js__WEBPACK_IMPORTED_MODULE_3__/* .MEDIA_TYPES */ .Z2.ociIndex, _http_js__WEBPACK_IMPORTED_MODULE_3__/* .MEDIA_TYPES */ .Z2.dockerList]);
/** Resolves a tag (or checks a digest) to the manifest digest, and the platform's digest inside an index. */
async function resolveDigest(ref, opts = {}) {
    if (ref.digest !== undefined && !_http_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_PATTERN */ .WA.test(ref.digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`The digest of ${ref.registry}/${ref.repository} is not sha256:<64 lowercase hex characters>: ${JSON.stringify(ref.digest)}.`);
    }
    const session = new Session(ref, opts);
    const reference = ref.digest ?? ref.tag ?? 'latest';
    const head = await session.manifest('HEAD', reference);
    let digest = head.status === 200 ? head.headers.get('docker-content-digest')?.trim() : undefined;
    let mediaType = head.status === 200 ? mediaTypeOf(head.headers.get('content-type')) : undefined;
    let body;
    if (!digest || !mediaType) {
        // No digest header (or a 404, whose body says which part is unknown): read the manifest itself.
        const { res: got, bytes } = await session.manifestBody(reference);
        if (!bytes)
            throw await session.notFound(await (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCodes */ .fv)(got));
        body = bytes;
        digest = checkManifest(body, got.headers.get('docker-content-digest')?.trim(), reference, session.http.where());
        mediaType = mediaTypeOf(got.headers.get('content-type')) ?? mediaTypeOf(manifestField(body, 'mediaType'));
    }
    const where = session.http.where();
    if (!_http_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_PATTERN */ .WA.test(digest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${where} answered with an unsupported digest ${JSON.stringify(digest.slice(0, 80))}: expected sha256:<64 hex>.`);
    if (ref.digest && digest !== ref.digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${where} returned a manifest with digest ${digest}, not the requested ${ref.digest}.`);
    }
    const result = { digest, mediaType: mediaType ?? 'unknown' };
    if (opts.platform && INDEX_TYPES.has(result.mediaType)) {
        if (!body) {
            const { res: got, bytes } = await session.manifestBody(digest);
            if (!bytes) {
                await got.body?.cancel();
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${where} announced the index ${digest} but has no manifest with that digest (HTTP ${got.status}).`);
            }
            body = bytes;
            checkManifest(body, got.headers.get('docker-content-digest')?.trim(), digest, where);
        }
        const entries = indexEntries(body, where);
        result.platforms = [...new Set(entries.map((e) => e.platform))];
        const found = findPlatform(entries, opts.platform);
        if (!found) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${where} has no ${opts.platform} image in its multi-platform index ${digest} (platforms: ${result.platforms.join(', ') || 'none'}).`);
        }
        result.platformDigest = found.digest;
    }
    opts.log?.info(`Resolved ${session.name()} to ${result.digest}${result.platformDigest ? ` (${opts.platform}: ${result.platformDigest})` : ''}.`);
    return result;
}
/** One resolution: the transport for the repository, and what a 404 or another status means for this reference. */
class Session {
    ref;
    http;
    constructor(ref, opts) {
        this.ref = ref;
        this.http = new _http_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryHttp */ .WR({ registry: ref.registry, repository: ref.repository }, opts);
    }
    name() {
        const tag = this.ref.tag ? `:${this.ref.tag}` : '';
        const digest = this.ref.digest ? `@${this.ref.digest}` : '';
        return `${this.ref.registry}/${this.ref.repository}${tag || digest ? '' : ':latest'}${tag}${digest}`;
    }
    /** A manifest request. Returns 200 and 404; other statuses throw. */
    async manifest(method, reference) {
        const res = await this.http.request(method, this.http.url(`manifests/${reference}`));
        if (res.status === 200 || res.status === 404)
            return res;
        throw this.http.statusError(res.status, await (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCodes */ .fv)(res), this.name());
    }
    /** A manifest's bytes (capped, a body that breaks off retried); no bytes for a 404. Other statuses throw. */
    async manifestBody(reference) {
        const got = await this.http.document(this.http.url(`manifests/${reference}`));
        if (got.res.status === 200 || got.res.status === 404)
            return got;
        throw this.http.statusError(got.res.status, await (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCodes */ .fv)(got.res), this.name());
    }
    /** The 404 error; for a tag, the tag list tells an unknown repository from an unknown tag (registry 2.8 says MANIFEST_UNKNOWN for both). */
    async notFound(codes) {
        const tags = this.ref.digest || codes.includes('NAME_UNKNOWN') ? undefined : await this.tags();
        if (tags === 'unknown')
            codes = ['NAME_UNKNOWN'];
        if (tags === undefined || tags === 'unknown') {
            const what = codes.includes('NAME_UNKNOWN')
                ? 'the repository does not exist'
                : codes.includes('MANIFEST_UNKNOWN')
                    ? `the repository has no ${this.ref.digest ? `manifest ${this.ref.digest}` : `tag ${this.ref.tag ?? 'latest'}`}`
                    : 'unknown repository, tag or digest';
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${this.http.where()} has no ${this.name()} (HTTP 404): ${what}.`);
        }
        const shown = tags.length > 10 ? `${tags.slice(0, 10).join(', ')}, …` : tags.join(', ') || 'none';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${this.http.where()} has no ${this.name()} (HTTP 404): the repository has no tag ${this.ref.tag ?? 'latest'} (tags: ${shown}).`);
    }
    /** The repository's tags, 'unknown' for an unknown repository, undefined when the registry does not say. */
    async tags() {
        try {
            const { res, bytes } = await this.http.document(this.http.url('tags/list?n=100'));
            if (res.status === 404)
                return (await (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCodes */ .fv)(res)).includes('NAME_UNKNOWN') ? 'unknown' : undefined;
            if (!bytes) {
                await res.body?.cancel();
                return undefined;
            }
            const doc = JSON.parse(bytes.toString('utf8'));
            // Tags are shown in messages: only names that follow the tag grammar.
            return Array.isArray(doc.tags) ? doc.tags.filter((t) => typeof t === 'string' && TAG.test(t)) : [];
        }
        catch {
            return undefined;
        }
    }
}
/** Checks manifest bytes against the digest they were asked by and the registry's header; returns their digest. */
function checkManifest(body, header, reference, where) {
    const computed = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex')}`;
    if (header && _http_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_PATTERN */ .WA.test(header) && header !== computed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${where} sent a manifest whose sha256 is ${computed} but said its digest is ${header}.`);
    }
    if (_http_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_PATTERN */ .WA.test(reference) && reference !== computed) {
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
        if (typeof m?.digest !== 'string' || !_http_js__WEBPACK_IMPORTED_MODULE_3__/* .DIGEST_PATTERN */ .WA.test(m.digest)) {
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


/***/ }),

/***/ 9746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  copyImage: () => (/* binding */ copyImage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(8630);
// EXTERNAL MODULE: ./src/oci/http.ts + 4 modules
var http = __webpack_require__(6351);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
;// CONCATENATED MODULE: ./src/oci/scavenge.ts
/**
 * Young-generation collections while blobs stream through. Every chunk read from a TLS socket is a new ArrayBuffer
 * that is garbage once it has been written on; V8 collects such buffers only after about 64 MiB of them have piled
 * up (its external-memory limit), which on top of the action's own ~130 MiB on Node 24 would put its peak near
 * 200 MiB. A minor GC (a scavenge: about a millisecond, young objects only) after every few MiB copied frees them
 * early. A chunk still in flight during a scavenge is promoted to the old generation, where only a full collection
 * frees its buffer; on a loaded runner (a slow consumer keeps more chunks in flight) these pile up, so when the
 * resident size has grown by MAJOR_GROWTH since streaming began, a full collection runs too (measured: 184 MiB
 * peak under a loaded test run without it). The gc function comes from V8's --expose-gc flag set at run time; when
 * that is not possible, nothing is done and memory stays bounded by V8's own limits.
 */


/** Bytes streamed between two scavenges. */
const SCAVENGE_BYTES = 2 * 1024 * 1024;
/** Growth of the resident size over its value when streaming began that calls for a full collection. */
const MAJOR_GROWTH = 8 * 1024 * 1024;
let gc;
let since = 0;
let baseline;
function collector() {
    if (gc !== undefined)
        return gc;
    try {
        (0,external_node_v8_.setFlagsFromString)('--expose-gc');
        const found = (0,external_node_vm_.runInNewContext)('typeof gc === "function" ? gc : null');
        gc = found;
    }
    catch {
        gc = null;
    }
    return gc;
}
/** Counts bytes streamed (by all transfers together) and runs a scavenge after every SCAVENGE_BYTES. */
function streamed(bytes) {
    since += bytes;
    if (since < SCAVENGE_BYTES)
        return;
    since = 0;
    const collect = collector();
    if (!collect)
        return;
    collect({ type: 'minor' });
    const rss = process.memoryUsage.rss();
    baseline ??= rss;
    if (rss - baseline <= MAJOR_GROWTH)
        return;
    collect({ type: 'major' });
    // What the full collection could not return to the system is the new floor: without this, a resident size that
    // stays above the first baseline would call for a full collection every few MiB (measured: half the throughput).
    baseline = process.memoryUsage.rss();
}

;// CONCATENATED MODULE: ./src/oci/blobs.ts
/**
 * The blobs of an image manifest: their descriptors, checked, and copies of them a few at a time. A blob already
 * at the destination (or a foreign layer) is skipped; others are mounted across repositories of the same registry
 * when possible, else streamed from the source GET into the upload PUT without being held in memory, their size
 * and sha256 checked on the way. Streamed uploads that fail on the way (network, time-out, 429 or 5xx) are retried
 * from the start.
 */





const STORE_TIMEOUT_MS = 120_000;
/**
 * Copies a blob from src to dst, with up to dst.retries more tries of a transfer that failed on the way. Says
 * whether it was skipped, mounted or copied (uploaded).
 */
async function copyBlob(src, dst, blob, mountFrom, log) {
    const head = await dst.request('HEAD', dst.url(`blobs/${blob.digest}`));
    await head.body?.cancel();
    if (head.status === 200 || (Array.isArray(blob.urls) && /foreign|nondistributable/.test(blob.mediaType ?? ''))) {
        log?.info(`Skipped blob ${blob.digest} (${humanSize(blob.size)}): ${head.status === 200 ? 'already at the destination' : 'foreign layer'}.`);
        return 'skipped';
    }
    if (head.status !== 404)
        throw dst.statusError(head.status, [], `blob ${blob.digest}`);
    for (let attempt = 1;; attempt++) {
        try {
            const how = await transferBlob(src, dst, blob, mountFrom);
            log?.info(`${how === 'mounted' ? 'Mounted' : 'Copied'} blob ${blob.digest} (${humanSize(blob.size)}).`);
            return how;
        }
        catch (err) {
            if (!(err instanceof oci_errors/* TransientError */.N_) || attempt > dst.retries)
                throw err;
            const delay = 1000 * 2 ** (attempt - 1);
            log?.warning(`Copying blob ${blob.digest} failed (${err.message}); retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${dst.retries + 1}).`);
            await dst.sleep(delay);
        }
    }
}
/**
 * One attempt at a blob: a cross-repository mount when possible, else POST an upload and PUT the source's GET body
 * into it as a stream, hashing it on the way. Failures of the streamed PUT are TransientErrors, for the caller to retry.
 */
async function transferBlob(src, dst, blob, mountFrom) {
    const uploads = dst.url('blobs/uploads/');
    let started;
    if (mountFrom) {
        // Refused mounts (no pull on the source repository, say) fall back to an upload.
        const mounted = await dst.request('POST', `${uploads}?mount=${blob.digest}&from=${encodeURIComponent(mountFrom)}`).catch(() => undefined);
        await mounted?.body?.cancel();
        if (mounted?.status === 201)
            return 'mounted';
        if (mounted?.status === 202)
            started = mounted;
    }
    started ??= await dst.request('POST', uploads);
    await started.body?.cancel();
    const location = started.headers.get('location');
    if (started.status !== 202 || !location)
        throw uploadError(dst, started.status, `starting the upload of blob ${blob.digest}`);
    const target = new URL(location, dst.base);
    target.searchParams.set('digest', blob.digest);
    // Time-outs while streaming are for pauses: timeoutMs without data, then longer for the registry to store the blob.
    const idle = new AbortController();
    const expire = () => idle.abort(new DOMException('no data', 'TimeoutError'));
    let timer = setTimeout(expire, dst.timeoutMs);
    try {
        const got = await src.request('GET', src.url(`blobs/${blob.digest}`), { headers: { Accept: '*/*', 'Accept-Encoding': 'identity' }, signal: idle.signal });
        if (got.status !== 200) {
            throw uploadError(src, got.status, `blob ${blob.digest}`, await (0,oci_errors/* errorCodes */.fv)(got));
        }
        const length = got.headers.get('content-length');
        if (length !== null && Number(length) !== blob.size) {
            await got.body?.cancel();
            throw new errors/* ActionError */.lZ(`${src.where()} sent blob ${blob.digest} with ${length} bytes, but the manifest says ${blob.size}.`);
        }
        const check = verifier(blob, (done) => {
            if (!done)
                return void timer.refresh();
            clearTimeout(timer);
            timer = setTimeout(expire, Math.max(4 * dst.timeoutMs, STORE_TIMEOUT_MS));
        });
        const body = (got.body ?? new Blob([]).stream()).pipeThrough(check.stream);
        let put;
        try {
            put = await dst.request('PUT', target.toString(), {
                headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(blob.size) },
                body,
                signal: idle.signal
            });
        }
        catch (err) {
            throw check.failure() ? new errors/* ActionError */.lZ(`${src.where()} sent blob ${blob.digest} ${check.failure()}; nothing was stored.`) : err;
        }
        const codes = put.status === 201 ? [] : await (0,oci_errors/* errorCodes */.fv)(put);
        if (check.failure())
            throw new errors/* ActionError */.lZ(`${src.where()} sent blob ${blob.digest} ${check.failure()}; nothing was stored.`);
        if (put.status !== 201)
            throw uploadError(dst, put.status, `the upload of blob ${blob.digest}`, codes, true);
        await put.body?.cancel();
        return 'copied';
    }
    finally {
        clearTimeout(timer);
        idle.abort(); // whatever is still open of the source GET or the upload
    }
}
/** A pass-through stream that hashes and counts; failure() says how the data differed from the descriptor. */
function verifier(blob, progress) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    let failure;
    const stream = new TransformStream({
        transform(chunk, controller) {
            hash.update(chunk);
            bytes += chunk.byteLength;
            streamed(chunk.byteLength);
            progress(false);
            if (bytes > blob.size)
                controller.error(new Error((failure = `with more than the ${blob.size} bytes the manifest says`)));
            else
                controller.enqueue(chunk);
        },
        flush(controller) {
            const digest = `sha256:${hash.digest('hex')}`;
            if (bytes !== blob.size)
                failure = `with ${bytes} bytes, not the ${blob.size} the manifest says`;
            else if (digest !== blob.digest)
                failure = `whose sha256 is ${digest}`;
            if (failure)
                controller.error(new Error(failure));
            else
                progress(true);
        }
    });
    return { stream, failure: () => failure };
}
/** An unexpected status; a 5xx or 429 to a streamed upload (sent once, never retried by the transport) is transient. */
function uploadError(http, status, subject, codes = [], streamed = false) {
    const message = `${http.where()} answered HTTP ${status}${codes.length ? ` (${codes.join(', ')})` : ''} for ${subject}.`;
    return streamed && (status === 429 || status >= 500) ? new oci_errors/* TransientError */.N_(message) : new errors/* ActionError */.lZ(message);
}
/** Checks a manifest's list of descriptors: each needs a sha256 digest and a size. */
function descriptors(list, where, digest) {
    if (!Array.isArray(list))
        throw new errors/* ActionError */.lZ(`${where} sent manifest ${digest} with a malformed list of descriptors.`);
    return list.map((d) => {
        if (typeof d?.digest !== 'string' || !http/* DIGEST_PATTERN */.WA.test(d.digest) || typeof d.size !== 'number' || d.size < 0) {
            throw new errors/* ActionError */.lZ(`${where} sent manifest ${digest} with a descriptor that has no sha256 digest and size: ${JSON.stringify(d).slice(0, 200)}.`);
        }
        return d;
    });
}
/** Runs `run` over items, `limit` at a time; after a failure no new item starts. */
async function pool(items, limit, run) {
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length)
            await run(items[next++]).catch((err) => ((failed = true), Promise.reject(err)));
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
/** A byte count for messages: B, KB, MB or GB. */
function humanSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 ** 2)
        return `${(bytes / 1024).toFixed(1)} KB`;
    if (bytes < 1024 ** 3)
        return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
    return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

// EXTERNAL MODULE: ./src/oci/client.ts
var client = __webpack_require__(3734);
;// CONCATENATED MODULE: ./src/oci/copy.ts
/**
 * Copies an image (a single manifest, or an index with every platform) from one registry repository to another,
 * for example from a private registry to ECR. Blobs already at the destination are skipped, others are mounted
 * (same registry) or streamed from the source GET into the upload PUT without being held in memory, their sha256
 * checked on the way (registry-blobs.ts). Manifests are PUT with their exact bytes, so the destination digest is the
 * source digest.
 */





/** Copies source to dest (and tags it); idempotent: an image already at the destination uploads nothing. */
async function copyImage(source, dest, opts = {}) {
    return new Copy(source, dest, opts).run();
}
class Copy {
    source;
    dest;
    opts;
    src;
    dst;
    mount;
    blobs = new Map();
    result = { copiedBlobs: 0, skippedBlobs: 0, copiedBytes: 0, manifests: 0 };
    constructor(source, dest, opts) {
        this.source = source;
        this.dest = dest;
        this.opts = opts;
        const { insecure, sleep, log, timeoutMs, retries, fetchImpl, deadline, setSecret } = opts;
        const common = { insecure, sleep, log, timeoutMs, retries, fetchImpl, deadline, setSecret };
        this.mount = source.registry.toLowerCase() === dest.registry.toLowerCase() && source.repository !== dest.repository;
        this.src = new http/* RegistryHttp */.WR({ registry: source.registry, repository: source.repository }, { ...common, credentials: opts.sourceCredentials });
        const access = { registry: dest.registry, repository: dest.repository, push: true, ...(this.mount ? { mountFrom: source.repository } : {}) };
        this.dst = new http/* RegistryHttp */.WR(access, { ...common, credentials: opts.destCredentials });
    }
    async run() {
        const { source, dest } = this;
        const from = `${source.registry}/${source.repository}${http/* DIGEST_PATTERN */.WA.test(source.reference) ? '@' : ':'}${source.reference}`;
        const to = `${dest.registry}/${dest.repository}${dest.tag ? `:${dest.tag}` : ''}`;
        const head = await this.head(this.src, source.reference);
        let top;
        if (!head?.digest || !http/* DIGEST_PATTERN */.WA.test(head.digest) || !head.mediaType)
            top = await this.get(this.src, source.reference);
        const digest = top?.digest ?? head.digest;
        const mediaType = top?.mediaType ?? head.mediaType;
        if (http/* DIGEST_PATTERN */.WA.test(source.reference) && digest !== source.reference) {
            throw new errors/* ActionError */.lZ(`${this.src.where()} returned a manifest with digest ${digest}, not the requested ${source.reference}.`);
        }
        let bytes;
        if ((await this.head(this.dst, digest))?.digest === digest) {
            this.opts.log?.info(`${dest.registry}/${dest.repository}@${digest} is already there: nothing to copy.`);
        }
        else {
            bytes = await this.copyManifest(digest, top);
        }
        if (dest.tag && (await this.head(this.dst, dest.tag))?.digest !== digest) {
            bytes ??= (await this.get(this.dst, digest)).bytes;
            await this.put(dest.tag, digest, bytes, mediaType);
        }
        const final = await this.head(this.dst, dest.tag ?? digest);
        if (final?.digest !== digest) {
            throw new errors/* ActionError */.lZ(`${this.dst.where()} has ${final?.digest ?? 'nothing'} at ${dest.tag ?? digest} after the copy, not the source digest ${digest}.`);
        }
        const r = this.result;
        this.opts.log?.info(`Copied ${from} to ${to} (${digest}): ${r.manifests} manifest${r.manifests === 1 ? '' : 's'}, ${r.copiedBlobs} blob${r.copiedBlobs === 1 ? '' : 's'} (${humanSize(r.copiedBytes)}) uploaded, ${r.skippedBlobs} skipped.`);
        return { digest, mediaType, ...r };
    }
    /** Copies a manifest read from the source by digest, with everything it references, then PUTs it by digest. */
    async copyManifest(digest, known) {
        const got = known ?? (await this.get(this.src, digest));
        const { mediaType } = got;
        const doc = parse(got.bytes, this.src.where(), digest);
        if (client/* INDEX_TYPES */.V.has(mediaType)) {
            for (const child of descriptors(doc.manifests, this.src.where(), digest)) {
                if ((await this.head(this.dst, child.digest))?.digest !== child.digest)
                    await this.copyManifest(child.digest);
            }
        }
        else if (doc.schemaVersion === 2 && doc.config) {
            const blobs = [...descriptors([doc.config], this.src.where(), digest), ...descriptors(doc.layers ?? [], this.src.where(), digest)];
            await pool(blobs, this.opts.concurrency ?? 3, (blob) => this.blob(blob));
        }
        else {
            throw new errors/* ActionError */.lZ(`${this.src.where()} sent manifest ${digest} of type ${mediaType}, which cannot be copied (schema 2 images and indexes only).`);
        }
        await this.put(digest, digest, got.bytes, mediaType);
        this.result.manifests++;
        return got.bytes;
    }
    blob(blob) {
        let pending = this.blobs.get(blob.digest);
        if (!pending)
            this.blobs.set(blob.digest, (pending = this.copyBlob(blob)));
        return pending;
    }
    async copyBlob(blob) {
        const how = await copyBlob(this.src, this.dst, blob, this.mount ? this.source.repository : undefined, this.opts.log);
        if (how === 'copied') {
            this.result.copiedBlobs++;
            this.result.copiedBytes += blob.size;
        }
        else {
            this.result.skippedBlobs++;
        }
    }
    async head(http, reference) {
        const res = await http.request('HEAD', http.url(`manifests/${reference}`));
        await res.body?.cancel();
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw http.statusError(res.status, [], `manifest ${reference}`);
        return { digest: res.headers.get('docker-content-digest')?.trim(), mediaType: (0,client/* mediaTypeOf */.c0)(res.headers.get('content-type')) };
    }
    /** A manifest's bytes, checked against the reference (when a digest) and the registry's digest header. */
    async get(http, reference) {
        const res = await http.request('GET', http.url(`manifests/${reference}`));
        const codes = res.status === 200 ? [] : await (0,oci_errors/* errorCodes */.fv)(res);
        if (res.status === 404)
            throw new errors/* ActionError */.lZ(`${http.where()} has no manifest ${reference} (HTTP 404${codes.length ? `, ${codes.join(', ')}` : ''}).`);
        if (res.status !== 200)
            throw http.statusError(res.status, codes, `manifest ${reference}`);
        const bytes = Buffer.from(await res.arrayBuffer());
        const digest = (0,client/* checkManifest */.K7)(bytes, res.headers.get('docker-content-digest')?.trim(), reference, http.where());
        const mediaType = (0,client/* mediaTypeOf */.c0)(res.headers.get('content-type')) ?? (0,client/* mediaTypeOf */.c0)((0,client/* manifestField */.eo)(bytes, 'mediaType'));
        if (!mediaType)
            throw new errors/* ActionError */.lZ(`${http.where()} sent manifest ${reference} without a media type.`);
        return { bytes, digest, mediaType };
    }
    async put(reference, digest, bytes, mediaType) {
        const res = await this.dst.request('PUT', this.dst.url(`manifests/${reference}`), {
            headers: { 'Content-Type': mediaType },
            body: new Uint8Array(bytes)
        });
        if (res.status !== 201)
            throw this.dst.statusError(res.status, await (0,oci_errors/* errorCodes */.fv)(res), `the upload of manifest ${reference}`);
        await res.body?.cancel();
        const answered = res.headers.get('docker-content-digest')?.trim();
        if (answered && answered !== digest)
            throw new errors/* ActionError */.lZ(`${this.dst.where()} stored manifest ${reference} as ${answered}, not ${digest}.`);
        this.opts.log?.info(`Put manifest ${reference === digest ? digest : `${reference} (${digest})`} (${mediaType}).`);
    }
}
function parse(bytes, where, digest) {
    try {
        const doc = JSON.parse(bytes.toString('utf8'));
        if (typeof doc === 'object' && doc !== null)
            return doc;
    }
    catch {
        // reported below
    }
    throw new errors/* ActionError */.lZ(`${where} sent manifest ${digest}, which is not a JSON object.`);
}


/***/ }),

/***/ 8630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CredentialsRequiredError: () => (/* binding */ CredentialsRequiredError),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   dG: () => (/* binding */ CERT_CODE),
/* harmony export */   fv: () => (/* binding */ errorCodes),
/* harmony export */   rd: () => (/* binding */ networkFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
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

/***/ 6351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WA: () => (/* binding */ DIGEST_PATTERN),
  Z2: () => (/* binding */ MEDIA_TYPES),
  WR: () => (/* binding */ RegistryHttp)
});

// UNUSED EXPORTS: CredentialsRequiredError, MANIFEST_ACCEPT, TransientError, clearTokenCache, defaultSleep, errorCodes, isLoopback, parseChallenges

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/oci/auth.ts
var auth = __webpack_require__(6599);
// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(8630);
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


/***/ })

};

//# sourceMappingURL=365.index.js.map