export const id = 788;
export const ids = [788];
export const modules = {

/***/ 6392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION_NAME: () => (/* binding */ ACTION_NAME),
  approvalDescription: () => (/* binding */ approvalDescription),
  approvalStatus: () => (/* binding */ approvalStatus),
  canonicalJson: () => (/* reexport */ canonicalJson),
  clientToken: () => (/* reexport */ clientToken),
  containerImage: () => (/* binding */ containerImage),
  idempotencyKey: () => (/* reexport */ idempotencyKey),
  metadataValue: () => (/* binding */ metadataValue),
  planRegistration: () => (/* binding */ planRegistration),
  runMetadata: () => (/* binding */ runMetadata)
});

// EXTERNAL MODULE: ./src/inputs/constraints.ts
var constraints = __webpack_require__(1677);
// EXTERNAL MODULE: ./src/inputs/image-ref.ts
var image_ref = __webpack_require__(7748);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
;// CONCATENATED MODULE: ./src/register/identity.ts
/** node:crypto is loaded on first use, not at start-up (it pulls in streams and costs ~6 ms). */
function sha256(text) {
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}
/**
 * The same group, commit and image always give the same key, so a re-run finds the version it made
 * instead of making another. Different commits give different keys.
 */
function idempotencyKey(group, commit, image) {
    return sha256(`${group}\n${commit}\n${image}`).slice(0, 32);
}
/** JSON with object keys sorted at every level: the same request always serialises to the same bytes. */
function canonicalJson(value) {
    return JSON.stringify(value, (_k, v) => v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v);
}
/**
 * A ClientToken in UUID layout (36 characters of [a-f0-9-]) derived from the request body (without its token),
 * so one token never meets two different bodies. `retry` > 0 after earlier versions of this body ended Failed.
 */
