export const id = 7600;
export const ids = [7600];
export const modules = {

/***/ 27600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyAutoscaling: () => (/* binding */ applyAutoscaling),
/* harmony export */   deregister: () => (/* binding */ deregister),
/* harmony export */   fromZeroAlarm: () => (/* binding */ fromZeroAlarm),
/* harmony export */   readScaling: () => (/* binding */ readScaling),
/* harmony export */   restore: () => (/* binding */ restore)
/* harmony export */ });
/* unused harmony exports resourceId, policyName, backlogPolicyName, fromZeroPolicyName, targetTracking */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81919);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15857);


const DIMENSION = 'sagemaker:variant:DesiredInstanceCount';
const NS = 'sagemaker';
const resourceId = (endpoint, variant) => `endpoint/${endpoint}/variant/${variant}`;
/** The variant's scalable target and policies, or undefined when it does not autoscale. */
async function readScaling(aas, endpoint, variant) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .autoscalingSdk */ .Pt)();
    const id = resourceId(endpoint, variant);
    const out = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('application-autoscaling:DescribeScalableTargets', () => aas.send(new c.DescribeScalableTargetsCommand({ ServiceNamespace: NS, ResourceIds: [id], ScalableDimension: DIMENSION })));
    const target = out.ScalableTargets?.[0];
    if (!target)
        return undefined;
    const policies = [];
    let token;
    do {
        const page = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('application-autoscaling:DescribeScalingPolicies', () => aas.send(new c.DescribeScalingPoliciesCommand({ ServiceNamespace: NS, ResourceId: id, ScalableDimension: DIMENSION, ...(token ? { NextToken: token } : {}) })));
        policies.push(...(page.ScalingPolicies ?? []));
        token = page.NextToken;
    } while (token);
    return { resourceId: id, target, policies };
}
/** Deletes the policies and deregisters the target: SageMaker refuses an instance-type change on a scalable variant. */
async function deregister(aas, s) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .autoscalingSdk */ .Pt)();
    for (const p of s.policies) {
        await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('application-autoscaling:DeleteScalingPolicy', () => aas.send(new c.DeleteScalingPolicyCommand({ PolicyName: p.PolicyName, ServiceNamespace: NS, ResourceId: s.resourceId, ScalableDimension: DIMENSION })));
    }
    await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('application-autoscaling:DeregisterScalableTarget', () => aas.send(new c.DeregisterScalableTargetCommand({ ServiceNamespace: NS, ResourceId: s.resourceId, ScalableDimension: DIMENSION })));
}
/** Registers the target and puts back every policy exactly as they were read. */
async function restore(aas, s) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .autoscalingSdk */ .Pt)();
    const t = s.target;
    await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('application-autoscaling:RegisterScalableTarget', () => aas.send(new c.RegisterScalableTargetCommand({
        ServiceNamespace: NS,
        ResourceId: s.resourceId,
        ScalableDimension: DIMENSION,
        MinCapacity: t.MinCapacity,
        MaxCapacity: t.MaxCapacity,
        ...(t.SuspendedState ? { SuspendedState: t.SuspendedState } : {})
    })));
    for (const p of s.policies) {
        await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('application-autoscaling:PutScalingPolicy', () => aas.send(new c.PutScalingPolicyCommand({
            PolicyName: p.PolicyName,
            ServiceNamespace: NS,
            ResourceId: s.resourceId,
            ScalableDimension: DIMENSION,
            PolicyType: p.PolicyType,
            ...(p.TargetTrackingScalingPolicyConfiguration ? { TargetTrackingScalingPolicyConfiguration: p.TargetTrackingScalingPolicyConfiguration } : {}),
            ...(p.StepScalingPolicyConfiguration ? { StepScalingPolicyConfiguration: p.StepScalingPolicyConfiguration } : {})
        })));
    }
}
const policyName = (endpoint, variant) => `${endpoint}-${variant}-invocations-per-instance`.slice(0, 256);
const backlogPolicyName = (endpoint, variant) => `${endpoint}-${variant}-backlog-per-instance`.slice(0, 256);
const fromZeroPolicyName = (endpoint, variant) => `${endpoint}-${variant}-scale-out-from-zero`.slice(0, 256);
/**
 * The target-tracking configuration: invocations per instance per minute for real-time endpoints; for async
 * endpoints the queue, ApproximateBacklogSizePerInstance (AWS/SageMaker, dimension EndpointName), as the
 * SageMaker guide "Autoscale an asynchronous endpoint" shows.
 */
