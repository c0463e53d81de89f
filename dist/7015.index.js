export const id = 7015;
export const ids = [7015];
export const modules = {

/***/ 37015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerStep: () => (/* binding */ registerStep)
/* harmony export */ });
/* harmony import */ var _report_console_links_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63143);
/* harmony import */ var _aws_arns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26145);
/* harmony import */ var _model_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26714);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7339);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59030);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49301);






async function registerStep({ config, ctx, clients, clock, deadline, out }) {
    out.plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__.planRegistration)(config, ctx);
    const resolveConfig = config.dryRun && config.replicateToEcr ? { ...config, replicateToEcr: undefined } : config;
    if (resolveConfig !== config)
        _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Dry run: would copy the image to ${config.replicateToEcr.registry}/${config.replicateToEcr.repository}`);
    const { resolveImage } = await __webpack_require__.e(/* import() */ 1023).then(__webpack_require__.bind(__webpack_require__, 61023));
    const resolved = await resolveImage(resolveConfig, {
        ecr: (region) => clients.ecr(region),
        secrets: (region) => clients.secrets(region),
        clock,
        log: _log_js__WEBPACK_IMPORTED_MODULE_3__,
        setSecret: _log_js__WEBPACK_IMPORTED_MODULE_3__.setSecret,
        deadline
    });
    const plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__.planRegistration)(config, ctx, resolved);
    out.plan = plan;
    const ref = resolved.image ?? config.image;
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Image ${plan.image} (${ref.kind} registry ${ref.registry}); digest ${plan.imageDigest ?? 'not pinned'}`);
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Model package group ${plan.groupNameOrArn}; approval ${plan.approval}; commit ${ctx.sha || 'unknown'}`);
    // Before any write: a run that approves registers only an image the build workflow attested at this commit.
    if (config.attestation && plan.approval === 'Approved') {
        const { requireAttested } = await __webpack_require__.e(/* import() */ 1401).then(__webpack_require__.bind(__webpack_require__, 71401));
        await requireAttested(config.attestation, { digest: plan.imageDigest, commit: ctx.sha, what: 'the image' }, ctx, config.githubToken);
    }
    const sm = await clients.sagemaker();
    const region = await clients.region();
    if (config.dryRun) {
        await dryRun(sm, plan, clock.now());
        return { plan };
    }
    const result = await (0,_model_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .register */ .kz)(sm, plan, {
        clock,
        timeoutMs: Math.max(0, deadline - clock.now()),
        log: _log_js__WEBPACK_IMPORTED_MODULE_3__,
        onArn: (arn) => {
            out.arn = arn;
            _log_js__WEBPACK_IMPORTED_MODULE_3__.setOutput('model-package-arn', arn);
            _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Model package version: ${arn}`);
            _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Console: ${(0,_report_console_links_js__WEBPACK_IMPORTED_MODULE_4__/* .modelPackageUrl */ .h)(region, plan.groupName, (0,_aws_arns_js__WEBPACK_IMPORTED_MODULE_5__/* .versionFromArn */ .Yu)(arn))}`);
        }
    });
    out.result = result;
    out.consoleUrl = (0,_report_console_links_js__WEBPACK_IMPORTED_MODULE_4__/* .modelPackageUrl */ .h)(region, plan.groupName, result.version);
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(result.created ? `Registered version ${result.version}` : `Version ${result.version} already existed; nothing new was created`);
    return { plan, result, consoleUrl: out.consoleUrl };
}
/** Prints the exact requests and what would happen; makes read calls only. */
async function dryRun(sm, plan, now) {
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info('Dry run: nothing will be written to AWS.');
    const quiet = { info: () => undefined, warning: (m) => _log_js__WEBPACK_IMPORTED_MODULE_3__.warning(m) };
    try {
        const found = await (0,_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .lookUp */ .TE)(sm, plan, quiet, now);
        const earlier = (0,_model_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .reusable */ .Ez)(found, plan);
        if (earlier) {
            _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Plan: reuse version ${earlier.ModelPackageVersion} (${earlier.ModelPackageArn}), registered earlier (found by ${found.foundBy}).`);
            return;
        }
    }
    catch (err) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__.warning(`Dry run could not read existing versions: ${err.message}`);
    }
    if (plan.createGroup)
        _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Plan: create the group if missing: CreateModelPackageGroup ${JSON.stringify(plan.createGroup)}`);
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Plan: CreateModelPackage ${JSON.stringify(plan.createPackage, null, 2)}`);
    _log_js__WEBPACK_IMPORTED_MODULE_3__.info(`Plan: then UpdateModelPackage where it differs: approval ${plan.approval}, run metadata ${JSON.stringify(plan.runMetadata)}`);
}


/***/ })

};

//# sourceMappingURL=7015.index.js.map