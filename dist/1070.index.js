export const id = 1070;
export const ids = [1070];
export const modules = {

/***/ 16367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xr: () => (/* binding */ callerAccount),
/* harmony export */   e9: () => (/* binding */ stsFor),
/* harmony export */   vw: () => (/* binding */ inOtherAccount)
/* harmony export */ });
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15857);

const asked = new WeakMap();
/** An STS client with the SageMaker client's credentials, Region and retries. */
async function stsFor(sm) {
    const { STSClient } = await (0,_sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .stsSdk */ .nB)();
    const region = await sm.config.region().catch(() => undefined);
    return new STSClient({ ...(region ? { region } : {}), credentials: sm.config.credentials, maxAttempts: await sm.config.maxAttempts() });
}
/** The 12-digit account of the client's credentials; undefined when STS cannot tell (the caller then assumes the worst). */
function callerAccount(sm) {
    let answer = asked.get(sm);
    if (!answer)
        asked.set(sm, (answer = ask(sm)));
    return answer;
}
async function ask(sm) {
    try {
        const { GetCallerIdentityCommand } = await (0,_sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .stsSdk */ .nB)();
        const out = await (await stsFor(sm)).send(new GetCallerIdentityCommand({}));
        return /^\d{12}$/.test(out.Account ?? '') ? out.Account : undefined;
    }
    catch {
        return undefined;
    }
}
/** Whether a group (or version) ARN belongs to another account than the client's: unknown counts as another. */
async function inOtherAccount(sm, account) {
    if (!account)
        return false;
    return (await callerAccount(sm)) !== account;
}


/***/ }),

/***/ 41070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GROUP_POLICY_MAX: () => (/* binding */ GROUP_POLICY_MAX),
  REPOSITORY_POLICY_MAX: () => (/* binding */ REPOSITORY_POLICY_MAX),
  SHARE_OUTPUTS: () => (/* binding */ SHARE_OUTPUTS),
  run: () => (/* binding */ share_run),
  shareSpec: () => (/* binding */ shareSpec)
});

// EXTERNAL MODULE: ./src/aws/arns.ts
var arns = __webpack_require__(26145);
// EXTERNAL MODULE: ./src/aws/identity.ts
var identity = __webpack_require__(16367);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts + 17 modules
var log = __webpack_require__(49301);
// EXTERNAL MODULE: ./src/aws/errors.ts + 1 modules
var aws_errors = __webpack_require__(81919);
// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
;// CONCATENATED MODULE: ./src/share/apply.ts



/**
 * A group without a resource policy. The API reference documents no error for it; SageMaker answers
 * `ValidationException` "Cannot find resource policy for: <group ARN>" (the form AWS's CloudFormation resource provider
 * and the Terraform AWS provider treat as "no policy"; the simulator answers the same). Anything else, a missing group
 * included, stays an error: reading a policy as absent would overwrite it.
 */