function clientToken(body, retry = 0) {
    const rest = { ...body };
    delete rest.ClientToken;
    const hex = sha256(`client-token:${canonicalJson(rest)}${retry ? `:${retry}` : ''}`);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

;// CONCATENATED MODULE: ./src/register/plan.ts





const ACTION_NAME = 'sagemaker-private-registry-action';
function approvalStatus(config, ctx) {
    switch (config.approval) {
        case 'approved':
            return 'Approved';
        case 'rejected':
            return 'Rejected';
        case 'auto':
            return (0,context/* isReleaseRun */.D)(ctx) ? 'Approved' : 'PendingManualApproval';
        default:
            return 'PendingManualApproval';
    }
}
/** Makes free text (branch names, actors) fit the customer-metadata character set and length. */
function metadataValue(value) {
    // Cut by code points so a character outside the BMP is never split into a lone surrogate.
    const cleaned = [...value.replace((0,constraints/* METADATA_DISALLOWED */.li)(), '_')].slice(0, constraints/* METADATA_VALUE_MAX */.rc).join('');
    return cleaned || '_';
}
function metadataWriter(target) {
    return (k, v) => {
        if (v !== undefined && v !== '')
            target[k] = metadataValue(String(v));
    };
}
/** Customer metadata that is the same for every run of this logical registration. */
function stableMetadata(config, ctx, resolved, id) {
    const metadata = {};
    const put = metadataWriter(metadata);
    put('git-commit', ctx.sha);
    put('github-repository', ctx.repository);
    put('image', id.image);
    put('image-tag', id.ref.tag);
    put('image-digest', id.digest);
    put('image-platform', resolved.platformDigest ? resolved.platform : undefined);
    put('image-platform-digest', resolved.platformDigest);
    put('replicated-from', resolved.replicatedFrom);
    put('registry', id.ref.registry);
    put('registry-kind', id.ref.kind);
    put('registry-secret-arn', config.registrySecretArn);
    put('registry-credentials-provider-arn', config.credentialsProviderArn);
    if ((0,image_ref/* isOutsideEcr */.Wt)(id.ref))
        put('repository-access-mode', 'Vpc');
    put('idempotency-key', id.key);
    put('generated-by', ACTION_NAME);
    return Object.assign(metadata, config.metadata);
}
/** Customer metadata of this run, written with UpdateModelPackage; the last run to touch the version wins. */
function runMetadata(ctx) {
    const metadata = {};
    const put = metadataWriter(metadata);
    put('git-ref', ctx.ref);
    put('github-pr', ctx.prNumber);
    put('github-run-id', ctx.runId);
    put('github-run-attempt', ctx.runAttempt);
    put('github-actor', ctx.actor);
    put('github-event', ctx.eventName);
    return metadata;
}
/** "Approved by octocat on push of refs/heads/main at 4f2a9c1e0b7d (PR #42): <run URL>", at most 1,024 characters. */
function approvalDescription(approval, ctx) {
    const verb = approval === 'PendingManualApproval' ? 'Set to pending' : approval;
    const pr = ctx.prNumber !== undefined ? ` (PR #${ctx.prNumber})` : '';
    const text = `${verb} by ${ctx.actor || 'unknown'} on ${ctx.eventName || 'unknown event'} of ${ctx.ref || 'unknown ref'} at ${ctx.sha.slice(0, 12) || 'unknown commit'}${pr}${ctx.runUrl ? `: ${ctx.runUrl}` : ''}`;
    return text.replace(/[\r\n]+/g, ' ').slice(0, 1024);
}
function inferenceSpec(config, id) {
    const container = { Image: id.image };
    if (id.digest)
        container.ImageDigest = id.digest;
    if (config.modelDataUrl)
        container.ModelDataUrl = config.modelDataUrl;
    if (Object.keys(config.environment).length)
        container.Environment = config.environment;
    const spec = { Containers: [container] };
    if (config.contentTypes.length)
        spec.SupportedContentTypes = config.contentTypes;
    if (config.responseTypes.length)
        spec.SupportedResponseMIMETypes = config.responseTypes;
    if (config.realtimeInstanceTypes.length)
        spec.SupportedRealtimeInferenceInstanceTypes = config.realtimeInstanceTypes;
    return spec;
}
function createPackageRequest(config, ctx, resolved, id) {
    const body = {
        ModelPackageGroupName: config.group.arn ?? config.group.name,
        ...(config.description ? { ModelPackageDescription: config.description } : {}),
        // Always pending at creation: the approval depends on the run, so UpdateModelPackage applies it.
        ModelApprovalStatus: 'PendingManualApproval',
        // SageMaker cannot read images outside ECR, so validation is skipped for them unless asked otherwise.
        SkipModelValidation: config.skipModelValidation ?? (id.ref.kind === 'ecr' ? 'None' : 'All'),
        InferenceSpecification: inferenceSpec(config, id),
        // GeneratedBy names the action, not the run: MetadataProperties cannot be updated afterwards.
        MetadataProperties: trimmed({ CommitId: ctx.sha, Repository: ctx.repositoryUrl, GeneratedBy: ACTION_NAME }),
        CustomerMetadataProperties: stableMetadata(config, ctx, resolved, id),
        // kms-key-id encrypts the version's own information too (set only at creation).
        ...(config.deploy?.kmsKeyId ? { SecurityConfig: { KmsKeyId: config.deploy.kmsKeyId } } : {})
    };
    return { ...body, ClientToken: clientToken(body) };
}
function createGroupRequest(config, ctx) {
    // A group shared from another account (given by ARN) is never created here.
    if (!config.createGroup || config.group.arn)
        return undefined;
    const tags = { 'managed-by': ACTION_NAME, ...config.groupTags };
    if (ctx.repository)
        tags['github-repository'] = metadataValue(ctx.repository);
    return {
        ModelPackageGroupName: config.group.name,
        ...(config.groupDescription ? { ModelPackageGroupDescription: config.groupDescription } : {}),
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
    };
}
function planRegistration(config, ctx, resolved = {}) {
    const ref = resolved.image ?? config.image;
    const digest = resolved.digest ?? ref.digest;
    const groupNameOrArn = config.group.arn ?? config.group.name;
    // Keyed on the image as given (not as resolved), so a re-run that cannot reach the registry still finds its version.
    const id = { ref, digest, image: containerImage(ref, digest), key: idempotencyKey(groupNameOrArn, ctx.sha, (0,image_ref/* formatImage */.vy)(config.image)) };
    const approval = approvalStatus(config, ctx);
    const createPackage = createPackageRequest(config, ctx, resolved, id);
    const createGroup = createGroupRequest(config, ctx);
    return {
        groupName: config.group.name,
        groupNameOrArn,
        image: id.image,
        ...(digest ? { imageDigest: digest } : {}),
        registry: ref.registry,
        registryKind: ref.kind,
        approval,
        approvalDescription: approvalDescription(approval, ctx),
        autoApproval: config.approval === 'auto',
        imageAsGiven: (0,image_ref/* formatImage */.vy)(config.image),
        idempotencyKey: id.key,
        clientToken: createPackage.ClientToken,
        runMetadata: runMetadata(ctx),
        ...(createGroup ? { createGroup } : {}),
        createPackage
    };
}
/**
 * The Image SageMaker receives: pinned as repo@sha256:… when the digest is known, unless that would pass the
 * 255-character limit; then the tag stays in Image and the digest goes in ImageDigest only.
 */
function containerImage(ref, digest) {
    if (!digest)
        return (0,image_ref/* formatImage */.vy)(ref);
    const pinned = (0,image_ref/* formatImage */.vy)(ref, { digest });
    return pinned.length <= constraints/* IMAGE_MAX */.XU ? pinned : (0,image_ref/* formatImage */.vy)(ref, { digest: '', tag: true });
}
function trimmed(obj) {
    return Object.fromEntries(Object.entries(obj).filter(([, v]) => v));
}


/***/ }),

/***/ 3143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ endpointUrl),
/* harmony export */   h: () => (/* binding */ modelPackageUrl)
/* harmony export */ });
/** Deep links into the AWS console for what the action creates. */
function consoleHost(region) {
    return region.startsWith('cn-') ? `https://console.amazonaws.cn` : `https://${region}.console.aws.amazon.com`;
}
function modelPackageUrl(region, group, version) {
    return `${consoleHost(region)}/sagemaker/home?region=${region}#/model-registry/model-package-groups/${encodeURIComponent(group)}/versions/${version}`;
}
function endpointUrl(region, endpoint) {
    return `${consoleHost(region)}/sagemaker/home?region=${region}#/endpoints/${encodeURIComponent(endpoint)}`;
}


/***/ })

};

//# sourceMappingURL=788.index.js.map