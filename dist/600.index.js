export const id = 600;
export const ids = [600];
export const modules = {

/***/ 27600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyAutoscaling: () => (/* binding */ applyAutoscaling),
/* harmony export */   deregister: () => (/* binding */ deregister),
/* harmony export */   readScaling: () => (/* binding */ readScaling),
/* harmony export */   restore: () => (/* binding */ restore)
/* harmony export */ });
/* unused harmony exports resourceId, policyName */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
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
/**
 * The `autoscaling` input: registers the variant as a scalable target with one target-tracking policy on
 * SageMakerVariantInvocationsPerInstance. Both calls create or update, so a re-run converges.
 */
async function applyAutoscaling(aas, endpoint, variant, cfg) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .autoscalingSdk */ .Pt)();
    const id = resourceId(endpoint, variant);
    await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('application-autoscaling:RegisterScalableTarget', () => aas.send(new c.RegisterScalableTargetCommand({ ServiceNamespace: NS, ResourceId: id, ScalableDimension: DIMENSION, MinCapacity: cfg.min, MaxCapacity: cfg.max })));
    await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('application-autoscaling:PutScalingPolicy', () => aas.send(new c.PutScalingPolicyCommand({
        PolicyName: policyName(endpoint, variant),
        ServiceNamespace: NS,
        ResourceId: id,
        ScalableDimension: DIMENSION,
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: {
            TargetValue: cfg.target,
            PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' },
            ScaleInCooldown: cfg.scaleInCooldown,
            ScaleOutCooldown: cfg.scaleOutCooldown
        }
    })));
    return `${cfg.min}-${cfg.max} instances, target ${cfg.target} invocations per instance per minute`;
}


/***/ })

};

//# sourceMappingURL=600.index.js.map