const NO_POLICY = /^cannot find resource policy for\b/i;
function isNoGroupPolicy(err) {
    const e = (err ?? {});
    return e.name === 'ValidationException' && NO_POLICY.test((e.message ?? '').trim());
}
/** The group's ARN, described by name: always the running account's own group. */
async function describeGroup(sm, name, givenArn) {
    const { DescribeModelPackageGroupCommand } = await (0,sdk/* sagemakerSdk */.nP)();
    try {
        const out = await sm.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: name }));
        return out.ModelPackageGroupArn ?? '';
    }
    catch (err) {
        const e = (0,aws_errors/* explainAwsError */.Ni)(err, 'sagemaker:DescribeModelPackageGroup');
        // A group of another account is not found by name here: say why share/ looked in this account.
        if (givenArn && /not found/.test(e.message))
            throw new errors/* ActionError */.lZ(`${e.message} share/ runs with the credentials of the account that owns ${givenArn}.`);
        throw e;
    }
}
/** The group's resource policy text, or undefined when it has none. */
async function readGroupPolicy(sm, name) {
    const { GetModelPackageGroupPolicyCommand } = await (0,sdk/* sagemakerSdk */.nP)();
    try {
        return (await sm.send(new GetModelPackageGroupPolicyCommand({ ModelPackageGroupName: name }))).ResourcePolicy;
    }
    catch (err) {
        if (isNoGroupPolicy(err))
            return undefined;
        throw (0,aws_errors/* explainAwsError */.Ni)(err, 'sagemaker:GetModelPackageGroupPolicy');
    }
}
async function writeGroupPolicy(sm, name, policy) {
    const { PutModelPackageGroupPolicyCommand } = await (0,sdk/* sagemakerSdk */.nP)();
    await (0,aws_errors/* send */.tN)('sagemaker:PutModelPackageGroupPolicy', () => sm.send(new PutModelPackageGroupPolicyCommand({ ModelPackageGroupName: name, ResourcePolicy: policy })));
}
/** A repository's policy text, or undefined when it has none (RepositoryPolicyNotFoundException, as the model says). */
async function readRepositoryPolicy(ecr, repositoryName) {
    const { GetRepositoryPolicyCommand } = await (0,sdk/* ecrSdk */.zc)();
    try {
        return (await ecr.send(new GetRepositoryPolicyCommand({ repositoryName }))).policyText;
    }
    catch (err) {
        if (err?.name === 'RepositoryPolicyNotFoundException')
            return undefined;
        throw (0,aws_errors/* explainAwsError */.Ni)(err, 'ecr:GetRepositoryPolicy');
    }
}
async function writeRepositoryPolicy(ecr, repositoryName, policyText) {
    const { SetRepositoryPolicyCommand } = await (0,sdk/* ecrSdk */.zc)();
    await (0,aws_errors/* send */.tN)('ecr:SetRepositoryPolicy', () => ecr.send(new SetRepositoryPolicyCommand({ repositoryName, policyText })));
}

// EXTERNAL MODULE: ./src/commands/inputs.ts
var inputs = __webpack_require__(67521);
// EXTERNAL MODULE: ./src/inputs/readers.ts
var readers = __webpack_require__(18961);
;// CONCATENATED MODULE: ./src/share/inputs.ts
/**
 * The inputs of share/: the group (in the running account), the accounts to grant, the grant (read | promote), the
 * ECR repositories whose policies get the pull statement, and the KMS key the printed key statement names.
 * Everything is checked here, before any call; the checks that need the group's own account (an ARN of another
 * account, an account that owns the group) run in `checkOwner` once DescribeModelPackageGroup has answered.
 */



