export const id = 3734;
export const ids = [3734];
export const modules = {

/***/ 23734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveDigest: () => (/* binding */ resolveDigest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28630);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26351);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32060);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76599);
/**
 * Resolves an image reference to its manifest digest with the OCI distribution API, on top of the authenticated
 * transport in registry-http.ts (Basic and Bearer auth, time-outs, retries). Multi-platform indexes are read for
 * a platform's digest. Digests are always checked against the bytes or the registry's answer, never taken on trust.
 */






const TAG = /^[\w][\w.-]{0,127}$/;
/** Resolves a tag (or checks a digest) to the manifest digest, and the platform's digest inside an index. */
async function resolveDigest(ref, opts = {}) {
    if (ref.digest !== undefined && !_http_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST_PATTERN */ .WA.test(ref.digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The digest of ${ref.registry}/${ref.repository} is not sha256:<64 lowercase hex characters>: ${JSON.stringify(ref.digest)}.`);
    }
    const session = new Session(ref, opts);
    const reference = ref.digest ?? ref.tag ?? 'latest';
    const head = await session.manifest('HEAD', reference);
    let digest = head.status === 200 ? head.headers.get('docker-content-digest')?.trim() : undefined;
    let mediaType = head.status === 200 ? (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .mediaTypeOf */ .c0)(head.headers.get('content-type')) : undefined;
    let body;
    if (!digest || !mediaType) {
        // No digest header (or a 404, whose body says which part is unknown): read the manifest itself.
        const { res: got, bytes } = await session.manifestBody(reference);
        if (!bytes)
            throw await session.notFound(await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCodes */ .fv)(got));
        body = bytes;
        digest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .checkManifest */ .K7)(body, got.headers.get('docker-content-digest')?.trim(), reference, session.http.where());
        mediaType = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .mediaTypeOf */ .c0)(got.headers.get('content-type')) ?? (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .mediaTypeOf */ .c0)((0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .manifestField */ .eo)(body, 'mediaType'));
    }
    const where = session.http.where();
    if (!_http_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST_PATTERN */ .WA.test(digest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${where} answered with an unsupported digest ${JSON.stringify(digest.slice(0, 80))}: expected sha256:<64 hex>.`);
    if (ref.digest && digest !== ref.digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${where} returned a manifest with digest ${digest}, not the requested ${ref.digest}.`);
    }
    const result = { digest, mediaType: mediaType ?? 'unknown' };
    if (opts.platform && _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .INDEX_TYPES */ .V.has(result.mediaType)) {
        if (!body) {
            const { res: got, bytes } = await session.manifestBody(digest);
            if (!bytes) {
                await got.body?.cancel();
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${where} announced the index ${digest} but has no manifest with that digest (HTTP ${got.status}).`);
            }
            body = bytes;
            (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .checkManifest */ .K7)(body, got.headers.get('docker-content-digest')?.trim(), digest, where);
        }
        const entries = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .indexEntries */ .nL)(body, where);
        result.platforms = [...new Set(entries.map((e) => e.platform))];
        const found = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .findPlatform */ .rB)(entries, opts.platform);
        if (!found) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${where} has no ${opts.platform} image in its multi-platform index ${digest} (platforms: ${result.platforms.join(', ') || 'none'}).`);
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
        this.http = new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryHttp */ .WR({ registry: ref.registry, repository: ref.repository }, opts);
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
        throw this.http.statusError(res.status, await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCodes */ .fv)(res), this.name());
    }
    /** A manifest's bytes (capped, a body that breaks off retried); no bytes for a 404. Other statuses throw. */
    async manifestBody(reference) {
        const got = await this.http.document(this.http.url(`manifests/${reference}`));
        if (got.res.status === 200 || got.res.status === 404)
            return got;
        throw this.http.statusError(got.res.status, await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCodes */ .fv)(got.res), this.name());
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
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${this.http.where()} has no ${this.name()} (HTTP 404): ${what}.`);
        }
        const shown = tags.length > 10 ? `${tags.slice(0, 10).join(', ')}, …` : tags.join(', ') || 'none';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${this.http.where()} has no ${this.name()} (HTTP 404): the repository has no tag ${this.ref.tag ?? 'latest'} (tags: ${shown}).`);
    }
    /** The repository's tags, 'unknown' for an unknown repository, undefined when the registry does not say. */
    async tags() {
        try {
            const { res, bytes } = await this.http.document(this.http.url('tags/list?n=100'));
            if (res.status === 404)
                return (await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCodes */ .fv)(res)).includes('NAME_UNKNOWN') ? 'unknown' : undefined;
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


/***/ })

};

//# sourceMappingURL=3734.index.js.map