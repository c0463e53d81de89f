export const id = 6338;
export const ids = [6338];
export const modules = {

/***/ 66338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  requireAttestation: () => (/* binding */ requireAttestation)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/github/attestation-text.ts
/** Text from GitHub or a certificate, made safe for a one-line message: bounded, and only plain URL characters. */
function safeText(value, max = 100) {
    const plain = value.replace(/[^A-Za-z0-9 ._~/@:+#=?&%-]/g, '?');
    return plain.length > max ? `${plain.slice(0, max)}…` : plain;
}

;// CONCATENATED MODULE: ./src/github/attestation-fetch.ts
/**
 * Reading an image digest's artifact attestations from GitHub: `GET /repos/{owner}/{repo}/attestations/{digest}`,
 * every page (cursor links), and each bundle inline or, as GitHub answers since 2026-07, from its `bundle_url`
 * (pre-signed blob storage, snappy-compressed JSON; fetched without the token). Fails closed: anything but an answer
 * (or 404, GitHub's "none for this digest") is an ActionError.
 */


const PER_PAGE = 100;
const MAX_PAGES = 10;
const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;
const TIMEOUT_MS = 30_000;
/** The `rel="next"` URL of a Link header. */
function nextLink(link) {
    for (const part of (link ?? '').split(',')) {
        const m = /^\s*<([^>]+)>\s*;\s*rel="next"\s*$/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
}
function refusal(o, err) {
    // Octokit reports a request that got no answer as status 500 without a response
    const status = err.response ? err.status : undefined;
    const why = status === 403 || status === 401
        ? `HTTP ${status}: the token cannot read them (it needs read access to ${o.repository} and, for a fine-grained token or GITHUB_TOKEN, the attestations: read permission)`
        : status
            ? `HTTP ${status}`
            : `GitHub was not reachable (${safeText(err.message ?? String(err), 80)})`;
    return new errors/* ActionError */.lZ(`Refused: the attestations of ${o.digest} could not be read from GitHub for ${o.repository}: ${why}.`);
}
/** Every attestation GitHub lists for the digest (at most MAX_PAGES pages); [] when GitHub answers 404. */
async function listAttestations(o) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 92413));
    const octokit = getOctokit(o.token, { baseUrl: o.apiUrl });
    const [owner, repo] = o.repository.split('/');
    const raw = [];
    try {
        let res = await octokit.rest.repos.listAttestations({ owner, repo, subject_digest: o.digest, per_page: PER_PAGE });
        for (let page = 1;; page++) {
            raw.push(...(res.data.attestations ?? []));
            const next = nextLink(res.headers.link);
            if (!next || page >= MAX_PAGES)
                break;
            if (new URL(next).origin !== new URL(o.apiUrl).origin)
                throw new Error('a page link leads away from the API');
            res = await octokit.request({ method: 'GET', url: next });
        }
    }
    catch (err) {
        if (err.status === 404)
            return [];
        throw refusal(o, err);
    }
    return Promise.all(raw.map((item) => bundleOf(item, o.apiUrl)));
}
/** The bundle of one listed item: inline, else downloaded from its bundle_url. */
async function bundleOf(item, apiUrl) {
    const { bundle, bundle_url: url } = (item ?? {});
    if (bundle && typeof bundle === 'object')
        return { bundle };
    if (typeof url !== 'string' || url === '')
        return { problem: 'no bundle' };
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { problem: 'bundle URL invalid' };
    }
    // https only; plain http only when the API itself is plain http (a local simulator)
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && new URL(apiUrl).protocol === 'http:'))
        return { problem: 'bundle URL not https' };
    try {
        const res = await fetch(parsed, { redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (!res.ok)
            return { problem: `bundle download failed (HTTP ${res.status})` };
        return { bundle: await decodeBundle(await boundedBody(res)) };
    }
    catch (err) {
        return { problem: `bundle download failed (${safeText(err.name ?? 'error', 40)})` };
    }
}
async function boundedBody(res) {
    const chunks = [];
    let size = 0;
    for await (const chunk of res.body ?? []) {
        size += chunk.length;
        if (size > MAX_BUNDLE_BYTES)
            throw new RangeError('bundle too large');
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}
/** Snappy block format (GitHub's blob storage), or plain JSON. */
async function decodeBundle(body) {
    if (body[0] === 0x7b)
        return JSON.parse(body.toString('utf8'));
    const { uncompress } = (await __webpack_require__.e(/* import() */ 4528).then(__webpack_require__.t.bind(__webpack_require__, 64528, 19))).default ?? (await __webpack_require__.e(/* import() */ 4528).then(__webpack_require__.t.bind(__webpack_require__, 64528, 19)));
    return JSON.parse(Buffer.from(uncompress(new Uint8Array(body), MAX_BUNDLE_BYTES)).toString('utf8'));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/github/attestation-trust.ts
/**
 * Which Sigstore instances an attestation may come from, and what evidence each requires.
 *
 * - `trustedRoot` set: that file, a trusted_root.json (protobuf-specs JSON), or JSON lines with one root per line as
 *   `gh attestation trusted-root` writes them (Sigstore public-good and GitHub's own instance). Tests, GitHub
 *   Enterprise Server and air-gapped runners use this.
 * - otherwise: the Sigstore public-good root, fetched and verified through its TUF repository (@sigstore/tuf, with
 *   the root of trust the library ships). That covers attestations of public repositories; private and internal
 *   repositories are signed by GitHub's own instance, whose root comes from GitHub's TUF repository: pass it as a file.
 *
 * Per root, evidence is required for what it lists: a transparency-log entry (inclusion verified) when it lists
 * transparency logs, a certificate-transparency SCT when it lists CT logs, and at least one verified timestamp
 * (a log's integrated time or an RFC 3161 timestamp of a listed authority) always. GitHub's own instance lists only a
 * CA and timestamp authorities, so its bundles need a signed timestamp, as `gh attestation verify` requires.
 */



/** The JSON documents of a trusted-root file: one JSON value, or JSON lines. */
function parseRootFile(text, path) {
    try {
        return [JSON.parse(text)];
    }
    catch {
        // JSON lines
    }
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    try {
        const docs = lines.map((l) => JSON.parse(l));
        if (docs.length > 0)
            return docs;
    }
    catch {
        // reported below
    }
    throw new errors/* ActionError */.lZ(`Refused: the trusted root ${safeText(path, 200)} is neither a trusted_root.json nor JSON lines of them.`);
}
async function fromDocuments(docs, source) {
    const [{ TrustedRoot }, { toTrustMaterial, Verifier }] = await Promise.all([__webpack_require__.e(/* import() */ 9654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23)), Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(3917), __webpack_require__.e(4187)]).then(__webpack_require__.bind(__webpack_require__, 54187))]);
    return docs.map((doc, i) => {
        let root;
        try {
            root = TrustedRoot.fromJSON(doc);
        }
        catch {
            throw new errors/* ActionError */.lZ(`Refused: entry ${i + 1} of the trusted root ${safeText(source, 200)} is not a Sigstore trusted root.`);
        }
        if (root.certificateAuthorities.length === 0) {
            throw new errors/* ActionError */.lZ(`Refused: entry ${i + 1} of the trusted root ${safeText(source, 200)} lists no certificate authority.`);
        }
        const verifier = new Verifier(toTrustMaterial(root), {
            tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
            ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
            timestampThreshold: 1
        });
        return { source: docs.length > 1 ? `${source} #${i + 1}` : source, verify: (entity) => verifier.verify(entity) };
    });
}
/** The verifiers of the configured trusted roots (see the module comment). */
async function loadVerifiers(trustedRoot) {
    if (trustedRoot) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(trustedRoot, 'utf8');
        }
        catch (err) {
            throw new errors/* ActionError */.lZ(`Refused: the trusted root ${safeText(trustedRoot, 200)} cannot be read (${safeText(err.code ?? 'error', 20)}).`);
        }
        return fromDocuments(parseRootFile(text, trustedRoot), trustedRoot);
    }
    const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(3694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
    let root;
    try {
        root = await getTrustedRoot();
    }
    catch (err) {
        throw new errors/* ActionError */.lZ(`Refused: the Sigstore public-good trusted root could not be loaded through TUF (${safeText(err.message ?? String(err), 120)}); give a trusted root file instead.`);
    }
    const { TrustedRoot } = await __webpack_require__.e(/* import() */ 9654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23));
    return fromDocuments([TrustedRoot.toJSON(root)], 'Sigstore public-good (TUF)');
}