const GRANTS = ['read', 'promote'];
const ACCOUNT = /^\d{12}$/;
/** ECR's RepositoryName: 2-256 characters of the model's pattern. */
const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]{1,128}$/;
/** At most this many accounts: each adds about 40 characters to each of three statements of a 20,480-character policy. */
const MAX_ACCOUNTS = 100;
const MAX_REPOSITORIES = 20;
/** Comma, space or newline separated; blanks dropped. */
const items = (value) => value.split(/[\s,]+/).filter(Boolean);
function readShare(read, common) {
    const group = (0,inputs/* readGroupInput */.Wq)(read, common.region, true);
    const accounts = readAccounts(read('accounts'));
    if (group.accountId && accounts.includes(group.accountId))
        throw ownAccount(group.accountId);
    const grant = (0,readers/* oneOf */.yL)(read, 'actions', GRANTS, 'read');
    const repositories = readRepositories(read('ecr-repositories'));
    const kmsKeyArn = read('kms-key-arn');
    if (kmsKeyArn && !KMS_KEY_ARN.test(kmsKeyArn))
        throw new errors/* InputError */.dz('kms-key-arn', kmsKeyArn, 'must be a KMS key ARN: arn:aws:kms:<region>:<account>:key/<key id> (a key policy belongs to a key, not an alias)');
    return { group, accounts, grant, repositories, ...(kmsKeyArn ? { kmsKeyArn } : {}) };
}
function readAccounts(value) {
    const out = [];
    for (const account of items(value)) {
        if (!ACCOUNT.test(account))
            throw new errors/* InputError */.dz('accounts', account, 'is not an AWS account ID: 12 digits');
        if (!out.includes(account))
            out.push(account);
    }
    if (!out.length)
        throw new errors/* InputError */.dz('accounts', value, 'is required: the 12-digit IDs of the accounts that deploy the group\'s versions');
    if (out.length > MAX_ACCOUNTS)
        throw new errors/* InputError */.dz('accounts', `${out.length} accounts`, `are more than ${MAX_ACCOUNTS}; share with fewer, or use AWS Organizations conditions in a statement of your own`);
    return out;
}
function readRepositories(value) {
    const out = [];
    for (const name of items(value)) {
        if (/\.dkr\.ecr\.|[:@]/.test(name))
            throw new errors/* InputError */.dz('ecr-repositories', name, 'must be a repository name (for example fraud-model), not an image URI; the repository is in the running account and Region');
        if (name.length < 2 || name.length > 256 || !REPOSITORY.test(name))
            throw new errors/* InputError */.dz('ecr-repositories', name, 'is not an ECR repository name: 2-256 lowercase letters, digits and . _ - / as ECR allows');
        if (!out.includes(name))
            out.push(name);
    }
    if (out.length > MAX_REPOSITORIES)
        throw new errors/* InputError */.dz('ecr-repositories', `${out.length} repositories`, `are more than ${MAX_REPOSITORIES}`);
    return out;
}
function ownAccount(account) {
    return new errors/* InputError */.dz('accounts', account, 'is the account that owns the group; share/ grants other accounts only');
}
/**
 * Once DescribeModelPackageGroup (by name, so in the running account and Region) has given the group's ARN: a group
 * ARN of another account or Region, or an account that owns the group, is refused before any write.
 */
function checkOwner(c, owner, region) {
    if (c.group.accountId && c.group.accountId !== owner) {
        throw new errors/* InputError */.dz('model-package-group', c.group.arn ?? c.group.name, `is a group of account ${c.group.accountId}; share/ runs with the credentials of the account that owns the group (these are of ${owner})`);
    }
    if (c.group.region && c.group.region !== region) {
        throw new errors/* InputError */.dz('model-package-group', c.group.arn ?? c.group.name, `is in Region ${c.group.region}, but the action runs in ${region}: set aws-region to the group's Region`);
    }
    if (c.accounts.includes(owner))
        throw ownAccount(owner);
}

;// CONCATENATED MODULE: ./src/share/policy.ts
/**
 * Resource policy documents as share/ reads them: parsed from the text a service returned, statements listed, and
 * the accounts a statement's `Principal.AWS` names (a root ARN or a bare 12-digit ID). Pure. Whatever a policy holds is
 * someone else's text: nothing here trusts its shape, and `shownSid` is how a statement is named in messages.
 */

