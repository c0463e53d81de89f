export const id = 5719;
export const ids = [5719];
export const modules = {

/***/ 65719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeEcrImage: () => (/* binding */ describeEcrImage),
/* harmony export */   ecrLogin: () => (/* binding */ ecrLogin),
/* harmony export */   ecrPushHost: () => (/* binding */ ecrPushHost),
/* harmony export */   scanGate: () => (/* binding */ scanGate)
/* harmony export */ });
/* unused harmony export findingsAtOrAbove */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81919);
/* harmony import */ var _aws_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55672);
/* harmony import */ var _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31677);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15857);





function imageId(ref) {
    return ref.digest ? { imageDigest: ref.digest } : { imageTag: ref.tag ?? 'latest' };
}
function where(ref) {
    return `${ref.repository}:${ref.digest ?? ref.tag ?? 'latest'} in registry ${ref.ecr?.accountId}`;
}
/**
 * Resolves an ECR tag to its digest with one DescribeImages call (any image status, so an archived image
 * gets a clear error instead of "not found"). A digest in the reference is checked to exist.
 */
async function describeEcrImage(ecr, ref) {
    const { DescribeImagesCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__/* .ecrSdk */ .zc)();
    try {
        const out = await ecr.send(new DescribeImagesCommand({
            registryId: ref.ecr.accountId,
            repositoryName: ref.repository,
            imageIds: [imageId(ref)],
            filter: { imageStatus: 'ANY' }
        }));
        const image = out.imageDetails?.[0];
        if (!image?.imageDigest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`ECR image ${where(ref)} was not found.`);
        if (image.imageStatus === 'ARCHIVED' || image.imageStatus === 'ACTIVATING') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`ECR image ${where(ref)} is ${image.imageStatus === 'ARCHIVED' ? 'archived' : 'still being restored from the archive'}: SageMaker cannot pull it. Restore it (ecr:UpdateImageStorageClass) and re-run.`);
        }
        return image;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ)
            throw err;
        const name = err.name;
        if (name === 'ImageNotFoundException')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`ECR image ${where(ref)} was not found: push it first or check the tag.`);
        if (name === 'RepositoryNotFoundException') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`ECR repository ${ref.repository} does not exist in registry ${ref.ecr?.accountId} (${ref.ecr?.region}).`);
        }
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainAwsError */ .Ni)(err, 'ecr:DescribeImages');
    }
}
/** The findings at or above `gate`, as "CRITICAL: 2, HIGH: 5"; empty when none. */
function findingsAtOrAbove(counts, gate) {
    const rank = _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.indexOf(gate);
    return _inputs_constraints_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.slice(0, rank + 1)
        .filter((s) => s !== 'UNDEFINED' && (counts[s] ?? 0) > 0)
        .map((s) => `${s}: ${counts[s]}`)
        .join(', ');
}
/** Waits (bounded) for the image scan and refuses images with findings at or above the gate. */
async function scanGate(ecr, ref, digest, { gate, clock, timeoutMs, log }) {
    const { DescribeImageScanFindingsCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__/* .ecrSdk */ .zc)();
    const read = () => (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)('ecr:DescribeImageScanFindings', () => ecr.send(new DescribeImageScanFindingsCommand({ registryId: ref.ecr.accountId, repositoryName: ref.repository, imageId: { imageDigest: digest } })));
    const out = await (0,_aws_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .poll */ .wt)({
        read,
        done: (o) => !['IN_PROGRESS', 'PENDING'].includes(o.imageScanStatus?.status ?? ''),
        clock,
        timeoutMs,
        what: `the ECR scan of ${ref.repository}@${digest}`,
        onWait: (o) => log.info(`Waiting for the image scan: ${o.imageScanStatus?.status}`)
    });
    const status = out.imageScanStatus?.status;
    if (status !== 'COMPLETE' && status !== 'ACTIVE') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`scan-gate: the ECR scan of ${ref.repository}@${digest} is ${status}${out.imageScanStatus?.description ? ` (${out.imageScanStatus.description})` : ''}; cannot check findings.`);
    }
    const found = findingsAtOrAbove(out.imageScanFindings?.findingSeverityCounts ?? {}, gate);
    if (found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`scan-gate ${gate}: ${ref.repository}@${digest} has findings at or above ${gate} (${found}); not registering it.`);
    log.info(`Image scan passed the ${gate} gate.`);
}
/** Basic credentials for ECR's registry API (user AWS), and the registry endpoint to use. */
async function ecrLogin(ecr, setSecret) {
    const { GetAuthorizationTokenCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__/* .ecrSdk */ .zc)();
    const out = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)('ecr:GetAuthorizationToken', () => ecr.send(new GetAuthorizationTokenCommand({})));
    const data = out.authorizationData?.[0];
    if (!data?.authorizationToken)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('ecr:GetAuthorizationToken returned no token.');
    setSecret(data.authorizationToken);
    const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
    const sep = decoded.indexOf(':');
    const password = decoded.slice(sep + 1);
    setSecret(password);
    return { username: decoded.slice(0, sep), password, endpoint: data.proxyEndpoint ?? '' };
}
/**
 * The host to push the copy to: GetAuthorizationToken's proxyEndpoint, which must be the validated replicate-to-ecr
 * host over https. With an AWS endpoint override (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, ...: a simulator or a
 * proxy) the endpoint it names is used with a warning (https, or plain http on loopback only).
 */
function ecrPushHost(proxyEndpoint, target, env, log) {
    if (!proxyEndpoint)
        return target;
    let url;
    try {
        url = new URL(proxyEndpoint);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('ecr:GetAuthorizationToken returned a proxyEndpoint that is not a URL; not pushing the copy.');
    }
    const shown = url.origin.slice(0, 120);
    if (url.protocol === 'https:' && url.host.toLowerCase() === target.toLowerCase())
        return url.host;
    const overrides = Object.keys(env).filter((k) => /^AWS_ENDPOINT_URL(_|$)/.test(k) && env[k]).sort();
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname.toLowerCase());
    if (overrides.length && (url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
        log.warning(`AWS endpoint override set (${overrides.join(', ')}): pushing the copy to ${shown}, the proxyEndpoint of ecr:GetAuthorizationToken, not ${target}.`);
        return url.host;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`ecr:GetAuthorizationToken named ${shown} as the registry endpoint, not https://${target} (replicate-to-ecr); not sending the copy or the ECR credentials there.`);
}


/***/ })

};

//# sourceMappingURL=5719.index.js.map