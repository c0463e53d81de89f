export const id = 993;
export const ids = [993];
export const modules = {

/***/ 50993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readDeploymentFile: () => (/* binding */ readDeploymentFile)
});

// UNUSED EXPORTS: DEPLOYMENT_FILE_MAX_BYTES, parseDeploymentFile, render

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs/deploy-settings.ts
var deploy_settings = __webpack_require__(96086);
;// CONCATENATED MODULE: ./src/inputs/deployment-schema.ts
/**
 * The JSON Schema (draft 2020-12) of a deployment file, built from deploy-settings.ts alone: the committed
 * schema/deployment-file.schema.json (scripts/deployment-schema.mjs adds action.yml's descriptions) and the
 * run-time validation are the same rules.                                                                     pure
 */

const pattern = (re) => re.source;
const CAPACITY = { oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^[1-9][0-9]*%?$' }] };
function kindSchema(kind) {
    switch (kind.type) {
        case 'string':
            return { type: 'string', minLength: 1, ...(kind.maxLength ? { maxLength: kind.maxLength } : {}), ...(kind.pattern ? { pattern: pattern(kind.pattern) } : {}) };
        case 'enum':
            return { enum: [...kind.values] };
        case 'integer':
            return { type: 'integer', minimum: kind.min, maximum: kind.max };
        case 'boolean':
            return { type: 'boolean' };
        case 'percent':
            return { oneOf: [{ type: 'number', exclusiveMinimum: kind.exclusiveMin, maximum: kind.max }, { type: 'string', pattern: '^[0-9]{1,3}(\\.[0-9]{1,3})?%?$' }] };
        case 'capacity':
            return CAPACITY;
        case 'list': {
            const item = { type: 'string', pattern: pattern(kind.item) };
            return { oneOf: [{ type: 'array', items: item, maxItems: kind.maxItems }, { type: 'string', minLength: 1 }] };
        }
        case 'map': {
            const value = { anyOf: [{ type: 'string', maxLength: kind.valueMax, pattern: '^[^\\r\\n]*$' }, { type: 'number' }, { type: 'boolean' }] };
            const map = { type: 'object', propertyNames: { pattern: pattern(kind.key) }, additionalProperties: value, maxProperties: kind.maxEntries };
            return { oneOf: [map, { type: 'string', minLength: 1 }] };
        }
        case 'parts': {
            const properties = Object.fromEntries(Object.entries(kind.parts).map(([k, r]) => [k, { type: 'integer', minimum: r.min, maximum: r.max }]));
            return { oneOf: [{ type: 'object', properties, required: [...kind.required], additionalProperties: false }, { type: 'string', minLength: 1 }] };
        }
        case 'payload':
            return { oneOf: [{ type: 'string', minLength: 1 }, { type: 'object' }, { type: 'array' }] };
    }
}
/** The schema; `descriptions` (key → text, from action.yml) are added when given. */
function deploymentFileSchema(descriptions = {}) {
    const properties = { $schema: { type: 'string', description: 'The schema this file follows (for editors).' } };
    for (const [key, kind] of Object.entries(deploy_settings/* DEPLOY_SETTINGS */.GV)) {
        const description = descriptions[key];
        properties[key] = { ...(description ? { description } : {}), ...kindSchema(kind) };
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'Deployment settings of one stage (deployment-file)',
        description: 'Deploy inputs of the sagemaker-private-registry-action actions; an input given in the workflow overrides the file. See docs/deployment-file.md.',
        type: 'object',
        properties,
        additionalProperties: false
    };
}
function written(kind) {
    switch (kind.type) {
        case 'string':
            return kind.pattern ? `text matching \`${kind.pattern.source}\`` : 'text';
        case 'enum':
            return kind.values.map((v) => `\`${v}\``).join(', ');
        case 'integer':
            return `whole number, ${kind.min} to ${kind.max}`;
        case 'boolean':
            return '`true` or `false`';
        case 'percent':
            return `number above ${kind.exclusiveMin}, at most ${kind.max} (or text such as \`0.5%\`)`;
        case 'capacity':
            return '`10%` or a number of instances (`1`)';
        case 'list':
            return `list (or comma-separated text), at most ${kind.maxItems}, each matching \`${kind.item.source}\``;
        case 'map':
            return `map of NAME: value (or KEY=VALUE lines), at most ${kind.maxEntries}`;
        case 'parts':
            return `map of ${Object.keys(kind.parts).map((p) => `\`${p}\``).join(', ')}; needs ${kind.required.join(', ')} (or \`min=1,max=8,target=200\` text)`;
        case 'payload':
            return 'text (inline, or a path in the workspace), or a map or list sent as JSON';
    }
}
/** The keys table of docs/deployment-file.md (scripts/deployment-schema.mjs writes it between its markers). */
function settingsTable() {
    const rows = Object.entries(DEPLOY_SETTINGS).map(([key, kind]) => `| \`${key}\` | ${written(kind).replace(/\|/g, '\\|')} |`);
    return ['| Key | Written as |', '|---|---|', ...rows].join('\n');
}

