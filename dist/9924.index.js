export const id = 9924;
export const ids = [9924];
export const modules = {

/***/ 39924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  APPROVAL_EVENTS_OUTPUTS: () => (/* binding */ APPROVAL_EVENTS_OUTPUTS),
  approvalEventsSpec: () => (/* binding */ approvalEventsSpec),
  approvalEventsSummary: () => (/* binding */ approvalEventsSummary),
  run: () => (/* binding */ approval_events_run)
});

// EXTERNAL MODULE: ./src/aws/errors.ts + 1 modules
var errors = __webpack_require__(81919);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var aws_sdk = __webpack_require__(15857);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/events/apply.ts



const notFound = (err) => err?.name === 'ResourceNotFoundException';
/** A Describe that answers undefined for a missing resource. */
async function described(action, call) {
    try {
        return await call();
    }
    catch (err) {
        if (notFound(err))
            return undefined;
        throw (0,errors/* explainAwsError */.Ni)(err, action);
    }
}
async function readCurrent(eb, name) {
    const sdk = await (0,aws_sdk/* eventbridgeSdk */.Ii)();
    const rule = await described('events:DescribeRule', () => eb.send(new sdk.DescribeRuleCommand({ Name: name })));
    const targets = rule ? (await (0,errors/* send */.tN)('events:ListTargetsByRule', () => eb.send(new sdk.ListTargetsByRuleCommand({ Rule: name })))).Targets ?? [] : [];
    const connection = await described('events:DescribeConnection', () => eb.send(new sdk.DescribeConnectionCommand({ Name: name })));
    const destination = await described('events:DescribeApiDestination', () => eb.send(new sdk.DescribeApiDestinationCommand({ Name: name })));
    return {
        ...(rule ? { rule: { Arn: rule.Arn, EventPattern: rule.EventPattern, State: rule.State, Description: rule.Description } } : {}),
        targets: targets.map((t) => JSON.parse(JSON.stringify(t))),
        ...(connection
            ? {
                connection: {
                    ConnectionArn: connection.ConnectionArn,
                    Description: connection.Description,
                    ConnectionState: connection.ConnectionState,
                    AuthorizationType: connection.AuthorizationType,
                    ApiKeyName: connection.AuthParameters?.ApiKeyAuthParameters?.ApiKeyName,
                    headers: (connection.AuthParameters?.InvocationHttpParameters?.HeaderParameters ?? []).map((h) => ({ Key: h.Key ?? '', Value: h.Value ?? '', IsValueSecret: h.IsValueSecret ?? false }))
                }
            }
            : {}),
        ...(destination
            ? {
                destination: {
                    ApiDestinationArn: destination.ApiDestinationArn,
                    Description: destination.Description,
                    ConnectionArn: destination.ConnectionArn,
                    InvocationEndpoint: destination.InvocationEndpoint,
                    HttpMethod: destination.HttpMethod,
                    InvocationRateLimitPerSecond: destination.InvocationRateLimitPerSecond
                }
            }
            : {})
    };
}
/** The request of one write, with the ARNs known so far. */
function requestOf(op, d, token, arns) {
    const auth = {
        ApiKeyAuthParameters: { ApiKeyName: d.connection.ApiKeyName, ApiKeyValue: `Bearer ${token}` },
        InvocationHttpParameters: { HeaderParameters: d.connection.headers }
    };
    switch (op) {
        case 'CreateConnection':
        case 'UpdateConnection':
            return { Name: d.connection.Name, Description: d.connection.Description, AuthorizationType: d.connection.AuthorizationType, AuthParameters: auth };
        case 'CreateApiDestination':
        case 'UpdateApiDestination':
            return { ...d.destination, ConnectionArn: arns.connectionArn };
        case 'PutRule':
            return { ...d.rule };
        case 'PutTargets':
            return { Rule: d.rule.Name, Targets: [d.target(arns.destinationArn)] };
    }
}
/** A request as a dry run or the log may show it: the API key replaced. */
function redacted(request) {
    return JSON.stringify(request, (key, value) => (key === 'ApiKeyValue' ? 'Bearer ***' : value));
}
/** Runs the writes in order; returns the ARNs of the three resources. */
async function applyWrites(eb, writes, d, token, cur) {
    const sdk = await (0,aws_sdk/* eventbridgeSdk */.Ii)();
    const arns = { ruleArn: cur.rule?.Arn ?? '', connectionArn: cur.connection?.ConnectionArn ?? '', destinationArn: cur.destination?.ApiDestinationArn ?? '' };
    for (const w of writes) {
        const input = requestOf(w.op, d, token, arns);
        switch (w.op) {
            case 'CreateConnection':
                arns.connectionArn = (await (0,errors/* send */.tN)('events:CreateConnection', () => eb.send(new sdk.CreateConnectionCommand(input)))).ConnectionArn ?? '';
                break;
            case 'UpdateConnection':
                arns.connectionArn = (await (0,errors/* send */.tN)('events:UpdateConnection', () => eb.send(new sdk.UpdateConnectionCommand(input)))).ConnectionArn ?? arns.connectionArn;
                break;
            case 'CreateApiDestination':
                arns.destinationArn = (await (0,errors/* send */.tN)('events:CreateApiDestination', () => eb.send(new sdk.CreateApiDestinationCommand(input)))).ApiDestinationArn ?? '';
                break;
            case 'UpdateApiDestination':
                arns.destinationArn = (await (0,errors/* send */.tN)('events:UpdateApiDestination', () => eb.send(new sdk.UpdateApiDestinationCommand(input)))).ApiDestinationArn ?? arns.destinationArn;
                break;
            case 'PutRule':
                arns.ruleArn = (await (0,errors/* send */.tN)('events:PutRule', () => eb.send(new sdk.PutRuleCommand(input)))).RuleArn ?? '';
                break;
            case 'PutTargets': {
                const out = await (0,errors/* send */.tN)('events:PutTargets', () => eb.send(new sdk.PutTargetsCommand(input)));
                const failed = out.FailedEntries?.[0];
                if (out.FailedEntryCount)
                    throw new src_errors/* ActionError */.lZ(`events:PutTargets refused the target ${failed?.TargetId ?? ''}: ${failed?.ErrorCode ?? ''}${(0,src_errors/* serviceText */.Lo)(` ${failed?.ErrorMessage ?? ''}`, " (AWS's message is in the job log)")}`);
                break;
            }
        }
    }
    return arns;
}

