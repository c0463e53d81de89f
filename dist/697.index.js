export const id = 697;
export const ids = [697];
export const modules = {

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

//# sourceMappingURL=697.index.js.map