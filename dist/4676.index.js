export const id = 4676;
export const ids = [4676];
export const modules = {

/***/ 44676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   alarmDefinitions: () => (/* binding */ alarmDefinitions),
/* harmony export */   alarmNames: () => (/* binding */ alarmNames),
/* harmony export */   putAlarms: () => (/* binding */ putAlarms)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81919);
/* harmony import */ var _register_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59030);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15857);



/** Deterministic names: one pair per endpoint variant, updated in place by every deploy. */
function alarmNames(endpoint, variant) {
    return { latency: `${endpoint}-${variant}-model-latency-p99`, errors: `${endpoint}-${variant}-invocation-5xx-rate` };
}
const NAMESPACE = 'AWS/SageMaker';
/** The two alarm definitions (PutMetricAlarm inputs), computed without touching AWS. */
function alarmDefinitions(endpoint, variant, cfg) {
    const names = alarmNames(endpoint, variant);
    const Dimensions = [
        { Name: 'EndpointName', Value: endpoint },
        { Name: 'VariantName', Value: variant }
    ];
    const common = { ActionsEnabled: false, TreatMissingData: 'notBreaching', Tags: [{ Key: 'managed-by', Value: _register_plan_js__WEBPACK_IMPORTED_MODULE_1__.ACTION_NAME }] };
    const stat = (MetricName) => ({ Metric: { Namespace: NAMESPACE, MetricName, Dimensions }, Period: 60, Stat: 'Sum' });
    return [
        {
            ...common,
            AlarmName: names.latency,
            AlarmDescription: `p99 ModelLatency of ${endpoint}/${variant} above ${cfg.latencyP99Ms} ms (guards deployments: SageMaker rolls back when it fires)`,
            Namespace: NAMESPACE,
            MetricName: 'ModelLatency',
            Dimensions,
            ExtendedStatistic: 'p99',
            Period: 60,
            EvaluationPeriods: 3,
            DatapointsToAlarm: 2,
            // ModelLatency is reported in microseconds.
            Threshold: cfg.latencyP99Ms * 1000,
            ComparisonOperator: 'GreaterThanThreshold'
        },
        {
            ...common,
            AlarmName: names.errors,
            AlarmDescription: `Invocation5XXErrors of ${endpoint}/${variant} above ${cfg.errorRatePercent}% of invocations (guards deployments)`,
            Metrics: [
                { Id: 'errors', MetricStat: stat('Invocation5XXErrors'), ReturnData: false },
                { Id: 'invocations', MetricStat: stat('Invocations'), ReturnData: false },
                { Id: 'rate', Expression: 'IF(invocations > 0, 100 * errors / invocations, 0)', Label: '5xx error rate (%)', ReturnData: true }
            ],
            EvaluationPeriods: 2,
            DatapointsToAlarm: 2,
            Threshold: cfg.errorRatePercent,
            ComparisonOperator: 'GreaterThanThreshold'
        }
    ];
}
/** Creates or updates the alarms (PutMetricAlarm replaces a definition in place). Returns their names. */
async function putAlarms(cw, defs) {
    const { PutMetricAlarmCommand } = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .cloudwatchSdk */ .bK)();
    for (const def of defs)
        await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('cloudwatch:PutMetricAlarm', () => cw.send(new PutMetricAlarmCommand(def)));
    return defs.map((d) => d.AlarmName);
}


/***/ })

};

//# sourceMappingURL=4676.index.js.map