const POLICY_VERSION = '2012-10-17';
const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
/** The document, or a new one when there is no policy yet; an ActionError (naming `what`) when the text is not one. */
function parsePolicy(text, what) {
    if (text === undefined || !text.trim())
        return { Version: POLICY_VERSION, Statement: [] };
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new errors/* ActionError */.lZ(`${what} is not JSON (${text.length} characters); share/ merges only into a policy document. Nothing was written.`);
    }
    if (!isObject(doc))
        throw new errors/* ActionError */.lZ(`${what} is not a JSON object; share/ merges only into a policy document. Nothing was written.`);
    const st = doc.Statement;
    if (st !== undefined && !isObject(st) && !(Array.isArray(st) && st.every(isObject))) {
        throw new errors/* ActionError */.lZ(`${what} has a Statement that is neither an object nor a list of objects; share/ merges only into a policy document. Nothing was written.`);
    }
    return doc;
}
function statementsOf(doc) {
    const st = doc.Statement;
    return st === undefined ? [] : Array.isArray(st) ? st : [st];
}
/** A string or a list of strings, as a list; anything else as an empty list. */
function stringList(v) {
    if (typeof v === 'string')
        return [v];
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
const rootArn = (partition, account) => `arn:${partition}:iam::${account}:root`;
/** The account a principal string stands for as a whole account (`arn:…:iam::<acct>:root` or `<acct>`), else undefined. */
function accountOf(principal) {
    return /^(?:arn:aws[a-z-]*:iam::(\d{12}):root|(\d{12}))$/.exec(principal)?.slice(1).find(Boolean);
}
/** The AWS principals a statement names (Principal.AWS), as written. */
function awsPrincipals(st) {
    const p = st.Principal;
    return isObject(p) ? stringList(p.AWS) : [];
}
/** The whole accounts a statement names. */
function accountsOf(st) {
    return [...new Set(awsPrincipals(st).map(accountOf).filter((a) => !!a))];
}
/** How a statement is named in the log and summary: its Sid, else its position; untrusted, so cut to 64 characters. */
function shownSid(st, index) {
    const sid = typeof st.Sid === 'string' && st.Sid ? st.Sid : '';
    return sid ? (sid.length > 64 ? `${sid.slice(0, 64)}…` : sid) : `statement ${index + 1} (no Sid)`;
}

;// CONCATENATED MODULE: ./src/share/merge.ts
/**
 * The merge of share/'s statements into a resource policy: pure. The statements whose Sid starts with
 * `SageMakerPrivateRegistryShare` are the action's; every other statement is kept as it is, in its place. Each wanted
 * statement only ever gains: its accounts (as `arn:<partition>:iam::<acct>:root`), actions and resources are added to
 * what the statement already holds, so a listed account never gets less than it had and a re-run with the same inputs
 * changes nothing (and the caller then writes nothing). A changed policy must fit the service's limit, checked here,
 * before any write.
 */


const OWN_SID_PREFIX = 'SageMakerPrivateRegistryShare';
/** Values of `want` that `have` lacks; IAM actions compare without regard to case. */
function missing(have, want, caseless) {
    const norm = (s) => (caseless ? s.toLowerCase() : s);
    const present = new Set(have.map(norm));
    return want.filter((w) => !present.has(norm(w)));
}
/** The accounts of `want` that a statement's principals do not name as a whole account yet. */
function missingAccounts(st, want) {
    const have = new Set(awsPrincipals(st).map(accountOf));
    return want.filter((a) => !have.has(a));
}
/** An own statement this action can add to: Allow, AWS principals, no Condition and no Not* element. */
function checkOwn(st, name, what) {
    const principal = st.Principal;
    const reason = st.Effect !== 'Allow' ? 'its Effect is not Allow'
        : ['Condition', 'NotPrincipal', 'NotAction', 'NotResource'].find((k) => k in st) ? `it has a ${['Condition', 'NotPrincipal', 'NotAction', 'NotResource'].find((k) => k in st)}`
            : !principal || typeof principal !== 'object' || Array.isArray(principal) || !('AWS' in principal) ? 'its Principal names no AWS accounts'
                : '';
    if (reason)
        throw new errors/* ActionError */.lZ(`${what}: statement ${name} has a Sid of share/ but ${reason}, so share/ cannot add to it. Rename its Sid or remove it. Nothing was written.`);
}
const asList = (before, added) => (added.length ? [...stringList(before), ...added] : before);
function grow(st, w, partition) {
    const accounts = missingAccounts(st, w.accounts);
    const actions = missing(stringList(st.Action), w.actions, true);
    const resources = w.resources ? missing(stringList(st.Resource), w.resources, false) : [];
    if (!accounts.length && !actions.length && !resources.length)
        return { next: st, change: { kind: 'unchanged', accounts, actions, resources } };
    const principal = st.Principal;
    const next = {
        ...st,
        Principal: { ...principal, AWS: asList(principal.AWS, accounts.map((a) => rootArn(partition, a))) },
        Action: asList(st.Action, actions),
        ...(w.resources ? { Resource: asList(st.Resource, resources) } : {})
    };
    return { next, change: { kind: 'changed', accounts, actions, resources } };
}
function fresh(w, partition) {
    const resource = w.resources ? { Resource: w.resources.length === 1 ? w.resources[0] : w.resources } : {};
    return { Sid: w.sid, Effect: 'Allow', Principal: { AWS: w.accounts.map((a) => rootArn(partition, a)) }, Action: w.actions.length === 1 ? w.actions[0] : w.actions, ...resource };
}
/** Merges `wanted` into the policy `current` (undefined or empty: no policy yet). Throws before any write on what it cannot merge. */
function mergePolicy(current, wanted, o) {
    const doc = parsePolicy(current, o.what);
    const statements = statementsOf(doc);
    const out = [...statements];
    const changes = statements.map((st, i) => ({ name: shownSid(st, i), kind: 'unchanged', own: typeof st.Sid === 'string' && st.Sid.startsWith(OWN_SID_PREFIX), accounts: [], actions: [], resources: [] }));
    // A wanted statement without accounts (promote on a read run) leaves its statement alone, whatever it holds.
    for (const w of wanted.filter((x) => x.accounts.length)) {
        const at = statements.flatMap((st, i) => (st.Sid === w.sid ? [i] : []));
        if (at.length > 1)
            throw new errors/* ActionError */.lZ(`${o.what} holds ${at.length} statements with Sid ${w.sid}; share/ keeps one. Remove the others. Nothing was written.`);
        if (at.length === 1) {
            const i = at[0];
            checkOwn(statements[i], w.sid, o.what);
            const { next, change } = grow(statements[i], w, o.partition);
            out[i] = next;
            changes[i] = { ...changes[i], ...change };
        }
        else {
            out.push(fresh(w, o.partition));
            changes.push({ name: w.sid, kind: 'added', own: true, accounts: w.accounts, actions: w.actions, resources: w.resources ?? [] });
        }
    }
    const changed = changes.some((c) => c.kind !== 'unchanged');
    if (!changed)
        return { text: current ?? '', doc, changed, changes };
    // An existing policy keeps its Version (or none): a new Version could change what its other statements mean.
    const merged = { ...doc, Statement: out };
    const text = JSON.stringify(merged);
    if (text.length > o.limit) {
        throw new errors/* ActionError */.lZ(`${o.what} would be ${text.length.toLocaleString('en-US')} characters with these accounts; the service accepts at most ${o.limit.toLocaleString('en-US')}. Share with fewer accounts or shorten the other statements. Nothing was written.`);
    }
    return { text, doc: merged, changed, changes };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/share/report.ts
/**
 * What share/ shows: the diff of each policy statement by statement (added / changed / unchanged) for the log, and the
 * job summary (the diffs, who can do what now, the ECR and KMS statements the deploying accounts need). Pure.
 * Statement names come from existing policies, someone else's text: cut and made inert (src/report/markdown.ts).
 */

const MARK = { added: '+', changed: '~', unchanged: '=' };
function what(c) {
    const parts = [
        c.accounts.length ? `accounts ${c.accounts.join(', ')}` : '',
        c.actions.length ? `actions ${c.actions.join(', ')}` : '',
        c.resources.length ? `on ${c.resources.join(', ')}` : ''
    ].filter(Boolean);
    return parts.join('; ');
}
function counts(m) {
    const n = (k) => m.changes.filter((c) => c.kind === k).length;
    return `${n('added')} added, ${n('changed')} changed, ${n('unchanged')} unchanged`;
}
/** The diff of one policy as log lines. */
function diffLines(p) {
    const head = `The resource policy of ${p.label}: ${counts(p.merged)}${p.merged.changed ? '' : ' (nothing to write)'}`;
    return [
        head,
        ...p.merged.changes.map((c) => {
            const name = c.own ? c.name : `${JSON.stringify(c.name)} (not share/'s)`;
            const added = what(c);
            return `  ${MARK[c.kind]} ${name}${c.kind === 'unchanged' ? '' : `: ${c.kind === 'added' ? '' : 'adds '}${added}`}`;
        })
    ];
}
function diffTable(p) {
    const rows = p.merged.changes.map((c) => `| ${c.own ? (0,markdown/* code */.aY)(c.name, 64) : `${(0,markdown/* escapeMarkdown */.FV)(c.name, 64)} (not share/'s, kept)`} | ${c.kind} | ${c.kind === 'unchanged' ? '' : (0,markdown/* escapeMarkdown */.FV)(what(c), 600)} |`);
    return [`#### ${(0,markdown/* escapeMarkdown */.FV)(p.label)}: ${counts(p.merged)}`, '', '| Statement | Change | What this run adds |', '|---|---|---|', ...rows, ''];
}
const json = (st) => ['```json', JSON.stringify(st, null, 2), '```'];
function shareSummary(v) {
    const written = v.policies.filter((p) => p.merged.changed).length;
    const status = v.dryRun ? `📝 Dry run: nothing was written (${written} ${written === 1 ? 'policy' : 'policies'} would change).` : written ? `✅ ${written} ${written === 1 ? 'policy' : 'policies'} written.` : '✅ Nothing changed: every policy already grants this.';
    const pullOf = (account) => v.pulls.filter((p) => p.accounts.includes(account)).map((p) => (0,markdown/* code */.aY)(p.repository)).join(', ');
    const lines = [
        `### Share ${(0,markdown/* code */.aY)(v.group)} with ${v.accounts.length} ${v.accounts.length === 1 ? 'account' : 'accounts'} (${v.grant})`,
        '',
        status,
        '',
        ...v.policies.flatMap(diffTable),
        `#### Who can do what now${v.dryRun ? ' (before this dry run)' : ''}`,
        '',
        ...(v.grants.length
            ? ['| Account | Group | ECR pull |', '|---|---|---|', ...v.grants.map((g) => `| ${g.account} | ${g.level} | ${pullOf(g.account)} |`)]
            : ["No account is granted by share/'s statements."]),
        '',
        `read: DescribeModelPackageGroup, DescribeModelPackage, ListModelPackages, CreateModel; promote: read and UpdateModelPackage (approval, stage).`,
        '',
        `#### ECR repository policy statement${v.pulls.length ? '' : ' (add it to the repositories of the images)'}`,
        '',
        ...json(v.ecr),
        '',
        `#### KMS key policy statement (add it to the key policy of ${v.kmsKeyArn ? (0,markdown/* code */.aY)(v.kmsKeyArn) : 'the key that encrypts the model artifacts'}; share/ never writes it)`,
        '',
        ...json(v.kms),
        ''
    ];
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/share/statements.ts


const SIDS = {
    readGroup: `${OWN_SID_PREFIX}ReadGroup`,
    readVersions: `${OWN_SID_PREFIX}ReadVersions`,
    promote: `${OWN_SID_PREFIX}Promote`,
    pull: `${OWN_SID_PREFIX}Pull`,
    key: `${OWN_SID_PREFIX}Key`
};
const READ_GROUP_ACTIONS = ['sagemaker:DescribeModelPackageGroup'];
const READ_VERSION_ACTIONS = ['sagemaker:DescribeModelPackage', 'sagemaker:ListModelPackages', 'sagemaker:CreateModel'];
const PROMOTE_ACTIONS = ['sagemaker:UpdateModelPackage'];
const ECR_PULL_ACTIONS = ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
const KMS_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKey*', 'kms:Encrypt', 'kms:ReEncrypt*'];
/** `model-package/<group>/*` of a group ARN: the group's versions. */
const versionsArn = (groupArn) => `${groupArn.replace(':model-package-group/', ':model-package/')}/*`;
/** The group policy statements a run wants: read for every listed account, promote too when asked. */
function groupStatements(groupArn, accounts, grant) {
    const versions = versionsArn(groupArn);
    return [
        { sid: SIDS.readGroup, actions: READ_GROUP_ACTIONS, resources: [groupArn], accounts },
        { sid: SIDS.readVersions, actions: READ_VERSION_ACTIONS, resources: [versions], accounts },
        { sid: SIDS.promote, actions: PROMOTE_ACTIONS, resources: [versions], accounts: grant === 'promote' ? accounts : [] }
    ];
}
function pullStatement(accounts) {
    return { sid: SIDS.pull, actions: ECR_PULL_ACTIONS, accounts };
}
/** The statement a repository policy needs (printed even when no repository is given). */
function ecrStatement(partition, accounts) {
    return { Sid: SIDS.pull, Effect: 'Allow', Principal: { AWS: accounts.map((a) => rootArn(partition, a)) }, Action: ECR_PULL_ACTIONS };
}
/** The statement for the key policy of the key that encrypts the versions' artifacts ("*" in a key policy: this key). */
function kmsStatement(partition, accounts) {
    return { Sid: SIDS.key, Effect: 'Allow', Principal: { AWS: accounts.map((a) => rootArn(partition, a)) }, Action: KMS_ACTIONS, Resource: '*' };
}
/**
 * What each account can do now by the action's own statements of a group policy: promote (all three), read (both read
 * statements), partial (some of them only, for example after a statement was edited by hand).
 */
function grantsOf(doc) {
    const by = (sid) => new Set(statementsOf(doc).filter((st) => st.Sid === sid).flatMap(accountsOf));
    const [group, versions, promote] = [by(SIDS.readGroup), by(SIDS.readVersions), by(SIDS.promote)];
    const all = [...new Set([...group, ...versions, ...promote])].sort();
    return all.map((account) => {
        const read = group.has(account) && versions.has(account);
        return { account, level: read && promote.has(account) ? 'promote' : read && !promote.has(account) ? 'read' : 'partial' };
    });
}

// EXTERNAL MODULE: ./src/commands/run.ts + 3 modules
var run = __webpack_require__(68654);
;// CONCATENATED MODULE: ./src/commands/share.ts
/**
 * share/: run in the account that owns a model package group, grants other accounts `read` (or `promote`) through
 * the group's resource policy, and adds the image pull to the ECR repositories given; prints the ECR and KMS
 * statements the deploying accounts need. Reads everything first, plans every merge (src/share/merge.ts), and writes
 * only the policies that change: a re-run with the same inputs writes nothing; a dry run prints the diff and writes
 * nothing.
 */











const SHARE_OUTPUTS = ['policy', 'changed'];
/** ResourcePolicy of PutModelPackageGroupPolicy and policyText of SetRepositoryPolicy, in the service models. */
const GROUP_POLICY_MAX = 20_480;
const REPOSITORY_POLICY_MAX = 10_240;
/** Every read, before any write: the group (its owner checked), its policy, each repository's policy. */
async function readAll(c, io) {
    const sm = await io.clients.sagemaker();
    // A group ARN of another account is refused before any SageMaker call when STS can tell whose credentials these are.
    const caller = c.group.accountId ? await (0,identity/* callerAccount */.Xr)(sm) : undefined;
    if (caller)
        checkOwner(c, caller, c.group.region);
    const groupArn = await describeGroup(sm, c.group.name, c.group.arn);
    const arn = (0,arns/* parseArn */.Lw)(groupArn);
    if (!arn)
        throw new errors/* ActionError */.lZ(`sagemaker:DescribeModelPackageGroup returned no ARN for ${c.group.name}`);
    checkOwner(c, arn.account, arn.region);
    const group = await readGroupPolicy(sm, c.group.name);
    const ecr = c.repositories.length ? await io.clients.ecr(arn.region) : undefined;
    const repositories = [];
    for (const name of c.repositories)
        repositories.push({ name, policy: await readRepositoryPolicy(ecr, name) });
    return { groupArn, partition: arn.partition, region: arn.region, ...(group === undefined ? {} : { group }), repositories };
}
function plan(c, r) {
    const group = `group ${c.group.name}`;
    return [
        { label: group, merged: mergePolicy(r.group, groupStatements(r.groupArn, c.accounts, c.grant), { partition: r.partition, limit: GROUP_POLICY_MAX, what: `The resource policy of ${group}` }) },
        ...r.repositories.map((repo) => {
            const label = `ECR repository ${repo.name}`;
            return { label, merged: mergePolicy(repo.policy, [pullStatement(c.accounts)], { partition: r.partition, limit: REPOSITORY_POLICY_MAX, what: `The policy of ${label}` }) };
        })
    ];
}
/** The writes, group first; the outputs follow each one, so a later failure still reports what was written. */
async function write(s, r, policies, io) {
    const [group, ...repos] = policies;
    if (group.merged.changed) {
        log.info(`sagemaker:PutModelPackageGroupPolicy ${s.config.group.name}`);
        await writeGroupPolicy(await io.clients.sagemaker(), s.config.group.name, group.merged.text);
        Object.assign(s.outputs, { policy: group.merged.text, changed: 'true' });
    }
    for (const [i, repo] of repos.entries()) {
        if (!repo.merged.changed)
            continue;
        log.info(`ecr:SetRepositoryPolicy ${r.repositories[i].name}`);
        await writeRepositoryPolicy(await io.clients.ecr(r.region), r.repositories[i].name, repo.merged.text);
        s.outputs.changed = 'true';
    }
}
async function execute(s, c, io) {
    const dryRun = s.common.dryRun;
    s.group = c.group.name;
    const r = await readAll(c, io);
    const policies = plan(c, r);
    for (const p of policies)
        for (const line of diffLines(p))
            log.info(line);
    // The outputs say what holds after the run: in a dry run, the policies as they were.
    Object.assign(s.outputs, { policy: r.group ?? '', changed: 'false' });
    if (dryRun)
        for (const p of policies.filter((q) => q.merged.changed))
            log.info(`Dry run: would write the resource policy of ${p.label}: ${p.merged.text}`);
    else
        await write(s, r, policies, io);
    const after = (p, before) => (dryRun ? parsePolicy(before, p.label) : p.merged.doc);
    const groupDoc = after(policies[0], r.group);
    const ecr = ecrStatement(r.partition, c.accounts);
    const kms = kmsStatement(r.partition, c.accounts);
    log.info(`ECR repository policy statement the deploying accounts need: ${JSON.stringify(ecr)}`);
    log.info(`KMS key policy statement for ${c.kmsKeyArn ?? 'the key that encrypts the model artifacts'} (not applied): ${JSON.stringify(kms)}`);
    const pulls = r.repositories.map((repo, i) => ({
        repository: repo.name,
        accounts: statementsOf(after(policies[i + 1], repo.policy)).filter((st) => st.Sid === SIDS.pull).flatMap(accountsOf)
    }));
    s.markdown = shareSummary({ group: c.group.name, grant: c.grant, accounts: c.accounts, dryRun, policies, grants: grantsOf(groupDoc), pulls, ecr, kms, ...(c.kmsKeyArn ? { kmsKeyArn: c.kmsKeyArn } : {}) });
}
const shareSpec = {
    name: 'share',
    title: 'Share a model package group',
    outputs: SHARE_OUTPUTS,
    read: (read, common) => readShare(read, common),
    execute,
    commentChannel: 'share'
};
function share_run(deps = (0,run/* defaultDeps */.m)()) {
    return (0,run/* runCommand */.d)(shareSpec, deps);
}


/***/ })

};

//# sourceMappingURL=1070.index.js.map