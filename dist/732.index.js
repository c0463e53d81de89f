export const id = 732;
export const ids = [732,697];
export const modules = {

/***/ 10732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   asyncSmokeTest: () => (/* binding */ asyncSmokeTest)
/* harmony export */ });
/* unused harmony exports s3Location, inputLocation */
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _smoke_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50697);



/** `s3://bucket/key` → bucket and key; anything else (the service's header) is refused. */
function s3Location(uri) {
    const m = /^s3:\/\/([^/]+)\/(.+)$/s.exec(uri);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`InvokeEndpointAsync returned a result location that is not an s3:// object URI (${JSON.stringify(uri.slice(0, 200))}).`);
    return { bucket: m[1], key: m[2] };
}
/** Where the smoke payload is uploaded: `<async-output-s3-uri>/smoke-input/<endpoint>-<run key>`. */
function inputLocation(outputS3Uri, endpointName, runKey) {
    return `${outputS3Uri.replace(/\/+$/, '')}/smoke-input/${endpointName}-${runKey}`;
}
/** True when the object exists (its body is read and dropped: it can echo the payload), false on NoSuchKey. */
async function exists(s3, at) {
    const { GetObjectCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Sdk */ .jb)();
    try {
        const out = await s3.send(new GetObjectCommand({ Bucket: at.bucket, Key: at.key }));
        await out.Body?.transformToByteArray();
        return true;
    }
    catch (err) {
        if (err.name === 'NoSuchKey')
            return false;
        throw err;
    }
}
/** 'done' (the output object exists), 'pending', or why the request failed (a failure object, an unreadable result). */
async function resultOf(s3, p) {
    try {
        if (p.output && (await exists(s3, p.output)))
            return 'done';
        if (p.failure && (await exists(s3, p.failure)))
            return 'model failure (the failure location has the error)';
        return 'pending';
    }
    catch (err) {
        return `the result could not be read from S3 (${(0,_smoke_js__WEBPACK_IMPORTED_MODULE_2__/* .errorLabel */ .Vk)(err)})`;
    }
}
async function asyncSmokeTest(rt, s3, o) {
    const [{ InvokeEndpointAsyncCommand }, { PutObjectCommand }] = await Promise.all([(0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .runtimeSdk */ .ls)(), (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .s3Sdk */ .jb)()]);
    const input = inputLocation(o.outputS3Uri, o.endpointName, o.runKey);
    const at = s3Location(input);
    const latencies = [];
    const errors = [];
    try {
        await s3.send(new PutObjectCommand({ Bucket: at.bucket, Key: at.key, Body: o.smoke.payload, ContentType: o.smoke.contentType }));
    }
    catch (err) {
        // Nothing can be invoked: every request fails, with the reason (the service's name for it, not its text).
        return (0,_smoke_js__WEBPACK_IMPORTED_MODULE_2__/* .judge */ .S4)(o.smoke, [], Array(o.smoke.requests).fill(`the payload could not be uploaded to ${input} (${(0,_smoke_js__WEBPACK_IMPORTED_MODULE_2__/* .errorLabel */ .Vk)(err)})`));
    }
    const pending = [];
    for (let i = 0; i < o.smoke.requests; i++) {
        const start = o.clock.now();
        try {
            const out = await rt.send(new InvokeEndpointAsyncCommand({ EndpointName: o.endpointName, InputLocation: input, ContentType: o.smoke.contentType }));
            pending.push({ start, ...(out.OutputLocation ? { output: s3Location(out.OutputLocation) } : {}), ...(out.FailureLocation ? { failure: s3Location(out.FailureLocation) } : {}) });
        }
        catch (err) {
            errors.push((0,_smoke_js__WEBPACK_IMPORTED_MODULE_2__/* .errorLabel */ .Vk)(err));
        }
    }
    while (pending.length) {
        for (const p of [...pending]) {
            const state = await resultOf(s3, p);
            if (state === 'pending')
                continue;
            if (state === 'done')
                latencies.push(o.clock.now() - p.start);
            else
                errors.push(state);
            pending.splice(pending.indexOf(p), 1);
        }
        if (!pending.length)
            break;
        if (o.clock.now() + o.pollMs > o.deadline) {
            errors.push(...pending.map(() => 'no result in S3 within wait-timeout'));
            break;
        }
        await o.clock.sleep(o.pollMs);
    }
    return (0,_smoke_js__WEBPACK_IMPORTED_MODULE_2__/* .judge */ .S4)(o.smoke, latencies, errors);
}


/***/ }),

/***/ 50697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   Vk: () => (/* binding */ errorLabel),
/* harmony export */   describeSmoke: () => (/* binding */ describeSmoke),
/* harmony export */   smokeTest: () => (/* binding */ smokeTest)
/* harmony export */ });
/* unused harmony export percentile */
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15857);

function percentile(sorted, p) {
    if (!sorted.length)
        return 0;
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
function errorLabel(err) {
    const e = err;
    const name = /^[A-Za-z][\w.]{0,63}$/.test(e?.name ?? '') ? e.name : 'Error';
    return `${name}${e?.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : ''}`;
}
/** Invokes the endpoint `requests` times, at most `concurrency` at once, and judges errors and p99. */
async function smokeTest(rt, o) {
    const { InvokeEndpointCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .runtimeSdk */ .ls)();
    const now = o.now ?? (() => performance.now());
    const latencies = [];
    const errors = [];
    let next = 0;
    const worker = async () => {
        while (next < o.smoke.requests) {
            next++;
            const start = now();
            try {
                await rt.send(new InvokeEndpointCommand({ EndpointName: o.endpointName, ContentType: o.smoke.contentType, Body: o.smoke.payload }));
                latencies.push(now() - start);
            }
            catch (err) {
                errors.push(errorLabel(err));
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, o.smoke.concurrency) }, worker));
    return judge(o.smoke, latencies, errors);
}
/** The result of `smoke.requests` requests: `latencies` of those that succeeded, one label per failed one. */
function judge(smoke, latencies, errors) {
    const sorted = [...latencies].sort((a, b) => a - b);
    const round = (n) => Math.round(n * 10) / 10;
    const result = {
        requests: smoke.requests,
        errors: errors.length,
        p50: round(percentile(sorted, 50)),
        p90: round(percentile(sorted, 90)),
        p99: round(percentile(sorted, 99)),
        passed: true
    };
    const firstError = errors[0];
    if (firstError)
        result.firstError = firstError;
    if (firstError)
        result.failure = `${errors.length} of ${result.requests} requests failed (first: ${firstError})`;
    else if (smoke.maxP99Ms !== undefined && result.p99 > smoke.maxP99Ms)
        result.failure = `p99 latency ${result.p99} ms is above smoke-max-p99-ms ${smoke.maxP99Ms} ms`;
    result.passed = !result.failure;
    return result;
}
function describeSmoke(r) {
    return `${r.requests} requests, ${r.errors} errors, p50 ${r.p50} ms, p90 ${r.p90} ms, p99 ${r.p99} ms`;
}


/***/ })

};

//# sourceMappingURL=732.index.js.map