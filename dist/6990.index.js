export const id = 6990;
export const ids = [6990];
export const modules = {

/***/ 6990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readRegistryCredentials: () => (/* binding */ readRegistryCredentials)
});

// EXTERNAL MODULE: ./src/aws/errors.ts + 1 modules
var errors = __webpack_require__(81919);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/oci/credentials.ts
/**
 * Registry credentials as people store them in Secrets Manager: JSON with a username and password,
 * a Docker config.json ({"auths": {...}}), or user:password text. Messages never include the secret.
 */

const FORMATS = 'expected JSON {"username": "...", "password": "..."}, a Docker config.json {"auths": {"<host>": {"auth": "<base64 user:password>"}}}, or user:password text';
const USERNAME_KEYS = ['username', 'user', 'Username'];
const PASSWORD_KEYS = ['password', 'pass', 'Password'];
const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
/** Reads the credentials for `registryHost` from the text of a secret. */
function parseRegistryCredentials(secretText, registryHost) {
    const text = secretText.trim();
    if (!text)
        throw new src_errors/* ActionError */.lZ(`The registry secret is empty: ${FORMATS}.`);
    if (text.startsWith('{'))
        return fromJson(text, registryHost);
    if (/[\r\n]/.test(text))
        throw new src_errors/* ActionError */.lZ(`The registry secret has several lines: ${FORMATS}.`);
    return fromUserPassword(text, 'The registry secret');
}
/** Masks the password (as given and trimmed), the base64 user:password form and, when it looks like a token, the username. */
function maskCredentials(creds, setSecret) {
    for (const value of new Set([creds.password, creds.password.trim()]))
        if (value)
            setSecret(value);
    setSecret(Buffer.from(`${creds.username}:${creds.password}`).toString('base64'));
    if (creds.username.length >= 20)
        setSecret(creds.username);
}
/**
 * Masks a secret's text before it is parsed: the text (as given and trimmed), each line, and for JSON every string
 * value at any depth (other registries' entries, identity tokens, emails), with each "auth" decoded as user:password.
 */
function maskSecretText(text, setSecret) {
    const seen = new Set();
    const mask = (value) => {
        for (const v of [value, value.trim()]) {
            if (!v || seen.has(v))
                continue;
            seen.add(v);
            setSecret(v);
        }
    };
    mask(text);
    for (const line of text.split(/\r?\n/))
        mask(line);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        const colon = text.trim().indexOf(':');
        if (colon >= 0)
            mask(text.trim().slice(colon + 1));
        return;
    }
    const walk = (value, key, depth) => {
        if (typeof value === 'string') {
            mask(value);
            if (key === 'auth') {
                const decoded = Buffer.from(value, 'base64').toString('utf8');
                mask(decoded);
                if (decoded.includes(':'))
                    mask(decoded.slice(decoded.indexOf(':') + 1));
            }
        }
        else if (typeof value === 'object' && value !== null && depth < 16) {
            for (const [k, v] of Object.entries(value))
                walk(v, k, depth + 1);
        }
    };
    walk(doc, '', 0);
}
/** Host as Docker writes it in config.json keys, reduced to host[:port] (Docker Hub aliases to one name). */
function normalizeRegistryHost(value) {
    let host = value.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
    host = host.split('/')[0] ?? '';
    return DOCKER_HUB_ALIASES.has(host) ? 'registry-1.docker.io' : host;
}
function fromJson(text, registryHost) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // The parser's message quotes the text, so it is not repeated here.
        throw new src_errors/* ActionError */.lZ(`The registry secret starts with '{' but is not valid JSON: ${FORMATS}.`);
    }
    if (!isObject(value))
        throw new src_errors/* ActionError */.lZ(`The registry secret is not a JSON object: ${FORMATS}.`);
    if ('auths' in value)
        return fromDockerConfig(value.auths, registryHost);
    const username = pick(value, USERNAME_KEYS);
    const password = pick(value, PASSWORD_KEYS);
    if (username === undefined || password === undefined) {
        const missing = username === undefined ? 'a username' : 'a password';
        throw new src_errors/* ActionError */.lZ(`The registry secret is JSON without ${missing} (string keys username/user/Username and password/pass/Password): ${FORMATS}.`);
    }
    return checked({ username, password }, 'The registry secret');
}
function fromDockerConfig(auths, registryHost) {
    if (!isObject(auths))
        throw new src_errors/* ActionError */.lZ(`The registry secret's "auths" is not an object: ${FORMATS}.`);
    const wanted = normalizeRegistryHost(registryHost);
    const hosts = Object.keys(auths);
    const key = hosts.find((h) => normalizeRegistryHost(h) === wanted);
    if (key === undefined) {
        const known = hosts.length ? hosts.map((h) => JSON.stringify(h)).join(', ') : 'none';
        throw new src_errors/* ActionError */.lZ(`The registry secret's Docker config has no "auths" entry for ${wanted} (entries: ${known}).`);
    }
    const entry = auths[key];
    const where = `The registry secret's "auths" entry for ${JSON.stringify(key)}`;
    if (!isObject(entry))
        throw new src_errors/* ActionError */.lZ(`${where} is not an object: expected {"auth": "<base64 user:password>"}.`);
    if (typeof entry.auth === 'string' && entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        return fromUserPassword(decoded, `${where} ("auth", decoded from base64)`);
    }
    const username = pick(entry, USERNAME_KEYS);
    const password = pick(entry, PASSWORD_KEYS);
    if (username !== undefined && password !== undefined)
        return checked({ username, password }, where);
    const hint = typeof entry.identitytoken === 'string' ? ' (identitytoken entries are not supported)' : '';
    throw new src_errors/* ActionError */.lZ(`${where} has neither "auth" nor "username" and "password"${hint}.`);
}
function fromUserPassword(text, where) {
    const colon = text.indexOf(':');
    if (colon < 0)
        throw new src_errors/* ActionError */.lZ(`${where} has no ':' between user and password: ${FORMATS}.`);
    return checked({ username: text.slice(0, colon), password: text.slice(colon + 1) }, where);
}
function checked(creds, where) {
    if (!creds.username.trim())
        throw new src_errors/* ActionError */.lZ(`${where} has an empty username.`);
    if (!creds.password)
        throw new src_errors/* ActionError */.lZ(`${where} has an empty password.`);
    return creds;
}
function pick(obj, keys) {
    for (const key of keys) {
        const value = obj[key];
        if (typeof value === 'string')
            return value;
    }
    return undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/aws/sdk.ts
var sdk = __webpack_require__(15857);
;// CONCATENATED MODULE: ./src/register/secrets.ts



/**
 * Reads the registry credentials from Secrets Manager, once, and masks every value of the secret (not only the
 * entry for this registry) before anything else can print it.
 */
async function readRegistryCredentials(client, secretArn, registryHost, setSecret) {
    const { GetSecretValueCommand } = await (0,sdk/* secretsManagerSdk */.LY)();
    const out = await (0,errors/* send */.tN)('secretsmanager:GetSecretValue', () => client.send(new GetSecretValueCommand({ SecretId: secretArn })));
    const text = out.SecretString ?? (out.SecretBinary ? Buffer.from(out.SecretBinary).toString('utf8') : '');
    maskSecretText(text, setSecret);
    const creds = parseRegistryCredentials(text, registryHost);
    maskCredentials(creds, setSecret);
    return creds;
}


/***/ })

};

//# sourceMappingURL=6990.index.js.map