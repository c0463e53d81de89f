export function registerEnv(simEnv: Record<string, string>, inputs?: Record<string, string>): Record<string, string>;
export function runLocalAction(env: Record<string, string>): Promise<{ stdout: string; code: number | null }>;
export function outputsFromTable(stdout: string): Record<string, string>;
