export const CAPTURE_ENV: string;
export function setup(): void;
export function check(dir: string): { runs: number; secrets: number; leaks: string[] };
export function teardown(): void;
