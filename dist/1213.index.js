export const id = 1213;
export const ids = [1213];
export const modules = {

/***/ 91213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   associateVersion: () => (/* binding */ associateVersion)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81919);
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15857);


/**
 * Records "this version serves on this endpoint" in SageMaker Lineage: an association from the version's
 * artifact (SourceUri = the version ARN) to the endpoint's context (SourceUri = the endpoint ARN), each found
 * or created. SageMaker links them itself only for models created from ModelPackageName; private-registry
 * and pending-version deployments need this. Returns the association as `<artifact> → <context>`.
 */
async function associateVersion(sm, o) {
    const artifact = await versionArtifact(sm, o.versionArn);
    const context = await endpointContext(sm, o.endpointArn, o.endpointName);
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .sagemakerSdk */ .nP)();
    const existing = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListAssociations', () => sm.send(new c.ListAssociationsCommand({ SourceArn: artifact, DestinationArn: context, MaxResults: 10 })));
    if (!existing.AssociationSummaries?.length) {
        await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:AddAssociation', () => sm.send(new c.AddAssociationCommand({ SourceArn: artifact, DestinationArn: context, AssociationType: 'ContributedTo' })));
    }
    return `${artifact} → ${context}`;
}
async function versionArtifact(sm, versionArn) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .sagemakerSdk */ .nP)();
    const found = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListArtifacts', () => sm.send(new c.ListArtifactsCommand({ SourceUri: versionArn, MaxResults: 10 })));
    const arn = found.ArtifactSummaries?.[0]?.ArtifactArn;
    if (arn)
        return arn;
    const made = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:CreateArtifact', () => sm.send(new c.CreateArtifactCommand({ Source: { SourceUri: versionArn }, ArtifactType: 'ModelPackage' })));
    return made.ArtifactArn;
}
async function endpointContext(sm, endpointArn, endpointName) {
    const c = await (0,_aws_sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .sagemakerSdk */ .nP)();
    const found = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:ListContexts', () => sm.send(new c.ListContextsCommand({ SourceUri: endpointArn, MaxResults: 10 })));
    const arn = found.ContextSummaries?.[0]?.ContextArn;
    if (arn)
        return arn;
    // Context names are unique in the account and at most 120 characters; the ARN's hash keeps them apart.
    const hash = process.getBuiltinModule('node:crypto').createHash('sha256').update(endpointArn).digest('hex').slice(0, 8);
    const made = await (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .send */ .tN)('sagemaker:CreateContext', () => sm.send(new c.CreateContextCommand({ ContextName: `${endpointName.slice(0, 100)}-${hash}`, Source: { SourceUri: endpointArn, SourceType: 'Endpoint' }, ContextType: 'Endpoint' })));
    return made.ContextArn;
}


/***/ })

};

//# sourceMappingURL=1213.index.js.map