export const id = 285;
export const ids = [285];
export const modules = {

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   escapeMarkdown: () => (/* binding */ escapeMarkdown),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export defuse */
/** Zero-width space: breaks a mention, a reference or an autolink without changing what a reader sees. */
const ZWSP = '\u200b';
/**
 * Takes the sting out of what GitHub links after rendering: @-mentions (which notify), #123 and GH-123
 * references, bare URLs (`://`, `www.`) and e-mail autolinks. GitHub decodes entities (`&#64;`) and escapes
 * (`\#`) before it looks for them, so only a break inside the word itself is inert.
 */
function defuse(text) {
    return text
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
/**
 * Makes untrusted text (branch names, tags, descriptions, metadata, error messages) inert in GitHub markdown:
 * no HTML, no characters that break a table row or start markup, nothing GitHub turns into a ping or a link.
 */
function escapeMarkdown(text, max = 300) {
    const oneLine = text.replace(/[\r\n\t]+/g, ' ');
    const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
    const escaped = short
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
    return defuse(escaped);
}
/** Text shown as inline code: backticks inside are replaced so the span cannot be closed early. */
function code(text, max = 300) {
    const oneLine = text.replace(/[\r\n\t]+/g, ' ').replace(/`/g, "'");
    const short = oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
    return `\`${short.replace(/\|/g, '\\|')}\``;
}
function link(label, url) {
    if (!/^https:\/\/[^\s()<>]+$/.test(url))
        return escapeMarkdown(label);
    return `[${escapeMarkdown(label)}](${url})`;
}
function table(rows) {
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}


/***/ })

};

//# sourceMappingURL=285.index.js.map