// EXTERNAL MODULE: ./src/inputs/workspace-path.ts
var workspace_path = __webpack_require__(56622);
;// CONCATENATED MODULE: ./src/inputs/deployment-file.ts
/**
 * Reads a deployment file (input `deployment-file`): a YAML or JSON map of deploy settings in the workspace,
 * checked against the schema built from deploy-settings.ts before anything else runs. The file is untrusted
 * text: its path is confined to the workspace (workspace-path.ts), it is bounded in size, and duplicate keys,
 * anchors and aliases (alias bombs), tags and several documents are refused. Every refusal is one line naming the
 * file, the line, the key and the rule. Values are rendered to the text their input reader parses.
 */






/** The largest deployment file accepted: a stage's settings are a few dozen lines. */
const DEPLOYMENT_FILE_MAX_BYTES = 64 * 1024;
let validator;
const validate = () => (validator ??= new _2020.Ajv2020({ allErrors: true, strict: true }).compile(deploymentFileSchema()));
function readDeploymentFile(path, workspace) {
    const bytes = (0,workspace_path/* readWorkspaceFile */.sL)('deployment-file', path, { workspace, maxBytes: DEPLOYMENT_FILE_MAX_BYTES, limit: 'the bound on a deployment file' });
    return parseDeploymentFile(path, bytes.toString('utf8'));
}
/** Parses and validates the text of the file `path`. */
function parseDeploymentFile(path, text) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, merge: false, prettyErrors: false, strict: true, schema: 'core' });
    const lineOf = (offset) => lines.linePos(offset ?? 0).line;
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem)
        throw new src_errors/* DeploymentFileError */.IS(path, lineOf(problem.pos[0]), undefined, `is not valid YAML or JSON: ${problem.message.split('\n')[0].slice(0, 200)}`);
    refuseIndirection(doc, path, lineOf);
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        throw new src_errors/* DeploymentFileError */.IS(path, lineOf(doc.contents?.range?.[0]), undefined, 'must be a map of deploy settings (key: value lines, or a JSON object)');
    }
    const data = doc.toJS({ maxAliasCount: 0 });
    const check = validate();
    if (!check(data))
        throw schemaError(path, doc, lineOf, check.errors ?? []);
    const settings = new Map();
    for (const [key, value] of Object.entries(data)) {
        const kind = deploy_settings/* DEPLOY_SETTINGS */.GV[key];
        if (kind)
            settings.set(key, { text: render(kind, value), line: lineOf(nodeAt(doc, [key])?.range?.[0]) });
    }
    return { path, settings };
}
/** Anchors, aliases and tags have no use in a settings file; aliases can multiply a small file into a huge one. */
function refuseIndirection(doc, path, lineOf) {
    (0,dist/* visit */.YR)(doc, {
        Alias(_, node) {
            throw new src_errors/* DeploymentFileError */.IS(path, lineOf(node.range?.[0]), undefined, `uses the alias *${node.source.slice(0, 40)}: anchors and aliases are not accepted in a deployment file`);
        },
        Node(_, node) {
            if (node.anchor)
                throw new src_errors/* DeploymentFileError */.IS(path, lineOf(node.range?.[0]), undefined, `sets the anchor &${node.anchor.slice(0, 40)}: anchors and aliases are not accepted in a deployment file`);
            if (node.tag)
                throw new src_errors/* DeploymentFileError */.IS(path, lineOf(node.range?.[0]), undefined, `uses the tag ${node.tag.slice(0, 60)}: tags are not accepted in a deployment file`);
        }
    });
}
function nodeAt(doc, path) {
    const node = doc.getIn(path, true);
    return node && typeof node === 'object' && 'range' in node ? node : undefined;
}
function keyLine(doc, key, lineOf) {
    const pair = (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === key) : undefined;
    return lineOf(pair?.key?.range?.[0]);
}
const decode = (segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
const PREFER_OVER_TYPE = ['minimum', 'maximum', 'exclusiveMinimum', 'maxItems', 'maxLength', 'maxProperties', 'minLength', 'pattern', 'enum', 'required', 'additionalProperties'];
function schemaError(path, doc, lineOf, errors) {
    const unknown = errors.find((e) => e.instancePath === '' && e.keyword === 'additionalProperties');
    if (unknown) {
        const key = String(unknown.params.additionalProperty);
        const why = Object.hasOwn(deploy_settings/* WORKFLOW_ONLY */.JR, key) ? `must be given in the workflow, not in a deployment file: it ${deploy_settings/* WORKFLOW_ONLY */.JR[key]}` : 'is not a deploy setting a deployment file may hold (see docs/deployment-file.md)';
        return new src_errors/* DeploymentFileError */.IS(path, keyLine(doc, key, lineOf), key.slice(0, 80), why);
    }
    const error = errors.find((e) => PREFER_OVER_TYPE.includes(e.keyword)) ?? errors[0];
    const segments = error.instancePath.split('/').slice(1).map(decode);
    const key = segments[0] ?? '';
    const named = error.propertyName === undefined ? [] : [error.propertyName];
    const where = [...segments.slice(1), ...named].map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('');
    const nodePath = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = nodeAt(doc, nodePath);
    const value = node && (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    const shown = value === null || value === undefined ? '' : `${(0,src_errors/* quote */.hD)(String(value), 80)} `;
    const kind = deploy_settings/* DEPLOY_SETTINGS */.GV[key];
    const quoted = typeof value === 'string' && ((kind?.type === 'integer' && /^\d+$/.test(value)) || (kind?.type === 'boolean' && /^(true|false)$/.test(value)));
    const rule = value === null ? 'has no value'
        : named.length ? 'is not a name SageMaker accepts (letters, digits and _, not starting with a digit)'
            : `${shown}${ruleOf(error, kind)}${quoted ? ', written without quotes' : ''}`;
    return new src_errors/* DeploymentFileError */.IS(path, lineOf(node?.range?.[0]), `${key}${where}`, rule);
}
const TYPE_WORDS = {
    string: 'text',
    enum: 'one word of the list',
    integer: 'a whole number',
    boolean: 'true or false',
    percent: 'a percentage (a number, or text such as 0.5%)',
    capacity: "a percentage such as '10%' or a number of instances such as 1",
    list: 'a list (or comma-separated text)',
    map: 'a map of NAME: value (or KEY=VALUE lines)',
    parts: 'a map of min, max, target, scale-in-cooldown, scale-out-cooldown (or min=1,max=8,target=200 text)',
    payload: 'text (inline, or a path in the workspace), or a map or list sent as JSON'
};
function ruleOf(e, kind) {
    const p = e.params;
    switch (e.keyword) {
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
            return kind?.type === 'integer' ? `must be between ${kind.min} and ${kind.max}` : `must be ${String(p.comparison)} ${String(p.limit)}`;
        case 'maxItems':
            return `lists more than ${String(p.limit)} items`;
        case 'maxProperties':
            return `has more than ${String(p.limit)} entries`;
        case 'maxLength':
            return `is longer than ${String(p.limit)} characters`;
        case 'minLength':
            return 'is empty';
        case 'pattern':
            return `does not match ${String(p.pattern)}`;
        case 'enum':
            return `must be one of: ${p.allowedValues.join(', ')}`;
        case 'required':
            return `needs ${String(p.missingProperty)}`;
        case 'additionalProperties':
            return `has ${JSON.stringify(String(p.additionalProperty).slice(0, 40))}, which is not one of its parts`;
        default:
            return `must be ${kind ? TYPE_WORDS[kind.type] : String(p.type ?? e.message)}`;
    }
}
/** The text the input reader parses: lists one item a line, maps KEY=VALUE lines, numbers and booleans as text. */
function render(kind, value) {
    if (typeof value === 'string')
        return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value) && kind.type === 'list')
        return value.map(String).join('\n');
    if (kind.type === 'payload')
        return JSON.stringify(value);
    const entries = Object.entries(value).map(([k, v]) => `${k}=${String(v)}`);
    return entries.join(kind.type === 'parts' ? ',' : '\n');
}


/***/ })

};

//# sourceMappingURL=993.index.js.map