export const id = 575;
export const ids = [575];
export const modules = {

/***/ 88575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PRUNE_OUTPUTS: () => (/* binding */ PRUNE_OUTPUTS),
  blindSpot: () => (/* binding */ blindSpot),
  decide: () => (/* binding */ decide),
  pruneSpec: () => (/* binding */ pruneSpec),
  pruneSummary: () => (/* binding */ pruneSummary),
  readPrune: () => (/* binding */ readPrune),
  run: () => (/* binding */ prune_run)
});

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(99378);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs/readers.ts
var readers = __webpack_require__(18961);
// EXTERNAL MODULE: ./src/log.ts + 17 modules
var log = __webpack_require__(49301);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/commands/inputs.ts
var inputs = __webpack_require__(67521);
// EXTERNAL MODULE: ./src/commands/run.ts + 1 modules
var run = __webpack_require__(3754);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
// EXTERNAL MODULE: ./src/commands/model-use.ts
var model_use = __webpack_require__(89741);
// EXTERNAL MODULE: ./src/commands/serving.ts
var serving = __webpack_require__(23462);
;// CONCATENATED MODULE: ./src/commands/in-use.ts



async function configNames(sm) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    const all = await (0,model_use/* listAll */._w)('sagemaker:ListEndpointConfigs', async (token) => {
        const page = await sm.send(new c.ListEndpointConfigsCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) }));
        return { items: page.EndpointConfigs, next: page.NextToken };
    });
    return all.map((e) => e.EndpointConfigName).filter((n) => !!n);
}
/**
 * Endpoints first, configurations last, so a config created while this runs is still seen. A config whose model
 * no longer exists cannot be deployed again, so the versions of its other models are all it keeps.
 */
async function inUseView(sm) {
    const reader = new model_use/* UseReader */.tF(sm);
    const view = await (0,serving/* servingView */.O)(sm, { components: true, reader });
    const configs = new Map();
    let configCount = 0;
    for (const name of await configNames(sm)) {
        const use = await reader.config(name);
        if (!use)
            continue; // deleted since it was listed
        configCount++;
        for (const version of use.versions)
            configs.set(version, [...(configs.get(version) ?? []), name]);
    }
    return { ...view, configs, configCount };
}

// EXTERNAL MODULE: ./src/commands/versions.ts
var commands_versions = __webpack_require__(81573);
;// CONCATENATED MODULE: ./src/commands/prune.ts