;// CONCATENATED MODULE: ./src/github/attestation-verify.ts

const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const INTOTO_PAYLOAD = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
/** Fulcio's certificate extensions for GitHub Actions (DER UTF8String values). */
const CLAIM_OIDS = {
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13'
};
/** The OIDC issuer of GitHub Actions tokens on a GitHub server. */
function expectedIssuer(serverUrl) {
    const host = new URL(serverUrl).host.toLowerCase();
    if (host === 'github.com')
        return 'https://token.actions.githubusercontent.com';
    const ghe = /^([a-z0-9-]+)\.ghe\.com$/.exec(host);
    return ghe ? `https://token.actions.${ghe[1]}.ghe.com` : `${serverUrl.replace(/\/+$/, '')}/_services/token`;
}
const VERIFY_CODES = {
    CERTIFICATE_ERROR: 'certificate not issued by a trusted CA',
    SIGNATURE_ERROR: 'signature invalid',
    TIMESTAMP_ERROR: 'no valid timestamp',
    TLOG_ERROR: 'no transparency log entry',
    TLOG_BODY_ERROR: 'transparency log entry does not match the signature',
    TLOG_INCLUSION_PROMISE_ERROR: 'transparency log promise invalid',
    TLOG_INCLUSION_PROOF_ERROR: 'transparency log inclusion proof invalid',
    TLOG_MISSING_INCLUSION_ERROR: 'transparency log inclusion missing'
};
/** The signer after cryptographic verification against the first root that accepts the bundle, or the failure. */
async function verifySigner(raw, verifiers) {
    const [{ bundleFromJSON }, { toSignedEntity }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(1040)]).then(__webpack_require__.bind(__webpack_require__, 61040)), Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(3917), __webpack_require__.e(4187)]).then(__webpack_require__.bind(__webpack_require__, 54187))]);
    let bundle;
    try {
        bundle = bundleFromJSON(raw);
    }
    catch {
        return { problem: 'not a Sigstore bundle' };
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        return { problem: 'not a DSSE attestation' };
    const envelope = bundle.content.dsseEnvelope;
    let code = 'no trusted root';
    for (const v of verifiers) {
        try {
            const signer = v.verify(toSignedEntity(bundle));
            return { signer, payload: envelope.payload, payloadType: envelope.payloadType };
        }
        catch (err) {
            code = String(err.code ?? 'error');
        }
    }
    return { problem: VERIFY_CODES[code] ?? `not verified (${safeText(code, 40)})` };
}
/** The UTF-8 string of each GitHub claim in the (verified) signing certificate. */
async function claimsOf(signer) {
    const { ASN1Obj } = await __webpack_require__.e(/* import() */ 3917).then(__webpack_require__.t.bind(__webpack_require__, 83917, 23));
    const out = {};
    for (const [name, oid] of Object.entries(CLAIM_OIDS)) {
        const ext = signer.identity?.oids?.find((o) => o.oid?.id.join('.') === oid);
        if (!ext)
            continue;
        try {
            out[name] = ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8');
        }
        catch {
            out[name] = '(unreadable)';
        }
    }
    return out;
}
/** What the signed statement says that disagrees (payload type, statement type, predicate, subject). */
function statementProblems(payload, payloadType, digest) {
    if (payloadType !== INTOTO_PAYLOAD)
        return { problems: [`payload type ${safeText(payloadType, 60)}`] };
    let st;
    try {
        st = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return { problems: ['statement not JSON'] };
    }
    const problems = [];
    if (!STATEMENT_TYPES.includes(String(st._type)))
        problems.push(`statement type ${safeText(String(st._type), 60)}`);
    const predicateType = typeof st.predicateType === 'string' ? st.predicateType : undefined;
    if (predicateType !== SLSA_PROVENANCE_V1)
        problems.push(`predicate ${safeText(String(predicateType), 60)}`);
    const hex = digest.slice('sha256:'.length);
    const subjects = Array.isArray(st.subject) ? st.subject : [];
    if (!subjects.some((s) => s?.digest?.sha256 === hex)) {
        const named = subjects.map((s) => String(s?.digest?.sha256 ?? '?').slice(0, 12)).slice(0, 2);
        problems.push(`for subject ${named.length ? named.map((n) => `sha256:${safeText(n, 12)}…`).join(', ') : '(none)'}`);
    }
    return { problems, predicateType };
}
/** The claim problems: issuer, repository, commit, workflow. */
function claimProblems(c, e) {
    const server = e.serverUrl.replace(/\/+$/, '');
    const repoUri = `${server}/${e.repository}`;
    const problems = [];
    const issuer = expectedIssuer(server);
    if (c.issuer !== issuer)
        problems.push(`issued for OIDC issuer ${safeText(c.issuer ?? '(none)')}`);
    if ((c.sourceRepositoryUri ?? '').toLowerCase() !== repoUri.toLowerCase())
        problems.push(`for repository ${safeText(c.sourceRepositoryUri ?? '(none)')}`);
    if ((c.sourceRepositoryDigest ?? '').toLowerCase() !== e.commit.toLowerCase())
        problems.push(`for commit ${safeText(c.sourceRepositoryDigest ?? '(none)', 40)}`);
    const signer = c.buildSignerUri ?? '';
    const prefix = `${repoUri}/${e.workflow}@`;
    const sameWorkflow = signer.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase() && signer.slice(repoUri.length, prefix.length) === prefix.slice(repoUri.length);
    if (!sameWorkflow)
        problems.push(`signed by workflow ${safeText(signer.startsWith(`${server}/`) ? signer.slice(server.length + 1) : signer || '(none)')}`);
    return problems;
}
/** Check one bundle. */
async function checkBundle(raw, expected, verifiers) {
    const v = await verifySigner(raw, verifiers);
    if (!v.signer || !v.payload)
        return { problems: [v.problem ?? 'not verified'] };
    const statement = statementProblems(v.payload, v.payloadType ?? '', expected.digest);
    const claims = await claimsOf(v.signer);
    return {
        problems: [...statement.problems, ...claimProblems(claims, expected)],
        signerUri: claims.buildSignerUri,
        sourceRepositoryUri: claims.sourceRepositoryUri,
        commit: claims.sourceRepositoryDigest,
        predicateType: statement.predicateType
    };
}

