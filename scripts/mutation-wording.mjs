/**
 * Stryker ignorer for `npm run mutation`: the wording of progress lines and error messages is not mutated.
 *
 * Skipped: a string literal, or a template literal without `${}`, that sits inside the arguments of a log call
 * (`*.info`, `*.debug`, `*.notice`, `*.warning`, `*.startGroup`) or of `new SomethingError(...)`, where for
 * InputError only the rule text (third argument) counts as wording: which input and which value an error names
 * are still mutated. Everything else inside a message is still mutated: a template literal with `${}` (a mutant
 * empties the whole message), the expressions inside it (bounding with `.slice`, `quote`, conditions) and
 * whether a line is written at all.
 */
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

const LOG_METHODS = new Set(['info', 'debug', 'notice', 'warning', 'startGroup']);
const STOP = /Statement$|Declaration$|Function|^Program$|^ClassBody$/;

function isWording(node) {
  return node.type === 'StringLiteral' || (node.type === 'TemplateLiteral' && node.expressions.length === 0);
}

/** The argument index from which a call's or constructor's arguments are wording, or -1. */
function wordingFrom(node) {
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && /Error$/.test(node.callee.name)) {
    return node.callee.name === 'InputError' ? 2 : 0;
  }
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && !node.callee.computed) {
    return LOG_METHODS.has(node.callee.property.name) ? 0 : -1;
  }
  return -1;
}

export const wordingIgnorer = {
  shouldIgnore(path) {
    if (!isWording(path.node)) return undefined;
    for (let p = path; p.parentPath && !STOP.test(p.parentPath.node.type); p = p.parentPath) {
      const from = p.listKey === 'arguments' ? wordingFrom(p.parentPath.node) : -1;
      if (from >= 0 && p.key >= from) return 'Wording of a log line or error message (scripts/mutation-wording.mjs)';
    }
    return undefined;
  }
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'wording', wordingIgnorer)];
