export const COMMANDS: string[];
export function entryFile(command: string): string;
