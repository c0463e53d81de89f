/**
 * Java regular expressions from the service model, run with JavaScript RegExp.
 *
 * The model's patterns have ^...$ stripped; the service matches the whole value, so every pattern is
 * compiled as ^(?:p)$ with the `u` flag (needed for \p{L} and friends). Translations from Java:
 *  - `${n,m}` (a quantified end anchor, e.g. CustomerMetadataValue) is a syntax error in JS: dropped,
 *    the whole-value anchoring already asserts the end.
 *  - Java's \s, \S and `.` are ASCII/line-terminator based; JS's \s is Unicode whitespace. They are
 *    rewritten to the Java sets ([\t\n\x0B\f\r ] and [^\n\r\u0085\u2028\u2029]).
 *  - POSIX classes (\p{Alnum}, \p{Alpha}, \p{Digit}, \p{Upper}, \p{Lower}, \p{XDigit}, \p{Space},
 *    \p{Punct}) are ASCII in Java; expanded.
 *  - An escaped punctuation character the `u` flag does not accept (`\!`, `\=`, `\@`, `\:`) becomes its `\u{…}` escape;
 *    `\-` outside a class becomes `-`.
 *  - Possessive quantifiers (*+, ++, ?+, }+) have no JS equivalent; they are made greedy (may accept
 *    some values Java rejects; no pattern of the implemented operations uses them).
 * Compiled patterns are cached.
 */

const JAVA_SPACE = '\\t\\n\\x0B\\f\\r ';
const POSIX = {
  Alnum: 'a-zA-Z0-9',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Upper: 'A-Z',
  Lower: 'a-z',
  XDigit: '0-9a-fA-F',
  Space: JAVA_SPACE,
  Punct: '!-\\/:-@\\[-`{-~',
};

/**
 * Translate a Java pattern body to a JS (`u` flag) pattern body.
 * @param {string} p
 * @returns {string}
 */
export function translateJavaPattern(p) {
  let out = '';
  let inClass = false;
  /** items of the current class that stand for Java's \S (only in non-negated classes) */
  let classHasNonSpace = false;
  let classBody = '';
  let classNegated = false;
  let afterQuantifier = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      afterQuantifier = false;
      const n = p[i + 1];
      let piece = c + n;
      i++;
      if (n === 'p' || n === 'P') {
        const m = /^\{(\w+)\}/.exec(p.slice(i + 1));
        if (m && POSIX[m[1]]) {
          i += m[0].length;
          if (n === 'P') piece = inClass ? null : `[^${POSIX[m[1]]}]`;
          else piece = inClass ? POSIX[m[1]] : `[${POSIX[m[1]]}]`;
          if (piece === null) throw new Error(`Unsupported negated POSIX class in a class: ${p}`);
        } else if (m) {
          i += m[0].length;
          piece = `\\${n}{${m[1]}}`;
        }
      } else if (n === '-' && !inClass) {
        // Java accepts `\\-` outside a class (EventBridge ARN patterns); the `u` flag only inside one
        piece = '-';
      } else if (n === 's') {
        piece = inClass ? JAVA_SPACE : `[${JAVA_SPACE}]`;
      } else if (/^[^A-Za-z0-9^$\\.*+?()[\]{}|/-]$/.test(n ?? '')) {
        // Java accepts any escaped punctuation (`\!`, `\=`, `\@`); the `u` flag does not: use the code point escape
        piece = `\\u{${n.codePointAt(0).toString(16)}}`;
      } else if (n === 'S') {
        if (inClass) {
          if (classNegated) throw new Error(`Unsupported \\S in a negated class: ${p}`);
          classHasNonSpace = true;
          piece = '';
        } else piece = `[^${JAVA_SPACE}]`;
      }
      if (inClass) classBody += piece;
      else out += piece;
      continue;
    }
    if (inClass) {
      if (c === ']' && classBody !== '' ) {
        inClass = false;
        const parts = [];
        if (classHasNonSpace) parts.push(`[^${JAVA_SPACE}]`);
        if (classBody !== '') parts.push(`[${classNegated ? '^' : ''}${classBody}]`);
        out += parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
      } else if (c === ']' && classHasNonSpace) {
        inClass = false;
        out += `[^${JAVA_SPACE}]`;
      } else {
        classBody += c;
      }
      continue;
    }
    if (c === '[') {
      afterQuantifier = false;
      inClass = true;
      classBody = '';
      classHasNonSpace = false;
      classNegated = p[i + 1] === '^';
      if (classNegated) i++;
      continue;
    }
    if (c === '.') {
      afterQuantifier = false;
      out += '[^\\n\\r\\u0085\\u2028\\u2029]';
      continue;
    }
    if (c === '$' && p[i + 1] === '{') {
      const m = /^\{\d+(,\d*)?\}/.exec(p.slice(i + 1));
      if (m) {
        i += m[0].length;
        out += '$';
        continue;
      }
    }
    if (c === '+' && afterQuantifier) {
      afterQuantifier = false;
      continue; // possessive -> greedy
    }
    if (c === '{') {
      const m = /^\{\d+(,\d*)?\}/.exec(p.slice(i));
      if (m) {
        out += m[0];
        i += m[0].length - 1;
        afterQuantifier = true;
        continue;
      }
    }
    out += c;
    afterQuantifier = (c === '*' || c === '+' || c === '?') && p[i - 1] !== '(';
  }
  if (inClass) throw new Error(`Unterminated character class in ${p}`);
  return out;
}

/** @type {Map<string, RegExp>} */
const cache = new Map();

/**
 * @param {string} p a pattern from the model (no anchors)
 * @returns {RegExp} whole-value matcher
 */
export function compilePattern(p) {
  let re = cache.get(p);
  if (!re) {
    re = new RegExp(`^(?:${translateJavaPattern(p)})$`, 'u');
    cache.set(p, re);
  }
  return re;
}

/**
 * The pattern as the service prints it in validation messages: with ^...$ (the form of older
 * models). Patterns that end with a quantified `$` (CustomerMetadata*) were `^p` originally.
 * @param {string} p
 */
export function displayPattern(p) {
  return /\$\{\d+(,\d*)?\}$/.test(p) ? `^${p}` : `^${p}$`;
}
