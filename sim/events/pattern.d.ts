// Types of sim/events/pattern.js.
export interface Transformer {
  InputPathsMap?: Record<string, string>;
  InputTemplate: string;
}
export function parsePattern(text: string): Record<string, unknown>;
export function matches(pattern: Record<string, unknown>, event: unknown): boolean;
export function checkTransformer(t: Transformer): void;
export function transform(t: Transformer, event: unknown, rule: { name: string; arn: string }): string;
