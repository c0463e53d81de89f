export const id = 1401;
export const ids = [1401];
export const modules = {

/***/ 71401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requireAttested: () => (/* binding */ requireAttested)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49301);
/** require-attestation, for promote/ and for registrations that approve (release runs): one check for both. */


/** Resolves when GitHub holds a Sigstore-verified attestation of the digest by the workflow at the commit; else throws. */
async function requireAttested(a, image, ctx, token) {
    if (!image.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Refused: ${image.what} is not pinned to an image digest, so require-attestation cannot check it. Nothing was changed.`);
    const { requireAttestation } = await __webpack_require__.e(/* import() */ 6338).then(__webpack_require__.bind(__webpack_require__, 66338));
    await requireAttestation({
        digest: image.digest,
        policy: { repository: ctx.repository, workflow: a.workflow, commit: image.commit },
        token,
        apiUrl: ctx.apiUrl,
        serverUrl: ctx.serverUrl,
        ...(a.trustedRoot ? { trustedRoot: a.trustedRoot } : {}),
        log: _log_js__WEBPACK_IMPORTED_MODULE_1__
    });
}


/***/ })

};

//# sourceMappingURL=1401.index.js.map