export const id = 3567;
export const ids = [3567];
export const modules = {

/***/ 83567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SHADOW_OUTPUTS: () => (/* binding */ SHADOW_OUTPUTS),
  run: () => (/* binding */ shadow_run),
  shadowSpec: () => (/* binding */ shadowSpec)
});

// EXTERNAL MODULE: ./src/aws/arns.ts
var arns = __webpack_require__(26145);
// EXTERNAL MODULE: ./src/deploy/experiments.ts
var experiments = __webpack_require__(15907);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/promotion.ts
var promotion = __webpack_require__(30138);
// EXTERNAL MODULE: ./src/log.ts + 17 modules
var log = __webpack_require__(49301);
// EXTERNAL MODULE: ./src/aws/errors.ts + 1 modules
var aws_errors = __webpack_require__(81919);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
;// CONCATENATED MODULE: ./src/shadow/endpoint.ts



/** Why SageMaker would refuse a shadow test on this endpoint, or undefined. Pure. */
function shadowRefusal(e, config, model) {
    const name = e.EndpointName ?? '';
    if (e.EndpointStatus !== 'InService')
        return `endpoint ${name} is ${e.EndpointStatus ?? 'unknown'}; a shadow test needs it InService`;
    const variants = config.ProductionVariants ?? [];
    if (variants.length !== 1)
        return `endpoint ${name} has ${variants.length} production variants; a shadow test needs exactly one`;
    if (config.ShadowProductionVariants?.length)
        return `endpoint ${name} already has a shadow variant; SageMaker allows one`;
    const v = variants[0];
    if (v.ServerlessConfig)
        return `endpoint ${name} is serverless; SageMaker shadow tests need instances`;
    if (config.AsyncInferenceConfig)
        return `endpoint ${name} is asynchronous; SageMaker shadow tests are real-time only`;
    if (!v.ModelName)
        return `endpoint ${name} hosts inference components; a shadow test needs a variant with a model`;
    if (/^ml\.inf1\./.test(v.InstanceType ?? ''))
        return `endpoint ${name} runs on ${v.InstanceType}; SageMaker shadow tests do not support Inf1 instances`;
    const containers = model ? [...(model.PrimaryContainer ? [model.PrimaryContainer] : []), ...(model.Containers ?? [])] : [];
    if (containers.some((c) => c.Mode === 'MultiModel'))
        return `endpoint ${name} serves a multi-model container; SageMaker shadow tests do not support multi-model endpoints`;
    return undefined;
}
async function readLive(sm, endpointName) {
    const cmd = await (0,sdk/* sagemakerSdk */.nP)();
    const e = await (0,aws_errors/* send */.tN)('sagemaker:DescribeEndpoint', () => sm.send(new cmd.DescribeEndpointCommand({ EndpointName: endpointName })));
    const config = await (0,aws_errors/* send */.tN)('sagemaker:DescribeEndpointConfig', () => sm.send(new cmd.DescribeEndpointConfigCommand({ EndpointConfigName: e.EndpointConfigName })));
    const v = config.ProductionVariants?.[0];
    const model = v?.ModelName && (config.ProductionVariants ?? []).length === 1 ? await (0,aws_errors/* send */.tN)('sagemaker:DescribeModel', () => sm.send(new cmd.DescribeModelCommand({ ModelName: v.ModelName }))) : undefined;
    const refused = shadowRefusal(e, config, model);
    if (refused)
        throw new errors/* ActionError */.lZ(`Refused: ${refused}. Nothing was created.`);
    const live = e.ProductionVariants?.find((p) => p.VariantName === v.VariantName);
    return {
        endpointName: e.EndpointName,
        configName: e.EndpointConfigName,
        variantName: v.VariantName,
        modelName: v.ModelName,
        instanceType: v.InstanceType,
        instanceCount: live?.CurrentInstanceCount ?? v.InitialInstanceCount ?? 1
    };
}

;// CONCATENATED MODULE: ./src/shadow/experiment.ts




