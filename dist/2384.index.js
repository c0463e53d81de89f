export const id = 2384;
export const ids = [2384];
export const modules = {

/***/ 12384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   withMetrics: () => (/* binding */ withMetrics)
/* harmony export */ });
/* harmony import */ var _register_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59030);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28813);


/** Runs the metrics step (reads, the gate, the uploads) and returns the config to plan the registration from. */
async function withMetrics(config, ctx, io, out) {
    if (!config.metrics)
        return config;
    // The plan before the image is resolved, so a gate that stops the run still has a report to show it in.
    out.registration.plan ??= (0,_register_plan_js__WEBPACK_IMPORTED_MODULE_0__.planRegistration)(config, ctx);
    const asked = (0,_register_plan_js__WEBPACK_IMPORTED_MODULE_0__.approvalStatus)(config, ctx);
    const partial = (out.metrics = {});
    const outcome = await (0,_step_js__WEBPACK_IMPORTED_MODULE_1__/* .metricsStep */ .yg)(config.metrics, { sm: await io.clients.sagemaker(), s3: () => io.clients.s3(), group: config.group, dryRun: config.dryRun, asked, out: partial });
    const next = { ...config, modelMetrics: outcome.modelMetrics };
    const failed = outcome.approval;
    if (failed && (failed.status === 'Rejected' || asked !== 'PendingManualApproval')) {
        const description = `${(0,_register_plan_js__WEBPACK_IMPORTED_MODULE_0__.approvalDescription)(failed.status, ctx)}; ${failed.reason}`.replace(/[\r\n]+/g, ' ').slice(0, 1024);
        next.gateApproval = { approval: failed.status, description };
    }
    return next;
}


/***/ }),

/***/ 28813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yh: () => (/* binding */ logGate),
  yg: () => (/* binding */ metricsStep),
  Rg: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts + 17 modules
var log = __webpack_require__(49301);
// EXTERNAL MODULE: ./src/aws/errors.ts + 1 modules
var aws_errors = __webpack_require__(81919);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
// EXTERNAL MODULE: ./src/aws/arns.ts
var arns = __webpack_require__(26145);
// EXTERNAL MODULE: ./src/metrics/store.ts
var store = __webpack_require__(43784);
;// CONCATENATED MODULE: ./src/metrics/baseline.ts





async function describe(sm, ref) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    return (0,aws_errors/* send */.tN)('sagemaker:DescribeModelPackage', () => sm.send(new c.DescribeModelPackageCommand({ ModelPackageName: ref })));
}
/** The newest Approved version of the group that is not `exclude`. */
async function newestApproved(sm, group, exclude) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    const page = await (0,aws_errors/* send */.tN)('sagemaker:ListModelPackages', () => sm.send(new c.ListModelPackagesCommand({
        ModelPackageGroupName: group.arn ?? group.name, ModelPackageType: 'Versioned', ModelApprovalStatus: 'Approved',
        SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 2
    })));
    return (page.ModelPackageSummaryList ?? []).map((p) => p.ModelPackageArn).find((arn) => arn && arn !== exclude);
}
/** The one version of `group` the endpoint's live config provably serves. */
async function servedBy(sm, endpoint, group) {
    const [{ describeEndpoint }, { readConfig, servedVersions }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 38150)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 43457))]);
    const ep = await describeEndpoint(sm, endpoint);
    if (!ep.EndpointConfigName)
        return undefined;
    const served = (await servedVersions(sm, await readConfig(sm, ep.EndpointConfigName))).filter((arn) => arn.includes(`:model-package/${group.name}/`));
    if (served.length > 1)
        throw new errors/* ActionError */.lZ(`Endpoint ${endpoint} serves ${served.length} versions of ${group.name} (${served.join(', ')}); name the baseline version with gate-baseline.`);
    return served[0];
}
async function baselineArn(sm, spec, group, candidateArn) {
    if (spec.kind === 'approved') {
        const arn = await newestApproved(sm, group, candidateArn);
        return arn ? { arn } : { note: `no other Approved version of ${group.name} to compare with` };
    }
    if (spec.kind === 'serving') {
        const arn = await servedBy(sm, spec.endpoint, group);
        return arn ? { arn } : { note: `endpoint ${spec.endpoint} serves no version of ${group.name}` };
    }
    const pkg = await describe(sm, `${group.arn ?? group.name}/${spec.version}`);
    return { arn: pkg.ModelPackageArn };
}
/** The baseline and its verified metrics; a baseline that records none comes back without metrics and a note. */
async function findBaseline(sm, s3, o) {
    const { arn, note } = await baselineArn(sm, o.spec, o.group, o.candidateArn);
    if (!arn)
        return { note: note };
    const pkg = await describe(sm, arn);
    const read = await (0,store/* versionMetrics */.e_)(await s3(), pkg);
    const baseline = { version: pkg.ModelPackageVersion ?? (0,arns/* versionFromArn */.Yu)(arn), arn };
    if (read.metrics)
        baseline.metrics = read.metrics;
    return { baseline, ...(read.note ? { note: read.note } : {}) };
}