const PRUNE_OUTPUTS = ['deleted', 'kept', 'comment-url'];
/** Versions read at most: a group larger than this is pruned in several runs (the oldest are never seen first). */
const MAX_VERSIONS = 10_000;
function readPrune(read, common) {
    const config = {
        group: (0,inputs/* readGroupInput */.Wq)(read, common.region, true),
        keepLatest: (0,readers/* integer */.nd)(read, 'keep-latest', 10, 0, 10_000),
        keepDays: (0,readers/* integer */.nd)(read, 'keep-days', 30, 0, 36_500),
        keepApproved: (0,readers/* bool */.lc)(read, 'keep-approved', true),
        allowSharedGroup: (0,readers/* bool */.lc)(read, 'allow-shared-group', false)
    };
    // A dry run deletes nothing, so it may show what a run with the opt-in would delete.
    if (config.group.arn && !config.allowSharedGroup && !common.dryRun) {
        throw new src_errors/* InputError */.dz('model-package-group', config.group.arn, 'is a group ARN: other accounts may deploy its versions, and their endpoints cannot be seen from this account; set allow-shared-group: true to prune it anyway (a dry run shows what would go)');
    }
    return config;
}
/** What this run cannot see, for the summary; empty for a group of this account given by name. */
function blindSpot(c) {
    if (!c.group.arn)
        return '';
    const account = c.group.accountId ? ` (account ${c.group.accountId})` : '';
    // Without the opt-in only a dry run gets this far (readPrune).
    const optIn = c.allowSharedGroup ? 'allow-shared-group is true' : 'a real run needs allow-shared-group: true';
    return `⚠️ The group is given by ARN${account}: endpoints and endpoint configurations of other accounts that deploy its versions cannot be seen from this account, so a version they use can be deleted (${optIn}).`;
}
/** Pure: what stays and why, for versions listed newest first. */
function decide(versions, c, view, nowMs) {
    const cutoff = nowMs - c.keepDays * 86_400_000;
    return versions.map((v, i) => {
        const arn = v.ModelPackageArn ?? '';
        const d = { arn, version: v.ModelPackageVersion ?? 0 };
        if (view.serving.has(arn))
            d.keep = `serving on ${view.serving.get(arn).join(', ')}`;
        else if (view.ledger.has(arn))
            d.keep = 'rollback target in a deployment ledger';
        else if (view.configs?.has(arn))
            d.keep = `named by endpoint configuration ${view.configs.get(arn).join(', ')}, which a rollback can deploy again`;
        else if (v.ModelPackageStatus !== 'Completed' && v.ModelPackageStatus !== 'Failed')
            d.keep = `still ${v.ModelPackageStatus ?? 'unknown'}`;
        else if (i < c.keepLatest)
            d.keep = `among the newest ${c.keepLatest}`;
        else if ((v.CreationTime?.getTime() ?? nowMs) > cutoff)
            d.keep = `younger than ${c.keepDays} days`;
        else if (c.keepApproved && v.ModelApprovalStatus === 'Approved')
            d.keep = 'approved';
        return d;
    });
}
async function remove(sm, arns) {
    const c = await (0,sdk/* sagemakerSdk */.nP)();
    const deleted = [];
    for (const arn of arns) {
        try {
            await (0,errors/* send */.tN)('sagemaker:DeleteModelPackage', () => sm.send(new c.DeleteModelPackageCommand({ ModelPackageName: arn })));
            deleted.push(arn);
        }
        catch (err) {
            log.warning(`Could not delete ${arn}: ${err.message}`);
        }
    }
    return deleted;
}
function pruneSummary(group, decisions, deleted, dryRun, notes = []) {
    const kept = decisions.filter((d) => d.keep);
    const verb = dryRun ? 'Would delete' : 'Deleted';
    const lines = [`### SageMaker model retention for ${(0,markdown/* code */.aY)(group)}${dryRun ? ': 📝 dry run, nothing was deleted' : ''}`, ''];
    lines.push(`${verb} ${deleted.length} version(s); kept ${kept.length}.`, '');
    // The notes are the action's own words (an account id from a checked ARN at most).
    for (const n of notes.filter(Boolean))
        lines.push(n, '');
    if (deleted.length)
        lines.push(`<details><summary>${verb} (${deleted.length})</summary>`, '', ...deleted.map((a) => `- ${(0,markdown/* code */.aY)(a)}`), '', '</details>', '');
    if (kept.length) {
        lines.push('| Kept version | Why |', '|---|---|');
        for (const d of kept.slice(0, 100))
            lines.push(`| ${d.version} | ${(0,markdown/* escapeMarkdown */.FV)(d.keep)} |`);
        if (kept.length > 100)
            lines.push(`| … | ${kept.length - 100} more |`);
    }
    return `${lines.join('\n')}\n`;
}
/** What uses the versions; a failure to read any of it (other than a resource just deleted) stops the run. */
async function readUse(sm) {
    const view = await inUseView(sm).catch((err) => {
        if (!(err instanceof src_errors/* ActionError */.lZ))
            throw err;
        throw new src_errors/* ActionError */.lZ(`Not pruning: what uses the versions could not be read, so a version in use could be deleted. Nothing was deleted. ${err.message}`);
    });
    if (view.unresolved.length) {
        throw new src_errors/* ActionError */.lZ(`Not pruning: what endpoints ${view.unresolved.join(', ')} serve could not be read, so a served version could be deleted. Nothing was deleted.`);
    }
    return view;
}
async function execute(s, c, io) {
    s.group = c.group.name;
    const sm = await io.clients.sagemaker();
    const view = await readUse(sm);
    const versions = await (0,commands_versions/* listVersions */.yO)(sm, c.group, MAX_VERSIONS);
    // A runner clock behind the service's must not make the newest versions look old: never earlier than the newest.
    const now = Math.max(Date.now(), ...versions.map((v) => v.CreationTime?.getTime() ?? 0));
    const decisions = decide(versions, c, view, now);
    const doomed = decisions.filter((d) => !d.keep).map((d) => d.arn);
    const seen = `${view.endpoints} endpoint(s), ${view.components} inference component(s) and ${view.configCount} endpoint configuration(s)`;
    log.info(`${versions.length} version(s) of ${c.group.name}; checked ${seen} in the Region; ${doomed.length} to delete.`);
    const dryRun = s.common.dryRun;
    const deleted = dryRun ? doomed : await remove(sm, doomed);
    if (dryRun)
        for (const arn of doomed)
            log.info(`Dry run: would delete ${arn}`);
    s.outputs.deleted = JSON.stringify(deleted);
    s.outputs.kept = JSON.stringify(decisions.filter((d) => d.keep).map((d) => d.arn));
    s.markdown = pruneSummary(c.group.name, decisions, deleted, dryRun, [`Versions in use were looked up in ${seen} of this account in this Region.`, blindSpot(c)]);
    if (deleted.length < doomed.length)
        throw new src_errors/* ActionError */.lZ(`Deleted ${deleted.length} of ${doomed.length} versions; see the warnings for the others.`);
}
const pruneSpec = {
    name: 'prune',
    title: 'SageMaker model retention',
    outputs: PRUNE_OUTPUTS,
    read: (read, common) => readPrune(read, common),
    execute,
    commentChannel: 'prune'
};
function prune_run(deps = (0,run/* defaultDeps */.m)()) {
    return (0,run/* runCommand */.d)(pruneSpec, deps);
}


/***/ })

};

//# sourceMappingURL=575.index.js.map