/** AWS's time: the last Date header SageMaker sent, moved on by the runner's clock since. */
class AwsClock {
    clock;
    seen;
    constructor(clock) {
        this.clock = clock;
    }
    watch(sm) {
        const name = 'shadowAwsClock';
        if (sm.middlewareStack.identify().some((m) => m.startsWith(name)))
            sm.middlewareStack.remove(name);
        sm.middlewareStack.add((next) => async (args) => {
            const out = await next(args);
            const date = out.response.headers?.date;
            const aws = date ? Date.parse(date) : NaN;
            if (Number.isFinite(aws))
                this.seen = { aws, local: this.clock.now() };
            return out;
        }, { step: 'deserialize', name });
    }
    now() {
        return this.seen ? this.seen.aws + (this.clock.now() - this.seen.local) : this.clock.now();
    }
}
async function describeExperiment(sm, name) {
    const cmd = await (0,sdk/* sagemakerSdk */.nP)();
    return (0,aws_errors/* send */.tN)('sagemaker:DescribeInferenceExperiment', () => sm.send(new cmd.DescribeInferenceExperimentCommand({ Name: name })));
}
/** Creates the model and the experiment; returns the experiment's ARN. */
async function createExperiment(sm, plan, aws) {
    const cmd = await (0,sdk/* sagemakerSdk */.nP)();
    await (0,aws_errors/* send */.tN)('sagemaker:CreateModel', () => sm.send(new cmd.CreateModelCommand(plan.createModel)));
    const out = await (0,aws_errors/* send */.tN)('sagemaker:CreateInferenceExperiment', () => sm.send(new cmd.CreateInferenceExperimentCommand(plan.request(aws.now()))));
    return out.InferenceExperimentArn;
}
/** Polls until `done` says so; an experiment that ended on its own (Completed, Cancelled, or stopped by someone) is an error. */
async function pollExperiment(sm, name, o, done, what) {
    for (;;) {
        const x = await describeExperiment(sm, name);
        if (done(x))
            return x;
        if (!['Creating', 'Created', 'Updating', 'Starting', 'Running'].includes(x.Status ?? '')) {
            throw new errors/* ActionError */.lZ(`Inference experiment ${name} is ${x.Status}${x.StatusReason ? ` (${x.StatusReason.slice(0, 300)})` : ''} while waiting ${what}; the shadow test has no result.`);
        }
        if (o.clock.now() + o.pollMs > o.deadline)
            throw new errors/* ActionError */.lZ(`Timed out waiting ${what} (wait-timeout); the experiment ${name} is stopped.`);
        await o.clock.sleep(o.pollMs);
    }
}
async function waitRunning(sm, name, o) {
    await pollExperiment(sm, name, o, (x) => x.Status === 'Running', 'for the experiment to run');
    o.log(`Inference experiment ${name} is Running: the candidate receives a copy of production requests.`);
    return o.aws.now();
}
/** Waits until `durationMs` of AWS's time have passed since `startMs`, logging once per poll. */
async function waitDuration(sm, name, o) {
    const end = o.startMs + o.durationMs;
    await pollExperiment(sm, name, o, () => o.aws.now() >= end, 'for the test window to end');
    return Math.min(o.aws.now(), end);
}
/** Waits until a stopped experiment has ended (Completed or Cancelled): until then SageMaker still patches the endpoint. */
async function waitEnded(sm, name, o) {
    for (;;) {
        const x = await describeExperiment(sm, name);
        if (!experiments/* UNENDED */.g6.includes(x.Status ?? ''))
            return;
        if (o.clock.now() + o.pollMs > o.deadline)
            throw new errors/* ActionError */.lZ(`Timed out waiting for the inference experiment ${name} to end (it is ${x.Status}); a deploy to its endpoint is refused until it has.`);
        await o.clock.sleep(o.pollMs);
    }
}
/** Stops the experiment: the shadow variant removed, production retained. Does nothing when it already ended. */
async function stopExperiment(sm, o) {
    const x = await describeExperiment(sm, o.name);
    if (!['Creating', 'Created', 'Updating', 'Starting', 'Running'].includes(x.Status ?? ''))
        return false;
    const cmd = await (0,sdk/* sagemakerSdk */.nP)();
    await (0,aws_errors/* send */.tN)('sagemaker:StopInferenceExperiment', () => sm.send(new cmd.StopInferenceExperimentCommand({
        Name: o.name,
        ModelVariantActions: { [o.live.variantName]: 'Retain', [o.shadowVariant]: 'Remove' },
        DesiredState: o.state,
        Reason: o.reason.slice(0, 1024)
    })));
    return true;
}

// EXTERNAL MODULE: ./src/inputs/constraints.ts
var constraints = __webpack_require__(31677);
// EXTERNAL MODULE: ./src/inputs/readers.ts
var readers = __webpack_require__(18961);
// EXTERNAL MODULE: ./src/commands/promote.ts + 2 modules
var commands_promote = __webpack_require__(99360);
;// CONCATENATED MODULE: ./src/shadow/rules.ts
/**
 * shadow-gate rules: one a line, `<metric> <op> production [* | + | - <number>]` or `<metric> <op> <number>`, e.g.
 * `latency-p99-ms <= production * 1.10`, `error-rate <= production + 0.005`, `latency-p50-ms < 250`. Pure.
 */