function targetTracking(endpoint, cfg, async) {
    const metric = async
        ? { CustomizedMetricSpecification: { MetricName: 'ApproximateBacklogSizePerInstance', Namespace: 'AWS/SageMaker', Dimensions: [{ Name: 'EndpointName', Value: endpoint }], Statistic: 'Average' } }
        : { PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' } };
    return { TargetValue: cfg.target, ...metric, ScaleInCooldown: cfg.scaleInCooldown, ScaleOutCooldown: cfg.scaleOutCooldown };
}
/**
 * The `autoscaling` input: registers the variant as a scalable target with one target-tracking policy (see
 * targetTracking). Both calls create or update, so a re-run converges. An async endpoint with min=0 also gets
 * the guide's way out of zero: target tracking cannot scale out from no instances, so a step policy adds one
 * instance when the HasBacklogWithoutCapacity alarm fires (scaleFromZero).
 */
async function applyAutoscaling(aas, endpoint, variant, cfg, async = false) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .autoscalingSdk */ .Pt)();
    const id = resourceId(endpoint, variant);
    await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('application-autoscaling:RegisterScalableTarget', () => aas.send(new c.RegisterScalableTargetCommand({ ServiceNamespace: NS, ResourceId: id, ScalableDimension: DIMENSION, MinCapacity: cfg.min, MaxCapacity: cfg.max })));
    await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('application-autoscaling:PutScalingPolicy', () => aas.send(new c.PutScalingPolicyCommand({
        PolicyName: async ? backlogPolicyName(endpoint, variant) : policyName(endpoint, variant),
        ServiceNamespace: NS,
        ResourceId: id,
        ScalableDimension: DIMENSION,
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: targetTracking(endpoint, cfg, async)
    })));
    const range = `${cfg.min}-${cfg.max} instances, target ${cfg.target} ${async ? 'queued requests' : 'invocations per instance per minute'}`;
    if (!async || cfg.min > 0)
        return { range };
    const step = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('application-autoscaling:PutScalingPolicy', () => aas.send(new c.PutScalingPolicyCommand({
        PolicyName: fromZeroPolicyName(endpoint, variant),
        ServiceNamespace: NS,
        ResourceId: id,
        ScalableDimension: DIMENSION,
        PolicyType: 'StepScaling',
        StepScalingPolicyConfiguration: {
            AdjustmentType: 'ChangeInCapacity',
            MetricAggregationType: 'Average',
            Cooldown: cfg.scaleOutCooldown,
            StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }]
        }
    })));
    return { range: `${range}, scaled out from zero on HasBacklogWithoutCapacity`, ...(step.PolicyARN ? { fromZeroPolicyArn: step.PolicyARN } : {}) };
}
/** The alarm that runs the scale-out-from-zero policy: HasBacklogWithoutCapacity of the endpoint, per minute. */
function fromZeroAlarm(endpoint, variant, policyArn) {
    return {
        AlarmName: `${endpoint}-${variant}-has-backlog-without-capacity`.slice(0, 255),
        AlarmDescription: `Requests wait in the queue of ${endpoint} with no instance: adds one (the scale-out-from-zero policy)`,
        Namespace: 'AWS/SageMaker',
        MetricName: 'HasBacklogWithoutCapacity',
        Dimensions: [{ Name: 'EndpointName', Value: endpoint }],
        Statistic: 'Average',
        Period: 60,
        EvaluationPeriods: 2,
        DatapointsToAlarm: 2,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'missing',
        AlarmActions: [policyArn]
    };
}


/***/ })

};

//# sourceMappingURL=7600.index.js.map