/** The top-level action's deploy inputs (endpoint-name up to stage), copied into promote/ and rollback/. */
export const DEPLOY: string[];
export const COMMON: string[];
export function render(dir: string): string;