const METRICS = ['latency-p50-ms', 'latency-p90-ms', 'latency-p95-ms', 'latency-p99-ms', 'latency-avg-ms', 'error-rate'];
const DEFAULT_GATE = 'latency-p99-ms <= production * 1.10\nerror-rate <= production + 0.005';
const LINE = /^([a-z0-9-]+)\s*(<=|>=|<|>)\s*(?:(production)(?:\s*([*+-])\s*(\d+(?:\.\d+)?))?|(\d+(?:\.\d+)?))$/;
function parseRule(line, input = 'shadow-gate') {
    const m = LINE.exec(line);
    if (!m)
        throw new errors/* InputError */.dz(input, line, 'each line must be `<metric> <op> production [* | + | - <number>]` or `<metric> <op> <number>`, op one of <= < >= >');
    const metric = m[1];
    if (!METRICS.includes(metric))
        throw new errors/* InputError */.dz(input, line, `names an unknown metric ${metric}; known: ${METRICS.join(', ')}`);
    const rule = { text: line, metric: metric, op: m[2] };
    if (m[6] !== undefined)
        return { ...rule, base: 'constant', factor: 0, offset: Number(m[6]) };
    const n = m[5] === undefined ? undefined : Number(m[5]);
    if (m[4] === '*' && !(n > 0))
        throw new errors/* InputError */.dz(input, line, 'the factor must be greater than 0');
    return { ...rule, base: 'production', factor: m[4] === '*' ? n : 1, offset: m[4] === '+' ? n : m[4] === '-' ? -n : 0 };
}
/** The rules of the input (empty: the default gate); a metric named twice is refused. */
function parseGate(text, input = 'shadow-gate') {
    const lines = (text.trim() ? text : DEFAULT_GATE).split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
    if (!lines.length)
        throw new errors/* InputError */.dz(input, text, 'holds no rule');
    if (lines.length > 20)
        throw new errors/* InputError */.dz(input, `${lines.length} rules`, 'may hold at most 20 rules');
    return lines.map((l) => parseRule(l, input));
}
/** The bound a candidate value must keep, given production's value (the rule's tolerance). */
function bound(rule, production) {
    return rule.base === 'constant' ? rule.offset : production * rule.factor + rule.offset;
}
/** Whether a candidate value keeps the rule against this bound. */
function holds(op, candidate, limit) {
    if (op === '<=')
        return candidate <= limit;
    if (op === '<')
        return candidate < limit;
    if (op === '>=')
        return candidate >= limit;
    return candidate > limit;
}
/** Lower is better for `<` rules: a failing candidate is then greater than the bound. */
const lowerIsBetter = (op) => op === '<=' || op === '<';

;// CONCATENATED MODULE: ./src/shadow/inputs.ts
/**
 * shadow/'s inputs: the candidate and the deploy settings exactly as promote/ reads them (the shadow model is built
 * as a deploy builds one; on-pass: promote continues through promote's own path), plus the test's own settings.
 * Every limit SageMaker puts on a shadow test that the inputs alone can break is refused here, before any call.
 */





const MAX_DURATION_MS = 30 * 86_400_000;
/** The experiment's schedule runs this much past the test, so SageMaker ends it should the job die. */
const BACKSTOP_MS = 10 * 60_000;
const UNITS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
function readDuration(read) {
    const value = read('duration') || '1h';
    const m = /^(\d{1,5})([mhd])$/.exec(value);
    const ms = m ? Number(m[1]) * UNITS[m[2]] : NaN;
    if (!(ms >= 5 * 60_000 && ms <= MAX_DURATION_MS))
        throw new errors/* InputError */.dz('duration', value, 'must be minutes, hours or days such as 30m, 1h or 2d, from 5m to 30d (SageMaker runs a shadow test at most 30 days)');
    return ms;
}
function readConfidence(read) {
    const value = read('shadow-confidence') || '0.95';
    const n = Number(value);
    if (!/^0\.\d{1,4}$/.test(value) || n < 0.8 || n > 0.999)
        throw new errors/* InputError */.dz('shadow-confidence', value, 'must be a confidence between 0.8 and 0.999, such as 0.95');
    return n;
}
/**
 * promote/'s inputs that shadow/ does not offer (scripts/sub-actions.mjs NOT_IN_SHADOW): it only ever approves, a
 * missing version is an error, it does not act on repository_dispatch, and it does not check attestations (yet).
 */
