export const id = 1023;
export const ids = [1023];
export const modules = {

/***/ 61023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveImage: () => (/* binding */ resolveImage)
/* harmony export */ });
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26145);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97748);



/** The registry transport's options for this run: log, sleep, masking, deadline and the insecure-registry input. */
function transport(config, registry, deps) {
    const deadline = deps.deadline === undefined ? undefined : Date.now() + Math.max(0, deps.deadline - deps.clock.now());
    const insecure = config.insecureRegistry !== undefined && config.insecureRegistry.toLowerCase() === registry.toLowerCase() ? true : undefined;
    return { log: deps.log, sleep: deps.clock.sleep, setSecret: deps.setSecret, ...(deadline !== undefined ? { deadline } : {}), ...(insecure ? { insecure } : {}) };
}
/**
 * Finds out which immutable image the version will name: ECR through DescribeImages, other registries
 * through the OCI distribution API (with the credentials from Secrets Manager), optionally copying the
 * image into ECR first. `resolve-digest: off` makes no registry call at all.
 */
async function resolveImage(config, deps) {
    const ref = config.image;
    if (config.resolveDigest === 'off') {
        if (ref.digest)
            deps.log.info(`resolve-digest is off: recording the digest ${ref.digest} as given, unverified.`);
        else
            deps.log.info('resolve-digest is off: registering the tag without asking the registry.');
        return {};
    }
    if (ref.kind === 'ecr')
        return resolveEcr(config, ref, deps);
    let credentials;
    if (config.registrySecretArn) {
        const { readRegistryCredentials } = await __webpack_require__.e(/* import() */ 6990).then(__webpack_require__.bind(__webpack_require__, 6990));
        credentials = await readRegistryCredentials(await deps.secrets((0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_2__/* .regionFromArn */ .e0)(config.registrySecretArn)), config.registrySecretArn, ref.registry, deps.setSecret);
    }
    const { resolveDigest } = await Promise.all(/* import() */[__webpack_require__.e(2060), __webpack_require__.e(3734)]).then(__webpack_require__.bind(__webpack_require__, 23734));
    const { CredentialsRequiredError } = await __webpack_require__.e(/* import() */ 8630).then(__webpack_require__.bind(__webpack_require__, 28630));
    const platform = config.platform === 'any' ? undefined : config.platform;
    let resolved;
    try {
        const found = await resolveDigest(ref, { ...(credentials ? { credentials } : {}), ...(platform ? { platform } : {}), ...transport(config, ref.registry, deps) });
        resolved = { digest: found.digest };
        if (found.platformDigest && platform)
            Object.assign(resolved, { platform, platformDigest: found.platformDigest });
        deps.log.info(`Resolved ${(0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImage */ .vy)(ref)} to ${found.digest}${found.platformDigest ? ` (${platform}: ${found.platformDigest})` : ''}`);
    }
    catch (err) {
        // auto registers the tag only when the registry wants credentials the action was not given; a registry
        // that rejects the given credentials, lacks the tag or cannot be reached fails the step.
        const message = err.message;
        const noAccess = !credentials && err instanceof CredentialsRequiredError;
        if (config.resolveDigest === 'required' || config.replicateToEcr || ref.digest || !noAccess)
            throw err;
        deps.log.warning(`Could not resolve the digest (${message}); registering the tag. Set registry-secret-arn to pin it, or resolve-digest: required to fail instead.`);
        return {};
    }
    if (config.replicateToEcr)
        return replicate(config, config.replicateToEcr, { source: ref, resolved, sourceCredentials: credentials }, deps);
    return resolved;
}
async function resolveEcr(config, ref, deps) {
    const { describeEcrImage, scanGate } = await __webpack_require__.e(/* import() */ 5719).then(__webpack_require__.bind(__webpack_require__, 65719));
    const ecr = await deps.ecr(ref.ecr.region);
    const detail = await describeEcrImage(ecr, ref);
    const digest = detail.imageDigest;
    deps.log.info(`Resolved ${(0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImage */ .vy)(ref)} to ${digest} (ECR)`);
    if (config.scanGate)
        await scanGate(ecr, ref, digest, { gate: config.scanGate, clock: deps.clock, timeoutMs: deps.scanTimeoutMs ?? 10 * 60_000, log: deps.log });
    return { digest };
}
async function replicate(config, target, { source, resolved, sourceCredentials }, deps) {
    const { ecrLogin, ecrPushHost, scanGate } = await __webpack_require__.e(/* import() */ 5719).then(__webpack_require__.bind(__webpack_require__, 65719));
    const { copyImage } = await Promise.all(/* import() */[__webpack_require__.e(2060), __webpack_require__.e(7365)]).then(__webpack_require__.bind(__webpack_require__, 37365));
    const ecr = await deps.ecr(target.ecr.region);
    const login = await ecrLogin(ecr, deps.setSecret);
    // The registry API endpoint ECR names must be the replicate-to-ecr host (an endpoint override may point elsewhere).
    const endpoint = ecrPushHost(login.endpoint, target.registry, process.env, deps.log);
    deps.log.info(`Copying ${(0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImage */ .vy)(source)} (${resolved.digest}) to ${target.registry}/${target.repository}`);
    const copy = await copyImage({ registry: source.registry, repository: source.repository, reference: resolved.digest }, { registry: endpoint, repository: target.repository, ...(target.tag ? { tag: target.tag } : {}) }, { ...(sourceCredentials ? { sourceCredentials } : {}), destCredentials: { username: login.username, password: login.password }, ...transport(config, source.registry, deps) });
    if (copy.digest !== resolved.digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Replication changed the digest (${resolved.digest} → ${copy.digest}); not registering the copy.`);
    }
    deps.log.info(`Replicated to ECR: ${copy.copiedBlobs} blobs copied, ${copy.skippedBlobs} already present.`);
    if (config.scanGate)
        await scanGate(ecr, target, copy.digest, { gate: config.scanGate, clock: deps.clock, timeoutMs: deps.scanTimeoutMs ?? 10 * 60_000, log: deps.log });
    return { ...resolved, image: target, replicatedFrom: (0,_inputs_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImage */ .vy)(source, { digest: resolved.digest }) };
}


/***/ })

};

//# sourceMappingURL=1023.index.js.map