// EXTERNAL MODULE: ./src/metrics/gate.ts
var metrics_gate = __webpack_require__(22766);
// EXTERNAL MODULE: ./src/metrics/inputs.ts
var inputs = __webpack_require__(95084);
;// CONCATENATED MODULE: ./src/metrics/step.ts






/** Evaluates the gate against its baseline; a missing baseline counts as a failure only with on-no-baseline: fail. */
async function runGate(gate, candidate, o) {
    const found = await findBaseline(o.sm, o.s3, { spec: gate.baseline, group: o.group, ...(o.candidateArn ? { candidateArn: o.candidateArn } : {}) });
    const result = (0,metrics_gate/* evaluateGate */.DR)(gate.rules, candidate, found.baseline);
    if (found.note)
        result.note = `No baseline: ${found.note}${result.verdict === 'no-baseline' ? (gate.onNoBaseline === 'fail' ? ' (on-no-baseline: fail).' : '; the rules that need it are not judged (on-no-baseline: pass-with-note).') : '.'}`;
    const noBaseline = result.verdict === 'no-baseline' && gate.onNoBaseline === 'fail';
    const reason = result.verdict === 'fail' ? (0,metrics_gate/* failureReason */.Hr)(result) : noBaseline ? `metrics gate has no baseline: ${found.note ?? 'none'}` : '';
    return { result, failed: result.verdict === 'fail' || noBaseline, reason };
}
/** The gate's one log line. */
function logGate(result, reason) {
    log.info(`Metrics gate: ${result.verdict}${result.baseline ? ` against version ${result.baseline.version}` : ''}${reason ? ` (${reason})` : ''}`);
}
function consequence(mode, asked) {
    if (mode === 'reject')
        return 'Registered as Rejected (on-gate-failure: reject).';
    return `Registered pending manual approval (on-gate-failure: comment)${asked === 'Approved' ? ' instead of Approved' : ''}; promote/ refuses it unless override-gate gives a reason.`;
}
async function metricsStep(config, o) {
    const s3 = o.s3;
    const body = config.statistics.body ?? (await (0,store/* readObject */.Ag)(await s3(), config.statistics.given));
    const candidate = config.metrics ?? (0,inputs/* checkedStatistics */.Xd)(config, body.toString('utf8'));
    const constraintsBody = config.constraints && (config.constraints.body ?? (await (0,store/* readObject */.Ag)(await s3(), config.constraints.given)));
    if (config.constraints && constraintsBody)
        (0,inputs/* checkConstraints */.Dh)(config.constraints, constraintsBody.toString('utf8'));
    const { out } = o;
    out.candidate = candidate;
    if (config.gate) {
        const { result, failed, reason } = await runGate(config.gate, candidate, o);
        const gate = result;
        out.gate = gate;
        logGate(result, reason);
        if (failed) {
            // Before any write: the gate needs only the candidate's metrics and the baseline's.
            if (config.onGateFailure === 'fail')
                throw new errors/* ActionError */.lZ(`Not registered: ${reason} (on-gate-failure: fail).`);
            gate.consequence = consequence(config.onGateFailure, o.asked);
            out.approval = { status: config.onGateFailure === 'reject' ? 'Rejected' : 'PendingManualApproval', reason };
        }
    }
    const opts = { ...(config.prefix ? { prefix: config.prefix } : {}), dryRun: o.dryRun };
    const Statistics = await (0,store/* sourceOf */.vz)(await s3(), config.statistics, body, { ...opts, kind: 'statistics' });
    const Constraints = config.constraints && constraintsBody ? await (0,store/* sourceOf */.vz)(await s3(), config.constraints, constraintsBody, { ...opts, kind: 'constraints' }) : undefined;
    log.info(`Model quality statistics: ${Statistics.S3Uri} (${Statistics.ContentDigest})${o.dryRun && config.statistics.body ? ' (dry run: not uploaded)' : ''}`);
    out.modelMetrics = { ModelQuality: { Statistics, ...(Constraints ? { Constraints } : {}) } };
    return out;
}