// EXTERNAL MODULE: ./src/commands/inputs.ts
var inputs = __webpack_require__(67521);
// EXTERNAL MODULE: ./src/inputs/readers.ts
var readers = __webpack_require__(18961);
;// CONCATENATED MODULE: ./src/events/inputs.ts
/**
 * The inputs of approval-events/: the group and statuses to forward, the repository and token that receive the
 * dispatch, the role EventBridge uses and an optional dead-letter queue. Everything is checked before any call;
 * the token is masked before anything else is read and never appears in a message.
 */



const STATUSES = ['Approved', 'Rejected', 'PendingManualApproval'];
const DEFAULT_EVENT_TYPE = 'sagemaker-model-package';
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const SQS_ARN = /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]{1,80}$/;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** The header value EventBridge stores: "Bearer <token>", printable ASCII, at most 512 characters (the model's AuthHeaderParameters). */
const TOKEN = /^[\x21-\x7e]{1,505}$/;
/** Reads and checks the inputs; `onSecret` masks the token before anything else happens. */
function readApprovalEvents(read, common, env, onSecret) {
    const token = read('dispatch-token');
    if (token)
        onSecret(token);
    if (!token)
        throw new src_errors/* InputError */.dz('dispatch-token', '', 'is required: a fine-grained token with Contents read and write on the repository');
    if (!TOKEN.test(token))
        throw new src_errors/* InputError */.dz('dispatch-token', '***', 'must be 1 to 505 printable ASCII characters without spaces');
    const group = (0,inputs/* readGroupInput */.Wq)(read, common.region, true);
    const statuses = readStatuses(read);
    const [owner, repo] = readRepository(read('repository') || env.GITHUB_REPOSITORY || '');
    const apiUrl = readApiUrl(env.GITHUB_API_URL || 'https://api.github.com');
    const eventType = read('event-type') || DEFAULT_EVENT_TYPE;
    if (eventType.length > 100)
        throw new src_errors/* InputError */.dz('event-type', eventType, `is ${eventType.length} characters; GitHub accepts at most 100`);
    if ([...eventType].some((ch) => ch < ' ' || ch === '\x7f' || '<>"\\'.includes(ch)))
        throw new src_errors/* InputError */.dz('event-type', eventType, 'may not contain control characters, quotes, backslashes, < or >');
    const eventsRoleArn = read('events-role-arn');
    if (!ROLE_ARN.test(eventsRoleArn))
        throw new src_errors/* InputError */.dz('events-role-arn', eventsRoleArn, 'must be an IAM role ARN (arn:aws:iam::<account>:role/<name>) that EventBridge may assume, with events:InvokeApiDestination');
    const dlq = read('dead-letter-queue-arn');
    if (dlq && !SQS_ARN.test(dlq))
        throw new src_errors/* InputError */.dz('dead-letter-queue-arn', dlq, 'must be the ARN of a standard SQS queue (arn:aws:sqs:<region>:<account>:<name>; FIFO queues are not accepted)');
    return { group, statuses, token, owner, repo, apiUrl, eventType, eventsRoleArn, ...(dlq ? { deadLetterQueueArn: dlq } : {}) };
}
function readStatuses(read) {
    const given = (0,readers/* list */.p_)(read, 'statuses');
    const out = [];
    for (const value of given.length ? given : ['Approved', 'Rejected']) {
        const found = STATUSES.find((s) => s.toLowerCase() === value.toLowerCase());
        if (!found)
            throw new src_errors/* InputError */.dz('statuses', value, `is not an approval status: use ${STATUSES.join(', ')}`);
        if (!out.includes(found))
            out.push(found);
    }
    return out;
}
function readRepository(value) {
    const [owner, repo, ...rest] = value.split('/');
    if (rest.length || !owner || !repo || !OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') {
        throw new src_errors/* InputError */.dz('repository', value, 'must be owner/name (empty: the repository running the workflow)');
    }
    return [owner, repo];
}
/** GITHUB_API_URL: https://, or http:// to a loopback address only (a local stand-in); no query or fragment. */
function readApiUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new src_errors/* InputError */.dz('GITHUB_API_URL', value, 'is not a URL');
    }
    const ok = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    if (!ok)
        throw new src_errors/* InputError */.dz('GITHUB_API_URL', value, 'must be https:// (http:// only to a loopback address): the token travels in its Authorization header');
    if (url.search || url.hash || url.username || url.password)
        throw new src_errors/* InputError */.dz('GITHUB_API_URL', value, 'may not carry credentials, a query or a fragment');
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/events/plan.ts
/**
 * What approval-events wants EventBridge to hold, and the writes that get it there from what is described:
 * pure (no AWS, no clock). Names are derived from the group and the repository only, so a re-run, another
 * workflow or a changed input finds the same resources; a re-run that changes nothing plans no write.
 *
 * The connection's API key cannot be read back, so the connection's description carries a digest of the token
 * (HMAC-SHA256 keyed with the connection name, 16 hex digits): a different token gives a different description,
 * and the connection is updated. The token itself is never stored anywhere else.
 */

