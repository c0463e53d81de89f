// Types of sim/patterns.js.
/** Translate a Java pattern body (as in the service model) to a JavaScript `u`-flag pattern body. */
export function translateJavaPattern(pattern: string): string;
/** Whole-value matcher for a model pattern (cached). */
export function compilePattern(pattern: string): RegExp;
/** The pattern as printed in the service's validation messages. */
export function displayPattern(pattern: string): string;