const NOT_OFFERED = ['approval', 'if-missing', 'require-attestation', 'attestation-workflow', 'attestation-trusted-root', 'dispatch-event-type'];
function readShadow(read, common, env) {
    const promote = (0,commands_promote.readPromote)((name) => (NOT_OFFERED.includes(name) ? '' : read(name)), common, env);
    if (!promote.deploy)
        throw new errors/* InputError */.dz('endpoint-name', '', 'is required: the live endpoint whose traffic the candidate shadows');
    const deploy = promote.deploy;
    if (deploy.endpointType !== 'real-time')
        throw new errors/* InputError */.dz('endpoint-type', deploy.endpointType, 'must be real-time: SageMaker shadow tests do not run on serverless or asynchronous endpoints');
    const role = read('experiment-role-arn');
    if (role && !constraints/* ROLE_ARN */.xG.test(role))
        throw new errors/* InputError */.dz('experiment-role-arn', role, 'must be an IAM role ARN: arn:aws:iam::<account>:role/<name>');
    const instanceType = read('instance-type');
    if (/^ml\.inf1\./.test(instanceType))
        throw new errors/* InputError */.dz('instance-type', instanceType, 'is an Inf1 type; SageMaker shadow tests do not support Inf1 instances');
    const config = {
        promote: { ...promote, deploy },
        samplingPercentage: (0,readers/* integer */.nd)(read, 'sampling-percentage', 100, 1, 100),
        durationMs: readDuration(read),
        experimentRoleArn: role || deploy.executionRoleArn,
        rules: parseGate(read('shadow-gate')),
        minInvocations: (0,readers/* integer */.nd)(read, 'min-invocations', 100, 1, 1_000_000),
        confidence: readConfidence(read),
        onPass: (0,readers/* oneOf */.yL)(read, 'on-pass', ['none', 'promote'], 'none')
    };
    if (instanceType)
        config.instanceType = instanceType;
    // The time budget: the test, its backstop and half an hour, plus the deployment's own budget when it may promote.
    const test = (config.durationMs + BACKSTOP_MS) / 1000 + 30 * 60;
    if (!read('wait-timeout'))
        common.waitTimeoutSeconds = test + (config.onPass === 'promote' ? common.waitTimeoutSeconds : 0);
    return config;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/shadow/markdown.ts
/** The shadow test's job summary and PR comment: production and the candidate side by side, and the verdict. Pure. */

const ICON = { pass: '✅', fail: '❌', inconclusive: '⚠️' };
const ROWS = [
    ['latency-p50-ms', 'Model latency p50 (ms)'],
    ['latency-p90-ms', 'Model latency p90 (ms)'],
    ['latency-p99-ms', 'Model latency p99 (ms)'],
    ['latency-avg-ms', 'Model latency average (ms)'],
    ['error-rate', 'Error rate (5XX + model errors / invocations)']
];
const num = (v, metric) => (v === undefined ? '–' : metric === 'error-rate' ? `${(v * 100).toFixed(2)}%` : String(Number(v.toPrecision(4))));
function sideBySide(r) {
    const m = r.metrics;
    if (!m)
        return [];
    const lines = ['| | Production | Candidate |', '|---|---|---|', `| Invocations | ${m.production.invocations} | ${m.candidate.invocations} |`];
    for (const [metric, label] of ROWS)
        lines.push(`| ${label} | ${num(m.production.total[metric], metric)} | ${num(m.candidate.total[metric], metric)} |`);
    return [...lines, ''];
}
function ruleRows(j) {
    if (!j.rules.length)
        return [];
    const lines = ['| Rule | Production | Candidate | Bound | p | Result |', '|---|---|---|---|---|---|'];
    for (const x of j.rules) {
        lines.push(`| ${(0,markdown/* code */.aY)(x.rule)} | ${num(x.production, x.metric)} | ${num(x.candidate, x.metric)} | ${num(x.bound, x.metric)} | ${x.p ?? '–'} | ${ICON[x.result]} ${(0,markdown/* escapeMarkdown */.FV)(x.why)} |`);
    }
    return [...lines, ''];
}
function shadowMarkdown(r) {
    const j = r.judgement;
    const head = j ? `${ICON[j.verdict]} ${j.verdict}` : '⏳ no verdict';
    const lines = [
        `### Shadow test of version ${r.candidate.version} on ${(0,markdown/* code */.aY)(r.endpoint)}: ${head}`,
        '',
        `Candidate ${(0,markdown/* code */.aY)(r.candidate.arn)} shadowed production variant ${(0,markdown/* code */.aY)(r.production.variant)} (model ${(0,markdown/* code */.aY)(r.production.model)}) on ${r.samplingPercentage}% of requests, experiment ${(0,markdown/* code */.aY)(r.experiment)}${r.window ? `, window ${r.window.start} to ${r.window.end}` : ''}.`,
        ''
    ];
    if (j)
        lines.push(`**Verdict: ${j.verdict}.** ${(0,markdown/* escapeMarkdown */.FV)(j.reason, 600)} (confidence ${j.confidence}, min-invocations ${j.minInvocations}).`, '');
    lines.push(...sideBySide(r), ...(j ? ruleRows(j) : []));
    if (r.stopped)
        lines.push((0,markdown/* escapeMarkdown */.FV)(r.stopped), '');
    if (r.onPass === 'promote')
        lines.push(j?.verdict === 'pass' ? 'on-pass is promote: the candidate is approved and deployed blue/green through promote/.' : 'on-pass is promote: nothing was promoted.', '');
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/shadow/metrics.ts


const LATENCY = [
    ['latency-p50-ms', 'p50'],
    ['latency-p90-ms', 'p90'],
    ['latency-p95-ms', 'p95'],
    ['latency-p99-ms', 'p99'],
    ['latency-avg-ms', 'Average']
];
const COUNTS = ['Invocations', 'Invocation5XXErrors', 'InvocationModelErrors'];
const MINUTE = 60_000;
/** The compared window: whole minutes inside [startMs, endMs]. */
function windowOf(startMs, endMs) {
    const start = Math.ceil(startMs / MINUTE) * MINUTE;
    const end = Math.max(start + MINUTE, Math.floor(endMs / MINUTE) * MINUTE);
    const seconds = (end - start) / 1000;
    // CloudWatch keeps 1-minute data 15 days; older data needs periods of 5 minutes.
    return { start: new Date(start), end: new Date(end), seconds: seconds > 15 * 86_400 ? Math.ceil(seconds / 300) * 300 : seconds };
}
/** The queries of one variant: `<prefix><m|w><index>`, per minute (m) and over the window (w). */
function queries(endpointName, variantName, prefix, windowSeconds) {
    const metric = (MetricName) => ({ Namespace: 'AWS/SageMaker', MetricName, Dimensions: [{ Name: 'EndpointName', Value: endpointName }, { Name: 'VariantName', Value: variantName }] });
    const stats = [...COUNTS.map((c) => [c, 'Sum']), ...LATENCY.map(([, s]) => ['ModelLatency', s])];
    return ['m', 'w'].flatMap((kind) => stats.map(([name, Stat], i) => ({ Id: `${prefix}${kind}${i}`, MetricStat: { Metric: metric(name), Period: kind === 'm' ? 60 : windowSeconds, Stat }, ReturnData: true })));
}
/** One variant's metrics from the results of its queries. Pure. */
function parseVariant(results, prefix) {
    const byId = new Map(results.map((r) => [r.Id, r]));
    const series = (kind, i) => {
        const r = byId.get(`${prefix}${kind}${i}`);
        return new Map((r?.Timestamps ?? []).map((t, k) => [new Date(t).getTime(), r.Values[k]]));
    };
    const read = (kind) => {
        const [inv, e5, em] = [0, 1, 2].map((i) => series(kind, i));
        const lat = LATENCY.map((_, i) => series(kind, i + 3));
        return [...inv.keys()].sort((a, b) => a - b).map((t) => {
            const n = inv.get(t);
            const point = n > 0 ? { 'error-rate': ((e5.get(t) ?? 0) + (em.get(t) ?? 0)) / n } : {};
            LATENCY.forEach(([name], i) => {
                const v = lat[i].get(t);
                if (v !== undefined)
                    point[name] = v / 1000;
            });
            return { n, point };
        });
    };
    const whole = read('w');
    return { invocations: whole.reduce((s, w) => s + w.n, 0), total: whole[0]?.point ?? {}, minutes: read('m').map((m) => m.point) };
}
async function readMetrics(cw, o) {
    const w = windowOf(o.startMs, o.endMs);
    const { GetMetricDataCommand } = await (0,sdk/* cloudwatchSdk */.bK)();
    const MetricDataQueries = [...queries(o.endpointName, o.production, 'p', w.seconds), ...queries(o.endpointName, o.candidate, 'c', w.seconds)];
    const results = [];
    let NextToken;
    do {
        const out = await (0,aws_errors/* send */.tN)('cloudwatch:GetMetricData', () => cw.send(new GetMetricDataCommand({ StartTime: w.start, EndTime: w.end, MetricDataQueries, ScanBy: 'TimestampAscending', ...(NextToken ? { NextToken } : {}) })));
        for (const r of out.MetricDataResults ?? []) {
            const seen = results.find((x) => x.Id === r.Id);
            if (seen)
                Object.assign(seen, { Timestamps: [...(seen.Timestamps ?? []), ...(r.Timestamps ?? [])], Values: [...(seen.Values ?? []), ...(r.Values ?? [])] });
            else
                results.push(r);
        }
        NextToken = out.NextToken;
    } while (NextToken);
    return { production: parseVariant(results, 'p'), candidate: parseVariant(results, 'c'), window: { start: w.start, end: w.end } };
}

// EXTERNAL MODULE: ./src/deploy/plan.ts + 1 modules
var plan = __webpack_require__(452);
;// CONCATENATED MODULE: ./src/shadow/plan.ts



function planShadow(c, o) {
    const arn = o.pkg.ModelPackageArn;
    const version = o.pkg.ModelPackageVersion ?? (0,arns/* versionFromArn */.Yu)(arn);
    const attempt = `${o.ctx.runAttempt || '1'}-shadow`;
    const modelName = (0,plan/* resourceName */.Iy)(o.live.endpointName, version, o.ctx.runId || 'local', attempt, arn);
    const experimentName = `${modelName.slice(0, 100)}-test`;
    const deploy = (0,plan/* planDeploy */.bJ)({ deploy: c.promote.deploy, ctx: o.ctx, pkg: o.pkg, liveVariant: o.live.variantName });
    const createModel = { ...deploy.createModel, ModelName: modelName, Tags: [...(deploy.createModel.Tags ?? []), { Key: 'shadow-test', Value: experimentName }] };
    const shadowVariant = `shadow-v${version}`;
    const instanceType = c.instanceType ?? o.live.instanceType;
    const infra = (type, count) => ({ InfrastructureType: 'RealTimeInference', RealTimeInferenceConfig: { InstanceType: type, InstanceCount: count } });
    return {
        experimentName,
        shadowVariant,
        createModel,
        instanceType,
        request: (awsNowMs) => ({
            Name: experimentName,
            Type: 'ShadowMode',
            Description: `Shadow test of version ${version} (${arn}) against ${o.live.endpointName}, run ${o.ctx.runId || 'local'}`.slice(0, 1024),
            RoleArn: c.experimentRoleArn,
            EndpointName: o.live.endpointName,
            Schedule: { EndTime: new Date(awsNowMs + Math.min(c.durationMs + o.backstopMs, MAX_DURATION_MS)) },
            ModelVariants: [
                { ModelName: o.live.modelName, VariantName: o.live.variantName, InfrastructureConfig: infra(o.live.instanceType, o.live.instanceCount) },
                { ModelName: modelName, VariantName: shadowVariant, InfrastructureConfig: infra(instanceType, o.live.instanceCount) }
            ],
            ShadowModeConfig: { SourceModelVariantName: o.live.variantName, ShadowModelVariants: [{ ShadowModelVariantName: shadowVariant, SamplingPercentage: c.samplingPercentage }] }
        })
    };
}

;// CONCATENATED MODULE: ./src/shadow/mann-whitney.ts
/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), one-sided: is sample `x` stochastically greater than sample `y`?
 * Exact null distribution when both samples are small (at most 25) and hold no ties; otherwise the normal
 * approximation with the tie correction and a continuity correction (as scipy.stats.mannwhitneyu does). Pure.
 */
const EXACT_MAX = 25;
/** Mid-ranks (1-based) of the values, ties sharing their mean rank, and the tie term sum(t^3 - t). */
function ranks(values) {
    const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
    const rank = new Array(values.length);
    let ties = 0;
    for (let start = 0; start < order.length;) {
        let end = start;
        while (end + 1 < order.length && order[end + 1].v === order[start].v)
            end++;
        const t = end - start + 1;
        ties += t ** 3 - t;
        for (let k = start; k <= end; k++)
            rank[order[k].i] = (start + end) / 2 + 1;
        start = end + 1;
    }
    return { rank, ties };
}
/** The number of arrangements of n1 + n2 items giving each U, by the usual recursion. */
function exactCounts(n1, n2) {
    // f[i][j][u]: arrangements of i x's and j y's with statistic u; built row by row.
    let prev = Array.from({ length: n2 + 1 }, () => [1]);
    for (let i = 1; i <= n1; i++) {
        const cur = [[1]];
        for (let j = 1; j <= n2; j++) {
            const a = prev[j]; // largest item is an x: it beats all j y's, adding j
            const b = cur[j - 1]; // largest item is a y: adds nothing
            const out = new Array(i * j + 1).fill(0);
            a.forEach((c, u) => (out[u + j] += c));
            b.forEach((c, u) => (out[u] += c));
            cur.push(out);
        }
        prev = cur;
    }
    return prev[n2];
}
/** The standard normal survival function, 1 - Phi(z) (Abramowitz and Stegun 7.1.26 via erfc; |error| < 1.5e-7). */
function normalSf(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
    return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}
/** One-sided test of "x is greater than y". Both samples must hold at least one value. */
function mannWhitneyGreater(x, y) {
    const n1 = x.length;
    const n2 = y.length;
    if (!n1 || !n2)
        throw new RangeError('Mann-Whitney U needs at least one value in each sample');
    const { rank, ties } = ranks([...x, ...y]);
    const r1 = rank.slice(0, n1).reduce((s, r) => s + r, 0);
    const u = r1 - (n1 * (n1 + 1)) / 2;
    if (!ties && n1 <= EXACT_MAX && n2 <= EXACT_MAX) {
        const counts = exactCounts(n1, n2);
        const total = counts.reduce((s, c) => s + c, 0);
        const above = counts.slice(Math.round(u)).reduce((s, c) => s + c, 0);
        return { u, p: above / total, method: 'exact' };
    }
    const n = n1 + n2;
    const mean = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
    if (variance <= 0)
        return { u, p: 1, method: 'asymptotic' };
    return { u, p: normalSf((u - mean - 0.5) / Math.sqrt(variance)), method: 'asymptotic' };
}
/**
 * The smallest one-sided p-value samples of these sizes can reach (every x above every y): when it is not below the
 * significance level, no difference can be shown, whatever the data.
 */
function smallestP(n1, n2) {
    if (!n1 || !n2)
        return 1;
    return mannWhitneyGreater(Array.from({ length: n1 }, (_, i) => n2 + i + 1), Array.from({ length: n2 }, (_, i) => i + 1)).p;
}

;// CONCATENATED MODULE: ./src/shadow/verdict.ts
/**
 * The shadow test's verdict from the two variants' metrics over the same window. Pure.
 *
 * Each rule is judged twice: on the whole window (the candidate's value against the rule's bound from production's
 * value) and, when that misses, on the per-minute datapoints: the candidate's minutes against production's minutes
 * moved by the rule (its tolerance), with a one-sided Mann-Whitney U test. A rule fails only when the miss is
 * significant at the stated confidence; a miss within noise passes. Too few invocations is inconclusive, never a pass;
 * so is a miss that the number of minutes could never show to be significant.
 */


const series = (m, metric) => m.minutes.map((x) => x[metric]).filter((v) => v !== undefined && Number.isFinite(v));
function judgeRule(rule, prod, cand, confidence) {
    const production = prod.total[rule.metric];
    const candidate = cand.total[rule.metric];
    const head = { rule: rule.text, metric: rule.metric };
    if (candidate === undefined || (production === undefined && rule.base === 'production')) {
        return { ...head, result: 'inconclusive', why: `no ${rule.metric} datapoints for ${candidate === undefined ? 'the candidate' : 'production'}` };
    }
    const limit = bound(rule, production ?? 0);
    const values = { ...head, ...(production !== undefined ? { production } : {}), candidate, bound: limit };
    if (holds(rule.op, candidate, limit))
        return { ...values, result: 'pass', why: 'within the bound over the window' };
    const c = series(cand, rule.metric);
    const p = rule.base === 'constant' ? c.map(() => rule.offset) : series(prod, rule.metric).map((v) => bound(rule, v));
    const alpha = Number((1 - confidence).toFixed(12));
    if (smallestP(c.length, p.length) >= alpha) {
        return { ...values, result: 'inconclusive', why: `misses the bound over the window, but ${c.length} and ${p.length} minutes cannot show a difference at ${confidence * 100}% confidence` };
    }
    const test = lowerIsBetter(rule.op) ? mannWhitneyGreater(c, p) : mannWhitneyGreater(p, c);
    const pValue = Number(test.p.toPrecision(4));
    if (test.p < alpha)
        return { ...values, p: pValue, result: 'fail', why: `worse than the bound, significant at ${confidence * 100}% (Mann-Whitney U ${test.u}, p = ${pValue})` };
    return { ...values, p: pValue, result: 'pass', why: `misses the bound over the window, within noise at ${confidence * 100}% (Mann-Whitney U ${test.u}, p = ${pValue})` };
}
function judge(rules, prod, cand, o) {
    const base = { confidence: o.confidence, minInvocations: o.minInvocations };
    const few = [prod.invocations < o.minInvocations && `production ${prod.invocations}`, cand.invocations < o.minInvocations && `candidate ${cand.invocations}`].filter(Boolean);
    if (few.length) {
        return { ...base, verdict: 'inconclusive', reason: `too little traffic: ${few.join(', ')} invocations, min-invocations is ${o.minInvocations}`, rules: [] };
    }
    const results = rules.map((r) => judgeRule(r, prod, cand, o.confidence));
    const failed = results.filter((r) => r.result === 'fail');
    const open = results.filter((r) => r.result === 'inconclusive');
    if (failed.length)
        return { ...base, verdict: 'fail', reason: failed.map((r) => `${r.rule}: ${r.why}`).join('; '), rules: results };
    if (open.length)
        return { ...base, verdict: 'inconclusive', reason: open.map((r) => `${r.rule}: ${r.why}`).join('; '), rules: results };
    return { ...base, verdict: 'pass', reason: `every rule holds (${results.length}) at ${o.confidence * 100}% confidence`, rules: results };
}

// EXTERNAL MODULE: ./src/commands/inputs.ts
var inputs = __webpack_require__(67521);
// EXTERNAL MODULE: ./src/commands/prove.ts
var prove = __webpack_require__(91420);
// EXTERNAL MODULE: ./src/commands/versions.ts
var versions = __webpack_require__(81573);
;// CONCATENATED MODULE: ./src/shadow/candidate.ts






async function selectCandidate(sm, c, ctx, now) {
    const claim = { repository: ctx.repository, ...(ctx.repositoryUrl ? { repositoryUrl: ctx.repositoryUrl } : {}) };
    let pkg;
    if (c.arn || c.version) {
        pkg = await (0,versions/* describe */.q0)(sm, c.arn ?? (0,inputs/* versionRef */.qm)(c.group, c.version));
        (0,prove/* checkNamedVersion */.C)(pkg, claim, (m) => log.warning(m));
    }
    else {
        const commit = c.commit ?? ctx.sha;
        if (!commit)
            throw new errors/* ActionError */.lZ('No commit to test: this event has no commit; set commit, version or model-package-arn.');
        const found = await (0,versions/* claimsOfCommit */.Wo)(sm, c.group, commit, { log: log, now });
        pkg = (0,prove/* proveCommitVersion */.W)(found.versions, { ...claim, commit }, found.path);
        if (!pkg)
            throw new errors/* ActionError */.lZ(`No version of ${c.group.name} was registered for commit ${commit.slice(0, 12)}. Register it first, or name the version with version or model-package-arn.`);
    }
    if (c.arn && c.group && pkg.ModelPackageGroupName !== c.group.name)
        throw new errors/* ActionError */.lZ(`model-package-arn ${c.arn} belongs to group ${pkg.ModelPackageGroupName}, not ${c.group.name}.`);
    const refused = (0,commands_promote.refusal)(pkg, 'Approved');
    if (refused)
        throw new errors/* ActionError */.lZ(refused.replace('promoted', 'shadow-tested'));
    return pkg;
}

// EXTERNAL MODULE: ./src/commands/event.ts
var commands_event = __webpack_require__(14782);
// EXTERNAL MODULE: ./src/commands/run.ts + 3 modules
var run = __webpack_require__(68654);
;// CONCATENATED MODULE: ./src/commands/shadow.ts
















const SHADOW_OUTPUTS = ['verdict', 'report', 'experiment-arn', ...commands_promote.PROMOTE_OUTPUTS];
/** The experiment this run started and has not stopped yet: what a cancellation must stop. */
let active;
async function stop(state, reason) {
    const a = active;
    if (!a)
        return '';
    active = undefined;
    const stopped = await stopExperiment(a.sm, { ...a, state, reason });
    const line = stopped ? `Inference experiment ${a.name} stopped (${state}): shadow variant ${a.shadowVariant} removed, production variant ${a.live.variantName} retained.` : `Inference experiment ${a.name} had already ended.`;
    log.info(line);
    return line;
}
/** Runs the experiment and returns the window it compared (AWS's time). On any error, the experiment is cancelled. */
async function runExperiment(sm, c, r, o) {
    o.s.outputs['experiment-arn'] = await o.create();
    try {
        const startMs = await waitRunning(sm, r.experiment, o);
        const endMs = await waitDuration(sm, r.experiment, { ...o, startMs, durationMs: c.durationMs });
        return { startMs, endMs };
    }
    catch (err) {
        r.stopped = await stop('Cancelled', 'the shadow test ended without a result');
        throw err;
    }
}
async function promote(s, c, io, arn) {
    // Exactly the version tested, named by its ARN (promote/ checks it against its record again).
    const config = { ...c.promote, arn };
    delete config.commit;
    delete config.version;
    const state = s;
    try {
        await commands_promote.promoteSpec.execute(state, config, io);
    }
    finally {
        // The shadow test's own summary stays the report; the deployment is shown through its outputs and state.
        delete s.report;
    }
}
async function execute(s, c, io) {
    const ctx = s.ctx;
    // With on-pass: promote, promote/'s authorisation is checked before anything is created (and again when promoting).
    if (c.onPass === 'promote')
        await (0,promotion/* authorisePromotion */.w)(ctx, (0,commands_event/* readEvent */.j_)(io.env), { token: s.common.githubToken, branches: c.promote.branches, ...(c.promote.commit ? { commit: c.promote.commit } : {}) });
    const sm = await io.clients.sagemaker();
    const aws = new AwsClock(io.clock);
    aws.watch(sm);
    const pkg = await selectCandidate(sm, c.promote, ctx, io.clock.now());
    const arn = pkg.ModelPackageArn;
    s.group = pkg.ModelPackageGroupName ?? '';
    Object.assign(s.outputs, { 'model-package-arn': arn, 'model-package-version': String(pkg.ModelPackageVersion ?? ''), 'approval-status': pkg.ModelApprovalStatus ?? '', 'previous-approval-status': pkg.ModelApprovalStatus ?? '' });
    const live = await readLive(sm, c.promote.deploy.endpointName);
    // SageMaker runs one experiment an endpoint at a time: refused before the candidate's model is created.
    const busy = await (0,experiments/* runningExperiments */.OQ)(sm, live.endpointName);
    if (busy.length)
        throw new errors/* ActionError */.lZ(`Refused: ${(0,experiments/* describeRunning */.Rh)(busy)} already runs on endpoint ${live.endpointName}; SageMaker runs one shadow test an endpoint at a time. Nothing was created.`);
    const plan = planShadow(c, { ctx, pkg, live, backstopMs: BACKSTOP_MS });
    const r = { endpoint: live.endpointName, experiment: plan.experimentName, candidate: { arn, version: pkg.ModelPackageVersion ?? (0,arns/* versionFromArn */.Yu)(arn) }, production: { variant: live.variantName, model: live.modelName }, samplingPercentage: c.samplingPercentage, onPass: c.onPass };
    s.markdown = shadowMarkdown(r);
    if (s.common.dryRun) {
        log.info(`Dry run: would create model ${plan.createModel.ModelName} and inference experiment ${plan.experimentName} (${plan.instanceType}, ${c.samplingPercentage}% of requests, ${c.durationMs / 60_000} min) on ${live.endpointName}.`);
        return;
    }
    active = { sm, name: plan.experimentName, live, shadowVariant: plan.shadowVariant };
    const wait = { clock: io.clock, aws, pollMs: s.common.pollSeconds * 1000, deadline: io.deadline, log: (l) => log.info(l) };
    const { startMs, endMs } = await runExperiment(sm, c, r, { ...wait, s, create: () => createExperiment(sm, plan, aws) });
    const metrics = await readMetrics(await io.clients.cloudwatch(), { endpointName: live.endpointName, production: live.variantName, candidate: plan.shadowVariant, startMs, endMs }).catch(async (err) => {
        r.stopped = await stop('Cancelled', 'the metrics could not be read');
        throw err;
    });
    const judgement = judge(c.rules, metrics.production, metrics.candidate, { confidence: c.confidence, minInvocations: c.minInvocations });
    Object.assign(r, { metrics: { production: metrics.production, candidate: metrics.candidate }, judgement, window: { start: metrics.window.start.toISOString(), end: metrics.window.end.toISOString() } });
    // The verdict is an output before the stop, so a failed stop still leaves it.
    s.outputs.verdict = judgement.verdict;
    // The output keeps each variant's window values; the per-minute datapoints (up to 43 200 a variant) stay out.
    const brief = (v) => ({ invocations: v.invocations, total: v.total });
    const publish = () => (s.outputs.report = JSON.stringify({ ...r, metrics: { production: brief(metrics.production), candidate: brief(metrics.candidate) } }));
    publish();
    r.stopped = await stop('Completed', `verdict ${judgement.verdict}: ${judgement.reason}`);
    publish();
    // The run ends when the experiment has (Stopping → Completed): a deploy is refused until then (src/deploy/experiments.ts).
    await waitEnded(sm, plan.experimentName, wait);
    s.markdown = shadowMarkdown(r);
    log.info(`Shadow test verdict: ${judgement.verdict}: ${judgement.reason}`);
    if (judgement.verdict === 'fail')
        throw new errors/* ActionError */.lZ(`Shadow test failed: ${judgement.reason}. Production is unchanged.`);
    if (judgement.verdict === 'inconclusive')
        return log.warning(`Shadow test inconclusive: ${judgement.reason}.${c.onPass === 'promote' ? ' Nothing was promoted.' : ''}`);
    if (c.onPass === 'promote')
        await promote(s, c, io, arn);
}
const shadowSpec = {
    name: 'shadow',
    title: 'SageMaker shadow test',
    outputs: SHADOW_OUTPUTS,
    read: (read, common, env) => readShadow(read, common, env),
    execute,
    commentChannel: 'shadow',
    deploys: (c) => c.onPass === 'promote',
    onCancel: async () => void (await stop('Cancelled', 'the workflow run was cancelled'))
};
function shadow_run(deps = (0,run/* defaultDeps */.m)()) {
    return (0,run/* runCommand */.d)(shadowSpec, deps);
}


/***/ })

};

//# sourceMappingURL=3567.index.js.map