const GITHUB_API_VERSION = '2022-11-28';
const TARGET_ID = 'github-repository-dispatch';
/** Requests per second EventBridge may send to the dispatches endpoint (approvals are rare; bursts are queued). */
const RATE_LIMIT = 5;
/** EventBridge's own maximum: retries on 429 and 5xx for 24 hours (4xx answers are dropped at once). */
const RETRY_POLICY = { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 };
/** The payload keys a dispatch carries (7 of GitHub's 10), each from the event. */
const PAYLOAD_PATHS = {
    'model-package-arn': '$.detail.ModelPackageArn',
    'model-package-group': '$.detail.ModelPackageGroupName',
    'model-package-version': '$.detail.ModelPackageVersion',
    approval: '$.detail.ModelApprovalStatus',
    stage: '$.detail.ModelLifeCycle.Stage',
    account: '$.account',
    region: '$.region'
};
/**
 * The one name of the rule, connection and API destination of a group and repository (each is its own namespace):
 * `<group, cut to 40>-to-github-<10 hex of the group and repository>`, at most 61 of the 64 characters the model
 * allows, of letters, digits and hyphens only (the model's [.\-_A-Za-z0-9]+).
 */
function resourceName(group, owner, repo) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${group}\n${owner.toLowerCase()}/${repo.toLowerCase()}`).digest('hex').slice(0, 10);
    return `${group.slice(0, 40).replace(/-+$/, '')}-to-github-${hash}`;
}
function tokenDigest(name, token) {
    return (0,external_node_crypto_.createHmac)('sha256', name).update(token).digest('hex').slice(0, 16);
}
/**
 * The payload keys whose path may be missing from an event (a version without a stage): their placeholder stands inside
 * quotes, so the body stays JSON whatever EventBridge puts for a missing path (the value is then a string, "" when absent).
 */
const MAYBE_MISSING = new Set(['stage']);
function inputTemplate(eventType) {
    const value = (k) => (MAYBE_MISSING.has(k) ? `"<${placeholder(k)}>"` : `<${placeholder(k)}>`);
    const payload = Object.keys(PAYLOAD_PATHS).map((k) => `${JSON.stringify(k)}: ${value(k)}`).join(', ');
    return `{"event_type": ${JSON.stringify(eventType)}, "client_payload": {${payload}}}`;
}
/** InputPathsMap keys are [A-Za-z0-9_-]+. */
const placeholder = (key) => key.replace(/-/g, '_');
function desiredState(c) {
    const name = resourceName(c.group.name, c.owner, c.repo);
    const to = `${c.owner}/${c.repo}`;
    const pattern = {
        source: ['aws.sagemaker'],
        'detail-type': ['SageMaker Model Package State Change'],
        detail: { ModelPackageGroupName: [c.group.name], ModelApprovalStatus: c.statuses }
    };
    return {
        name,
        rule: { Name: name, EventPattern: JSON.stringify(pattern), State: 'ENABLED', Description: `approval-events: ${c.statuses.join(', ')} versions of ${c.group.name} to ${to}` },
        connection: {
            Name: name,
            Description: `approval-events: GitHub repository_dispatch to ${to}; token hmac-sha256:${tokenDigest(name, c.token)}`,
            AuthorizationType: 'API_KEY',
            ApiKeyName: 'Authorization',
            headers: [
                { Key: 'Accept', Value: 'application/vnd.github+json', IsValueSecret: false },
                { Key: 'X-GitHub-Api-Version', Value: GITHUB_API_VERSION, IsValueSecret: false }
            ]
        },
        destination: {
            Name: name,
            Description: `approval-events: repository_dispatch ${c.eventType} to ${to}`,
            InvocationEndpoint: `${c.apiUrl}/repos/${c.owner}/${c.repo}/dispatches`,
            HttpMethod: 'POST',
            InvocationRateLimitPerSecond: RATE_LIMIT
        },
        target: (arn) => ({
            Id: TARGET_ID,
            Arn: arn,
            RoleArn: c.eventsRoleArn,
            InputTransformer: { InputPathsMap: Object.fromEntries(Object.entries(PAYLOAD_PATHS).map(([k, p]) => [placeholder(k), p])), InputTemplate: inputTemplate(c.eventType) },
            RetryPolicy: RETRY_POLICY,
            ...(c.deadLetterQueueArn ? { DeadLetterConfig: { Arn: c.deadLetterQueueArn } } : {})
        })
    };
}
/** JSON with sorted keys, for comparing what was put with what is described. */
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if (v && typeof v === 'object') {
        const o = v;
        return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
    }
    return JSON.stringify(v);
}
function samePattern(a, b) {
    try {
        return a !== undefined && canonical(JSON.parse(a)) === canonical(JSON.parse(b));
    }
    catch {
        return false;
    }
}
const differs = (want, have) => Object.keys(want).filter((k) => canonical(want[k]) !== canonical(have?.[k]));
/** The writes, in the order they must run, with why each is needed; none when EventBridge already holds the desired state. */
function planWrites(d, cur) {
    const writes = [];
    if (!cur.connection)
        writes.push({ op: 'CreateConnection', why: 'no connection' });
    else {
        const changed = differs(without(d.connection, 'Name'), cur.connection);
        const state = cur.connection.ConnectionState;
        if (state && !['AUTHORIZED', 'AUTHORIZING', 'CREATING', 'UPDATING'].includes(state))
            changed.push(`state ${state}`);
        if (changed.length)
            writes.push({ op: 'UpdateConnection', why: changed.map((k) => (k === 'Description' ? 'Description (token or repository)' : k)).join(', ') });
    }
    const connectionArn = cur.connection?.ConnectionArn;
    if (!cur.destination)
        writes.push({ op: 'CreateApiDestination', why: 'no API destination' });
    else {
        const changed = differs({ ...without(d.destination, 'Name'), ConnectionArn: connectionArn ?? '(new)' }, cur.destination);
        if (changed.length)
            writes.push({ op: 'UpdateApiDestination', why: changed.join(', ') });
    }
    if (!cur.rule)
        writes.push({ op: 'PutRule', why: 'no rule' });
    else {
        const changed = [...(samePattern(cur.rule.EventPattern, d.rule.EventPattern) ? [] : ['EventPattern']), ...differs({ State: d.rule.State, Description: d.rule.Description }, cur.rule)];
        if (changed.length)
            writes.push({ op: 'PutRule', why: changed.join(', ') });
    }
    const want = d.target(cur.destination?.ApiDestinationArn ?? '(new)');
    const have = cur.targets.find((t) => t.Id === TARGET_ID);
    if (!have)
        writes.push({ op: 'PutTargets', why: 'no target' });
    else {
        const changed = differs(want, have).concat(Object.keys(have).filter((k) => !(k in want) && have[k] !== undefined));
        if (changed.length)
            writes.push({ op: 'PutTargets', why: changed.join(', ') });
    }
    return writes;
}
function without(o, key) {
    const copy = { ...o };
    delete copy[key];
    return copy;
}

// EXTERNAL MODULE: ./src/log.ts + 17 modules
var log = __webpack_require__(49301);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/commands/run.ts + 3 modules
var run = __webpack_require__(68654);
;// CONCATENATED MODULE: ./src/commands/approval-events.ts
/**
 * approval-events/: set up once, in the account that owns the group, the EventBridge rule, connection, API
 * destination and target that turn a SageMaker approval (or rejection) into a GitHub repository_dispatch.
 * Idempotent: what EventBridge holds is described first and only what differs is written; a dry run prints the
 * requests (the token redacted) and writes nothing.
 */








const APPROVAL_EVENTS_OUTPUTS = ['rule-arn', 'connection-arn', 'api-destination-arn'];
/** The job summary: what each resource is and what this run did to it. */
function approvalEventsSummary(c, name, writes, dryRun) {
    const head = `### SageMaker approvals of ${(0,markdown/* code */.aY)(c.group.name)} → repository_dispatch ${(0,markdown/* code */.aY)(c.eventType)} on ${(0,markdown/* code */.aY)(`${c.owner}/${c.repo}`)}`;
    const verb = dryRun ? 'would run' : 'ran';
    const lines = [head, '', `Statuses forwarded: ${c.statuses.map((s) => (0,markdown/* escapeMarkdown */.FV)(s)).join(', ')}. Resources (rule, connection, API destination): ${(0,markdown/* code */.aY)(name)}.`, ''];
    if (!writes.length)
        lines.push('Nothing changed: EventBridge already holds this set-up.');
    else
        lines.push(`${dryRun ? '📝 Dry run, nothing was written. ' : ''}Writes ${verb}:`, '', ...writes.map((w) => `- ${(0,markdown/* code */.aY)(w.op)}: ${(0,markdown/* escapeMarkdown */.FV)(w.why)}`));
    return `${lines.join('\n')}\n`;
}
async function execute(s, c, io) {
    const common = s.common;
    s.group = c.group.name;
    // The group must exist (a read; nothing is written before it answers).
    const sm = await io.clients.sagemaker();
    const { DescribeModelPackageGroupCommand } = await (0,aws_sdk/* sagemakerSdk */.nP)();
    await (0,errors/* send */.tN)('sagemaker:DescribeModelPackageGroup', () => sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: c.group.arn ?? c.group.name })));
    if (c.group.accountId)
        log.warning(`SageMaker raises the group's events in the account that owns it (${c.group.accountId}): this set-up forwards them only when it runs with that account's credentials.`);
    const eb = await io.clients.eventbridge();
    const desired = desiredState(c);
    const current = await readCurrent(eb, desired.name);
    const writes = planWrites(desired, current);
    if (common.dryRun) {
        const arns = { ruleArn: current.rule?.Arn ?? '', connectionArn: current.connection?.ConnectionArn ?? '', destinationArn: current.destination?.ApiDestinationArn ?? '' };
        for (const w of writes)
            log.info(`Dry run: would call events:${w.op} (${w.why}): ${redacted(requestOf(w.op, desired, c.token, { ...arns, connectionArn: arns.connectionArn || '(new)', destinationArn: arns.destinationArn || '(new)' }))}`);
        Object.assign(s.outputs, { 'rule-arn': arns.ruleArn, 'connection-arn': arns.connectionArn, 'api-destination-arn': arns.destinationArn });
    }
    else {
        for (const w of writes)
            log.info(`events:${w.op}: ${w.why}`);
        const arns = await applyWrites(eb, writes, desired, c.token, current);
        Object.assign(s.outputs, { 'rule-arn': arns.ruleArn, 'connection-arn': arns.connectionArn, 'api-destination-arn': arns.destinationArn });
    }
    if (!writes.length)
        log.info(`Nothing to change: the rule, connection, API destination and target ${desired.name} are as wanted.`);
    s.markdown = approvalEventsSummary(c, desired.name, writes, common.dryRun);
}
const approvalEventsSpec = {
    name: 'approval-events',
    title: 'SageMaker approval events',
    outputs: APPROVAL_EVENTS_OUTPUTS,
    read: (read, common, env) => readApprovalEvents(read, common, env, log.setSecret),
    execute,
    commentChannel: 'approval-events'
};
function approval_events_run(deps = (0,run/* defaultDeps */.m)()) {
    return (0,run/* runCommand */.d)(approvalEventsSpec, deps);
}


/***/ })

};

//# sourceMappingURL=9924.index.js.map