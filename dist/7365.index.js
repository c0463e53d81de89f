export const id = 7365;
export const ids = [7365];
export const modules = {

/***/ 37365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  copyImage: () => (/* binding */ copyImage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(28630);
// EXTERNAL MODULE: ./src/oci/http.ts + 4 modules
var http = __webpack_require__(26351);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
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

// EXTERNAL MODULE: ./src/oci/manifest.ts
var manifest = __webpack_require__(32060);
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
        if (manifest/* INDEX_TYPES */.V.has(mediaType)) {
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
        return { digest: res.headers.get('docker-content-digest')?.trim(), mediaType: (0,manifest/* mediaTypeOf */.c0)(res.headers.get('content-type')) };
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
        const digest = (0,manifest/* checkManifest */.K7)(bytes, res.headers.get('docker-content-digest')?.trim(), reference, http.where());
        const mediaType = (0,manifest/* mediaTypeOf */.c0)(res.headers.get('content-type')) ?? (0,manifest/* mediaTypeOf */.c0)((0,manifest/* manifestField */.eo)(bytes, 'mediaType'));
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


/***/ })

};

//# sourceMappingURL=7365.index.js.map