;// CONCATENATED MODULE: ./src/github/attestation.ts
/**
 * require-attestation: an image digest is deployed only when GitHub holds a build-provenance attestation for it
 * (as actions/attest-build-provenance writes one) that verifies with Sigstore and was signed by the expected workflow
 * of this repository at the commit being promoted. Anything else, including GitHub not answering, is a refusal.
 * The Sigstore libraries are loaded only when this runs.
 */





/** At most this many attestations are named in a refusal. */
const LISTED = 5;
function checkArguments(o) {
    if (!/^sha256:[0-9a-f]{64}$/.test(o.digest))
        throw new errors/* ActionError */.lZ(`Refused: ${JSON.stringify(o.digest.slice(0, 80))} is not a sha256 image digest.`);
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(o.policy.repository))
        throw new errors/* ActionError */.lZ(`Refused: ${JSON.stringify(o.policy.repository.slice(0, 120))} is not owner/name.`);
    if (!/^[0-9a-fA-F]{40}$/.test(o.policy.commit))
        throw new errors/* ActionError */.lZ(`Refused: ${JSON.stringify(o.policy.commit.slice(0, 80))} is not a 40-hex commit.`);
    if (!/^[^@\s]+$/.test(o.policy.workflow))
        throw new errors/* ActionError */.lZ(`Refused: ${JSON.stringify(o.policy.workflow.slice(0, 120))} is not a workflow file path.`);
}
const attestation_short = (sha) => sha.slice(0, 12);
function attestation_refusal(o, verdicts) {
    const want = `by ${o.policy.repository}/${o.policy.workflow} at commit ${attestation_short(o.policy.commit)}`;
    if (verdicts.length === 0) {
        return new errors/* ActionError */.lZ(`Refused: GitHub has no attestation for ${o.digest} in ${o.policy.repository}; the image must be attested ${want} (actions/attest-build-provenance).`);
    }
    const listed = verdicts.slice(0, LISTED).map((v, i) => `#${i + 1} ${v.problems.join(', ')}`);
    const more = verdicts.length > LISTED ? `; and ${verdicts.length - LISTED} more` : '';
    return new errors/* ActionError */.lZ(`Refused: none of the ${verdicts.length} attestation(s) GitHub lists for ${o.digest} in ${o.policy.repository} was signed ${want}: ${listed.join('; ')}${more}.`);
}
/** Verify the digest's attestations; resolves with the first that passes every check, else throws an ActionError. */
async function requireAttestation(o) {
    checkArguments(o);
    const listedAttestations = await listAttestations({ digest: o.digest, repository: o.policy.repository, token: o.token, apiUrl: o.apiUrl });
    if (listedAttestations.length === 0)
        throw attestation_refusal(o, []);
    const verifiers = await loadVerifiers(o.trustedRoot);
    const expected = { digest: o.digest, ...o.policy, serverUrl: o.serverUrl };
    const verdicts = [];
    for (const item of listedAttestations) {
        const verdict = item.bundle === undefined ? { problems: [item.problem ?? 'no bundle'] } : await checkBundle(item.bundle, expected, verifiers);
        if (verdict.problems.length === 0) {
            const server = o.serverUrl.replace(/\/+$/, '');
            const proof = {
                signerWorkflow: safeText((verdict.signerUri ?? '').slice(server.length + 1), 300),
                sourceRepository: safeText((verdict.sourceRepositoryUri ?? '').slice(server.length + 1), 200),
                commit: verdict.commit ?? o.policy.commit,
                predicateType: verdict.predicateType ?? '',
                bundles: listedAttestations.length
            };
            o.log.info(`Attestation: ${o.digest} was built by ${proof.signerWorkflow} from ${proof.sourceRepository} at ${proof.commit} (SLSA provenance, Sigstore-verified; attestation ${verdicts.length + 1} of ${listedAttestations.length}).`);
            return proof;
        }
        verdicts.push(verdict);
    }
    throw attestation_refusal(o, verdicts);
}


/***/ })

};

//# sourceMappingURL=6338.index.js.map