/***/ }),

/***/ 43784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ readObject),
/* harmony export */   e_: () => (/* binding */ versionMetrics),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/* unused harmony export uploadUri */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81919);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15857);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95084);
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66114);





const location = (uri) => {
    const m = /^s3:\/\/([^/]+)\/(.+)$/s.exec(uri);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${JSON.stringify(uri.slice(0, 200))} is not an s3://bucket/key object URI.`);
    return { Bucket: m[1], Key: m[2] };
};
/** The object's bytes; more than METRICS_FILE_MAX is refused. */
async function readObject(s3, uri) {
    const { GetObjectCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__/* .s3Sdk */ .jb)();
    const out = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)('s3:GetObject', () => s3.send(new GetObjectCommand(location(uri))));
    if ((out.ContentLength ?? 0) > _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_FILE_MAX */ .Ul)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${uri} is over ${_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_FILE_MAX */ .Ul} bytes; a statistics file is far smaller.`);
    const body = Buffer.from((await out.Body?.transformToByteArray()) ?? []);
    if (body.length > _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_FILE_MAX */ .Ul)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${uri} is over ${_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_FILE_MAX */ .Ul} bytes; a statistics file is far smaller.`);
    return body;
}
/** Where a workspace file goes: `<prefix>/<kind>-<sha256 hex>.json`, so the same bytes always land on the same key. */
function uploadUri(prefix, kind, digest) {
    return `${prefix}/${kind}-${digest.slice('sha256:'.length)}.json`;
}
/** Uploads a workspace file (or, for an s3:// file, reads nothing more) and returns the MetricsSource to record. */
async function sourceOf(s3, file, body, o) {
    const digest = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(body);
    if (!file.body)
        return { ContentType: 'application/json', S3Uri: file.given, ContentDigest: digest };
    const uri = uploadUri(o.prefix, o.kind, digest);
    if (!o.dryRun) {
        const { PutObjectCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_4__/* .s3Sdk */ .jb)();
        await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)('s3:PutObject', () => s3.send(new PutObjectCommand({ ...location(uri), Body: body, ContentType: 'application/json' })));
    }
    return { ContentType: 'application/json', S3Uri: uri, ContentDigest: digest };
}
/** A version's model-quality metrics, read from the S3 object its ModelMetrics names and checked against its digest. */
async function versionMetrics(s3, pkg) {
    const source = pkg.ModelMetrics?.ModelQuality?.Statistics;
    const v = `version ${pkg.ModelPackageVersion ?? '?'}`;
    if (!source?.S3Uri)
        return { note: `${v} records no model-quality statistics` };
    if (!source.ContentDigest)
        return { note: `${v} records its statistics without a ContentDigest, so they cannot be verified` };
    const body = await readObject(s3, source.S3Uri);
    const digest = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(body);
    if (digest.toLowerCase() !== source.ContentDigest.toLowerCase()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The statistics of ${v} (${source.S3Uri}) changed after registration: their digest is ${digest}, the version recorded ${source.ContentDigest}. The gate does not trust them.`);
    }
    try {
        return { metrics: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStatistics */ .N)(body.toString('utf8'), 'statistics', source.S3Uri) };
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The statistics of ${v} (${source.S3Uri}) are not usable: ${err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? err.rule : err.message}`);
    }
}


/***/ })

};

//# sourceMappingURL=2384.index.js.map